import { describe, expect, it } from 'vitest';
import { storageFailureInWords } from '../../src/app/storage/editorDatabase';

describe('storage failures in words', () => {
  it('a connection closed by a newer page is said as such, not as "InvalidStateError"', () => {
    const words = storageFailureInWords(new DOMException("Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing.", 'InvalidStateError'));
    expect(words).toBe('the saved data was closed (a newer Synaptica page in another tab may have updated it); reload this page');
  });
});
