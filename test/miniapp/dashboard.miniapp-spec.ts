import { conversionFromPrevious, type Dashboard } from '@ihaigui/shared';
import { countAxis } from '../../miniapp/src/features/dashboard/components/Chart/axis';
import {
  amountText,
  cityToday,
  percentText,
  periodProblem,
  presetPeriod,
} from '../../miniapp/src/features/dashboard/period';

const funnel = (counts: number[]): Dashboard['funnel'] =>
  (['registered', 'screened', 'reviewed', 'roadshow', 'intention', 'agreement', 'signed'] as const).map((stage, i) => ({
    stage,
    count: counts[i] ?? 0,
  }));

describe('dashboard page helpers', () => {
  it('takes today in the city, whatever the device’s time zone', () => {
    // 17:30 UTC is already the next day in Beijing.
    expect(cityToday(Date.parse('2026-11-30T17:30:00.000Z'))).toBe('2026-12-01');
    expect(cityToday(Date.parse('2026-11-30T15:59:59.000Z'))).toBe('2026-11-30');
  });

  it('turns presets into local periods ending today', () => {
    expect(presetPeriod('month', '2026-03-05')).toEqual({ from: '2026-03-01', to: '2026-03-05' });
    expect(presetPeriod('last30', '2026-03-05')).toEqual({ from: '2026-02-04', to: '2026-03-05' });
    expect(presetPeriod('year', '2026-03-05')).toEqual({ from: '2026-01-01', to: '2026-03-05' });
  });

  it('refuses a reversed or longer than three-year custom period, like the server', () => {
    expect(periodProblem({ from: '2026-03-05', to: '2026-03-04' })).toBe('order');
    expect(periodProblem({ from: '2020-01-01', to: '2026-03-04' })).toBe('length');
    expect(periodProblem({ from: '2024-01-01', to: '2026-12-31' })).toBeNull();
  });

  it('shows the conversion from the previous stage with one decimal, none after an empty stage', () => {
    const f = funnel([8, 5, 0, 2]);
    expect([0, 1, 2, 3].map((i) => percentText(conversionFromPrevious(f, i)))).toEqual(['—', '62.5%', '0.0%', '—']);
    expect(percentText(7 / 4)).toBe('175.0%');
    expect(amountText(22_000_000)).toBe('22,000,000');
    expect(amountText(0)).toBe('0');
  });

  it('gives bar charts whole-number axes with round steps', () => {
    const axis = (...values: number[]) =>
      countAxis([{ name: 's', data: values.map((value) => ({ value, color: '#000' })) }]);
    expect(axis(0)).toEqual({ max: 1, splitNumber: 1 });
    expect(axis(2)).toEqual({ max: 2, splitNumber: 2 });
    expect(axis(7)).toEqual({ max: 8, splitNumber: 4 });
    expect(axis(13, 4)).toEqual({ max: 15, splitNumber: 3 });
    expect(axis(120)).toEqual({ max: 150, splitNumber: 3 });
    expect(
      countAxis([
        { name: 'a', data: [3] },
        { name: 'b', data: [51] },
      ]),
    ).toEqual({ max: 60, splitNumber: 3 });
  });
});
