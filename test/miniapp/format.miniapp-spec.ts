import { formatCount, formatDate } from '../../miniapp/src/i18n/format';
import { prepareRichText } from '../../miniapp/src/features/announcements/pages/announcement-detail/rich-text';

describe('mini-app formatting', () => {
  it('dates notices on Beijing time in both languages', () => {
    // 20:30 UTC is already the next day in Beijing.
    expect(formatDate('2026-11-20T20:30:00.000Z', 'zh-CN')).toBe('2026年11月21日');
    expect(formatDate('2026-11-20T20:30:00.000Z', 'en')).toBe('Nov 21, 2026');
    expect(formatDate('not a date', 'en')).toBe('');
  });

  it('groups thousands in English only', () => {
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
    expect(formatCount(1234567, 'zh-CN')).toBe('1234567');
  });

  it('drops blank lines between blocks and keeps images inside the screen', () => {
    expect(prepareRichText('<p>a</p>\n  <h3>b</h3>\n<img src="https://x/y.png" />')).toBe(
      '<p>a</p><h3>b</h3><img style="max-width:100%;height:auto;display:block;margin:8px auto;" src="https://x/y.png" />',
    );
  });
});
