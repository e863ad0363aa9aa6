import { CRITERION_KINDS, criterionSchema, type Criterion } from '@ihaigui/shared';
import {
  availableKinds,
  checkDraft,
  completeCriteria,
  draftOf,
  newDraft,
  yearsBounds,
} from '../../miniapp/src/features/staff/pages/staff-policy-edit/criteria-draft';
import {
  amountOf,
  checkForm,
  draftsOf,
  valuesOf,
} from '../../miniapp/src/features/staff/pages/staff-policy-edit/policy-form';
import { expiryMark } from '../../miniapp/src/features/staff/policy-status';

const NOON_BEIJING = Date.parse('2026-11-21T04:00:00Z');

describe('criteria drafts of the policy editor', () => {
  it('starts every kind with valid settings, except the lists that must be picked', () => {
    for (const kind of CRITERION_KINDS) {
      const check = checkDraft(newDraft(kind));
      if (kind === 'industryIn') expect(check).toEqual({ ok: false, errors: { industries: { key: 'form.choose' } } });
      else if (kind === 'districtIn')
        expect(check).toEqual({ ok: false, errors: { districts: { key: 'form.choose' } } });
      else expect(check.ok).toBe(true);
    }
  });

  it('sends only the kind’s own settings, and notes only when written', () => {
    const draft = {
      ...newDraft('ageAtMost'),
      years: '40',
      degree: 'phd' as const,
      noteZh: '  ',
      noteEn: 'As of 31 December',
    };
    expect(checkDraft(draft)).toEqual({
      ok: true,
      criterion: { kind: 'ageAtMost', years: 40, noteEn: 'As of 31 December' },
    });
  });

  it('reads the bounds of a years rule from the shared schema and reports a value outside them', () => {
    expect(yearsBounds('ageAtMost')).toEqual({ min: 18, max: 80 });
    expect(yearsBounds('returnedWithinYears')).toEqual({ min: 1, max: 30 });
    expect(checkDraft({ ...newDraft('ageAtMost'), years: '90' })).toEqual({
      ok: false,
      errors: { years: { key: 'form.tooBig', params: { max: 80 } } },
    });
    expect(checkDraft({ ...newDraft('returnedWithinYears'), years: '' })).toEqual({
      ok: false,
      errors: { years: { key: 'form.required' } },
    });
    expect(checkDraft({ ...newDraft('graduatedWithinYears'), years: '2.5' })).toEqual({
      ok: false,
      errors: { years: { key: 'form.notNumber' } },
    });
  });

  it('turns stored criteria into drafts and back unchanged', () => {
    const stored: Criterion[] = [
      { kind: 'degreeAtLeast', degree: 'phd', noteZh: '须为全日制' },
      { kind: 'overseasBackground', accepts: ['studied_abroad', 'foreign_national'] },
      { kind: 'yearsAbroadAtLeast', years: 3 },
      { kind: 'chineseUniversityDegree' },
      { kind: 'intent', intent: 'job' },
      { kind: 'industryIn', industries: ['ai', 'semiconductor'] },
      { kind: 'districtIn', districts: ['jimei'] },
    ];
    for (const c of stored) expect(criterionSchema.parse(c)).toEqual(c);
    expect(completeCriteria(stored.map(draftOf))).toEqual(stored);
  });

  it('offers each kind once', () => {
    const drafts = [newDraft('intent'), newDraft('ageAtMost')];
    expect(availableKinds(drafts)).toEqual(CRITERION_KINDS.filter((k) => k !== 'intent' && k !== 'ageAtMost'));
  });
});

describe('the policy form', () => {
  const filled = () => ({
    ...valuesOf(undefined),
    title: '留学人员创业资助',
    issuer: '厦门市科学技术局',
    category: 'startup_funding' as const,
    validFrom: '2026-01-01',
    summary: '对符合条件的留学人员创业企业给予资助。',
    body: '<p>正文</p>',
    howToApply: '登录平台在线申报。',
  });

  it('builds the shared input: blank amounts and end date as null, amounts with separators as numbers', () => {
    const values = { ...filled(), amountMin: '200,000', targetGroups: 'high_level,returnee' };
    const check = checkForm(values, [newDraft('degreeAtLeast')]);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.input).toMatchObject({
      region: 'citywide',
      targetGroups: ['returnee', 'high_level'],
      amountMin: 200_000,
      amountMax: null,
      validTo: null,
      sourceUrl: null,
      titleEn: null,
      criteria: [{ kind: 'degreeAtLeast', degree: 'master' }],
    });
    expect(amountOf('')).toBeNull();
  });

  it('puts each problem under its field, in the dictionary’s words', () => {
    const values = {
      ...filled(),
      title: '',
      category: '' as const,
      targetGroups: '',
      amountMin: '500000',
      amountMax: '100000',
      validTo: '2025-12-31',
      sourceUrl: 'ftp://example.com/x',
    };
    const check = checkForm(values, []);
    expect(check).toEqual({
      ok: false,
      criteriaErrors: false,
      errors: {
        title: { key: 'form.required' },
        category: { key: 'form.choose' },
        targetGroups: { key: 'form.choose' },
        amountMax: { key: 'sp.form.amountOrder' },
        validTo: { key: 'sp.form.dateOrder' },
        sourceUrl: { key: 'sp.form.url' },
      },
    });
  });

  it('refuses to send while a criterion is incomplete', () => {
    const check = checkForm(filled(), [newDraft('industryIn')]);
    expect(check).toEqual({ ok: false, errors: {}, criteriaErrors: true });
  });

  it('starts a new policy as citywide, for returnees, valid from today with no criteria', () => {
    const values = valuesOf(undefined);
    expect(values).toMatchObject({ region: 'citywide', targetGroups: 'returnee', amountPeriod: 'once', validTo: '' });
    expect(values.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(draftsOf(undefined)).toEqual([]);
  });
});

describe('expiry marks of the policy manager', () => {
  it('counts Beijing calendar days to the last valid day', () => {
    expect(expiryMark(null, NOON_BEIJING)).toBeNull();
    expect(expiryMark('2026-11-21', NOON_BEIJING)).toEqual({ kind: 'expiring', days: 0 });
    expect(expiryMark('2026-12-21', NOON_BEIJING)).toEqual({ kind: 'expiring', days: 30 });
    expect(expiryMark('2026-12-22', NOON_BEIJING)).toBeNull();
    expect(expiryMark('2026-11-20', NOON_BEIJING)).toEqual({ kind: 'expired' });
    // 23:30 in Beijing is still the same day there, whatever the time in UTC.
    expect(expiryMark('2026-11-21', Date.parse('2026-11-21T15:30:00Z'))).toEqual({ kind: 'expiring', days: 0 });
  });
});
