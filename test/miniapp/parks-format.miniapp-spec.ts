import { formatArea, formatCoordinates, formatSlotTime } from '../../miniapp/src/features/parks/format';
import { slotBlocked } from '../../miniapp/src/features/parks/park/slots';

const NOW = Date.parse('2026-11-21T02:00:00.000Z');

describe('park and visit formatting', () => {
  it('shows a visit slot on Beijing time with the weekday, the year only when it is not this one', () => {
    // 01:30 UTC is 09:30 in Xiamen; 2026-11-23 is a Monday.
    expect(formatSlotTime('2026-11-23T01:30:00.000Z', '2026-11-23T03:00:00.000Z', 'zh-CN', NOW)).toBe(
      '11月23日（周一）09:30–11:00',
    );
    expect(formatSlotTime('2026-11-23T01:30:00.000Z', '2026-11-23T03:00:00.000Z', 'en', NOW)).toBe(
      'Mon, Nov 23, 09:30–11:00',
    );
    expect(formatSlotTime('2027-01-04T07:00:00.000Z', '2027-01-04T08:30:00.000Z', 'en', NOW)).toBe(
      'Mon, Jan 4, 2027, 15:00–16:30',
    );
    // A slot running past midnight names its end day.
    expect(formatSlotTime('2026-11-23T14:00:00.000Z', '2026-11-23T17:00:00.000Z', 'zh-CN', NOW)).toBe(
      '11月23日（周一）22:00–11月24日 01:00',
    );
    expect(formatSlotTime('nope', '2026-11-23T17:00:00.000Z', 'en', NOW)).toBe('');
  });

  it('writes floor areas in 万㎡ in Chinese and grouped m² in English', () => {
    expect(formatArea(8_600, 'zh-CN')).toBe('8600㎡');
    expect(formatArea(12_500, 'zh-CN')).toBe('1.25万㎡');
    expect(formatArea(86_000, 'zh-CN')).toBe('8.6万㎡');
    expect(formatArea(120_000, 'zh-CN')).toBe('12万㎡');
    expect(formatArea(12_500, 'en')).toBe('12,500 m²');
  });

  it('writes coordinates with hemispheres', () => {
    expect(formatCoordinates(24.5208, 118.1752)).toBe('24.5208° N, 118.1752° E');
  });

  it('blocks slots that are full or have started', () => {
    const slot = {
      id: 1,
      startsAt: '2026-11-23T01:30:00.000Z',
      endsAt: '2026-11-23T03:00:00.000Z',
      capacity: 5,
      booked: 0,
      remaining: 5,
      note: null,
    };
    expect(slotBlocked(slot, NOW)).toBeNull();
    expect(slotBlocked({ ...slot, booked: 5, remaining: 0 }, NOW)).toBe('full');
    expect(slotBlocked(slot, Date.parse('2026-11-23T01:30:00.000Z'))).toBe('started');
  });
});
