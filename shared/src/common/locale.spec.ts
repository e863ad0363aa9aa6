import { errorMessage } from './errors';
import { pickLocalized, resolveLocale } from './locale';
import { hasNextPage } from './pagination';

describe('locale helpers', () => {
  it('falls back to Chinese when the English text is missing or blank', () => {
    expect(pickLocalized('人才', 'Talent', 'en')).toBe('Talent');
    expect(pickLocalized('人才', null, 'en')).toBe('人才');
    expect(pickLocalized('人才', '  ', 'en')).toBe('人才');
    expect(pickLocalized('人才', 'Talent', 'zh-CN')).toBe('人才');
  });

  it('maps Accept-Language to a supported locale', () => {
    expect(resolveLocale('en-GB,en;q=0.9')).toBe('en');
    expect(resolveLocale('zh-TW')).toBe('zh-CN');
    expect(resolveLocale(undefined)).toBe('zh-CN');
    expect(resolveLocale('fr')).toBe('zh-CN');
  });

  it('translates error codes and treats unknown ones as internal errors', () => {
    expect(errorMessage('ANNOUNCEMENT_NOT_FOUND', 'en')).toMatch(/announcement/i);
    expect(errorMessage('NO_SUCH_CODE', 'zh-CN')).toBe(errorMessage('INTERNAL_ERROR', 'zh-CN'));
  });

  it('knows when another page exists', () => {
    expect(hasNextPage({ page: 1, pageSize: 10, total: 11 })).toBe(true);
    expect(hasNextPage({ page: 2, pageSize: 10, total: 20 })).toBe(false);
  });
});
