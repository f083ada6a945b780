import { afterEach, describe, expect, it } from 'vitest';
import { chooseLocale, matchLocale } from '../../src/i18n/locales';
import { formatNumber, formatWithUnit, setLocale, t } from '../../src/i18n/messages';

afterEach(() => setLocale('en'));

describe('t()', () => {
  it('picks plural forms by the locale’s rules and formats numbers for it', () => {
    expect(t('common.trials', { count: 1 })).toBe('1 trial');
    expect(t('common.trials', { count: 40 })).toBe('40 trials');
    setLocale('es');
    expect(t('common.trials', { count: 1 })).toBe('1 ensayo');
    expect(t('common.trials', { count: 2.5 })).toBe('2,5 ensayos');
    expect(formatWithUnit(0.25, 'mV')).toBe('0,25\u00a0mV');
    expect(formatNumber(12345.5)).toBe('12.345,5');
  });

  it('shows a missing key in brackets instead of a blank', () => {
    expect(t('common.noSuchKey')).toBe('[common.noSuchKey]');
  });

  it('pseudo-locales lengthen and turn text right-to-left, keeping numbers', () => {
    setLocale('en-XA');
    const long = t('common.trials', { count: 40 });
    expect(long.length).toBeGreaterThanOrEqual(2 * '40 trials'.length);
    expect(long).toContain('40');
    setLocale('ar-XB');
    expect(t('common.close')).toBe('\u202bClose\u202c');
  });
});

describe('choosing the locale', () => {
  it('takes a valid parameter, then the saved choice, then the browser, then English', () => {
    expect(chooseLocale({ urlParam: 'es' })).toBe('es');
    expect(chooseLocale({ urlParam: 'es-MX' })).toBe('es');
    expect(chooseLocale({ urlParam: 'xx', saved: 'es' })).toBe('es');
    expect(chooseLocale({ urlParam: '<script>', browserLanguages: ['fr-FR', 'es-AR'] })).toBe('es');
    expect(chooseLocale({ browserLanguages: ['fr'] })).toBe('en');
    expect(chooseLocale({ urlParam: 'en-XA' })).toBe('en-XA');
    expect(matchLocale('en-xa')).toBe('en-XA');
    expect(matchLocale('../../etc')).toBeNull();
  });
});
