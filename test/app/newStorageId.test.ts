import { describe, expect, it } from 'vitest';
import { newStorageId } from '../../src/app/storage/newStorageId';

describe('a new storage id', () => {
  it('is a version-4 UUID without randomUUID (plain http on a classroom network)', () => {
    const plainHttp: Pick<Crypto, 'getRandomValues'> = { getRandomValues: crypto.getRandomValues.bind(crypto) };
    const ids = new Set(Array.from({ length: 100 }, () => newStorageId(plainHttp)));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
  it('uses randomUUID where there is one', () => {
    expect(newStorageId({ getRandomValues: () => { throw new Error('not used'); }, randomUUID: () => '11111111-2222-4333-8444-555555555555' })).toBe('11111111-2222-4333-8444-555555555555');
  });
});
