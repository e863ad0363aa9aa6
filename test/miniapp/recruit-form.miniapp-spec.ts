import { positionInputSchema } from '@ihaigui/shared';
import { addDays, defaultExpiry, extensionWindow, latestExpiry } from '../../miniapp/src/features/recruit/dates';
import { checkForm, languagesOf, valuesOf, type Values } from '../../miniapp/src/features/recruit/position-form';

/** 12:00 on 21 November 2026, Beijing time. */
const NOON_BEIJING = Date.parse('2026-11-21T04:00:00Z');
/** 01:00 on 22 November in Beijing, still the 21st in UTC. */
const EARLY_BEIJING = Date.parse('2026-11-21T17:00:00Z');

const filled = (overrides: Partial<Values> = {}): Values => ({
  ...valuesOf(undefined, NOON_BEIJING),
  title: '海外市场拓展总监',
  function: 'sales',
  industry: 'smart_manufacturing',
  district: 'jimei',
  salaryMin: '35000',
  salaryMax: '60000',
  description: '负责智能制造装备在欧洲市场的渠道建设与重点客户开发，组建海外销售团队。',
  requirements: '硕士及以上学历，五年以上海外工业品销售经验。',
  ...overrides,
});

describe('closing dates of positions', () => {
  it('defaults to 30 days and allows at most 90, counted in Beijing days', () => {
    expect(defaultExpiry(NOON_BEIJING)).toBe('2026-12-21');
    expect(latestExpiry(NOON_BEIJING)).toBe('2027-02-19');
    expect(defaultExpiry(EARLY_BEIJING)).toBe('2026-12-22');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('lets an extension run from the day after the current closing date to 90 days after publication', () => {
    const published = { publishedAt: '2026-11-01T02:00:00.000Z', expiresOn: '2026-12-01' };
    expect(extensionWindow(published, NOON_BEIJING)).toEqual({ min: '2026-12-02', max: '2027-01-30' });
    // Past its date (not yet closed by the job): from tomorrow.
    expect(extensionWindow({ ...published, expiresOn: '2026-11-20' }, NOON_BEIJING)).toEqual({
      min: '2026-11-22',
      max: '2027-01-30',
    });
    // Already at the limit: nothing left to extend.
    expect(extensionWindow({ ...published, expiresOn: '2027-01-30' }, NOON_BEIJING)).toBeNull();
    // Not yet published: the limit counts from today.
    expect(extensionWindow({ publishedAt: null, expiresOn: '2026-12-21' }, NOON_BEIJING)).toEqual({
      min: '2026-12-22',
      max: '2027-02-19',
    });
  });
});

describe('the post-a-position form', () => {
  it('starts with the defaults the shared schema and the product ask for', () => {
    const values = valuesOf(undefined, NOON_BEIJING);
    expect(values).toMatchObject({
      city: '厦门',
      minDegree: 'master',
      headcount: '1',
      negotiable: '',
      expiresOn: '2026-12-21',
    });
  });

  it('turns a complete form into the shared input', () => {
    const check = checkForm(filled({ languages: '英语（流利）\n德语（基础）', headcount: '2' }), true, NOON_BEIJING);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(positionInputSchema.safeParse(check.input).success).toBe(true);
    expect(check.input).toMatchObject({
      salaryMin: 35000,
      salaryMax: 60000,
      negotiable: false,
      headcount: 2,
      languages: ['英语（流利）', '德语（基础）'],
    });
  });

  it('names each missing field, and asks for a salary or "negotiable"', () => {
    const check = checkForm(valuesOf(undefined, NOON_BEIJING), true, NOON_BEIJING);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors).toMatchObject({
      title: { key: 'form.required' },
      function: { key: 'form.choose' },
      industry: { key: 'form.choose' },
      district: { key: 'form.choose' },
      description: { key: 'form.required' },
      requirements: { key: 'form.required' },
      salaryMin: { key: 'recruit.form.salaryNeeded' },
    });
  });

  it('drops the salary of a negotiable position and checks the order of a range', () => {
    const negotiable = checkForm(filled({ negotiable: 'yes', salaryMin: '', salaryMax: '' }), true, NOON_BEIJING);
    expect(negotiable.ok && negotiable.input).toMatchObject({ negotiable: true, salaryMin: null, salaryMax: null });
    const reversed = checkForm(filled({ salaryMin: '60000', salaryMax: '35000' }), true, NOON_BEIJING);
    expect(reversed).toEqual({ ok: false, errors: { salaryMax: { key: 'recruit.form.salaryOrder' } } });
  });

  it('refuses a closing date that is past or more than 90 days ahead', () => {
    for (const expiresOn of ['2026-11-21', '2027-02-20']) {
      expect(checkForm(filled({ expiresOn }), true, NOON_BEIJING)).toEqual({
        ok: false,
        errors: { expiresOn: { key: 'recruit.form.expiryRange' } },
      });
    }
    expect(checkForm(filled({ expiresOn: '2027-02-19' }), true, NOON_BEIJING).ok).toBe(true);
  });

  it('keeps language tags one per line', () => {
    expect(languagesOf(filled({ languages: '英语\n\n日语\n' }))).toEqual(['英语', '日语']);
  });
});
