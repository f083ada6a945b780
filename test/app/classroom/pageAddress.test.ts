/**
 * The page's own views' addresses: the folder kept, query and fragment dropped, the language in force
 * written as locale= only when the other page, reading the browser's languages, would choose another.
 */
import { describe, expect, it } from 'vitest';
import { pageAddressFrom } from '../../../src/app/pageAddress';

describe('the addresses of the page\'s own views', () => {
  const here = 'https://school.example/synaptica/index.html?levels=a&lock=levels#lesson=xyz';

  it('carries the language in force when the browser would choose another', () => {
    expect(pageAddressFrom(here, 'class', 'es', ['en-US'])).toBe('https://school.example/synaptica/?class&locale=es');
    expect(pageAddressFrom(here, 'teacher', 'es', ['fr'])).toBe('https://school.example/synaptica/?teacher&locale=es');
    expect(pageAddressFrom(here, 'game', 'en', ['es-MX'])).toBe('https://school.example/synaptica/?locale=en');
    expect(pageAddressFrom(here, 'game', 'en-XA', ['en'])).toBe('https://school.example/synaptica/?locale=en-XA');
  });

  it('leaves the language out when the other page would choose it anyway', () => {
    expect(pageAddressFrom(here, 'class', 'es', ['es-AR', 'en'])).toBe('https://school.example/synaptica/?class');
    expect(pageAddressFrom(here, 'teacher', 'en', [])).toBe('https://school.example/synaptica/?teacher');
    expect(pageAddressFrom(here, 'game', 'en', ['de'])).toBe('https://school.example/synaptica/');
  });
});
