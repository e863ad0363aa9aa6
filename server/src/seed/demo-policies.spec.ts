import {
  EXPIRING_WITHIN_DAYS,
  evaluatePolicy,
  type MatchAnswers,
  POLICY_CATEGORIES,
  policyInputSchema,
  TARGET_GROUPS,
  type Verdict,
} from '@ihaigui/shared';
import { DEMO_POLICIES } from './demo-policies';
import { datedForSeed } from './demo-policies.seed';

/** The day the demo data is written for: expiring/expired counts are relative to it. */
const TODAY = '2026-11-21';
const CURRENT_YEAR = 2026;

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const EXPIRING_LIMIT = addDays(TODAY, EXPIRING_WITHIN_DAYS);

/** The seeded demo talent (PhD from Germany, Chinese national, back in 2024, born 1989, Jimei, smart manufacturing). */
const DEMO_TALENT: MatchAnswers = {
  degree: 'phd',
  studiedAbroad: true,
  foreignNational: false,
  chineseUniversityDegree: null,
  yearsAbroad: 7,
  age: 37,
  returnYear: 2024,
  graduationYear: null,
  intent: 'both',
  industry: 'smart_manufacturing',
  district: 'jimei',
};

const parsed = DEMO_POLICIES.map((p) => ({ ...p, policy: policyInputSchema.parse(p.input) }));
const published = parsed.filter((p) => p.status === 'published');
const isExpired = (validTo: string | null) => validTo !== null && validTo < TODAY;
const isExpiring = (validTo: string | null) => validTo !== null && validTo >= TODAY && validTo <= EXPIRING_LIMIT;
const live = published.filter((p) => !isExpired(p.policy.validTo));
const verdicts = new Map<string, Verdict>(
  live.map((p) => [p.key, evaluatePolicy(p.policy.criteria, DEMO_TALENT, CURRENT_YEAR).verdict]),
);
const count = (v: Verdict) => [...verdicts.values()].filter((x) => x === v).length;

describe('demo policies', () => {
  it('every input passes the policy input schema', () => {
    for (const p of DEMO_POLICIES) {
      const result = policyInputSchema.safeParse(p.input);
      expect({ key: p.key, issues: result.success ? [] : result.error.issues }).toEqual({ key: p.key, issues: [] });
    }
  });

  it('has unique kebab-case keys and unique titles (the seed finds existing rows by title)', () => {
    const keys = DEMO_POLICIES.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(parsed.map((p) => p.policy.title)).size).toBe(parsed.length);
  });

  it('has at least 30 published policies and 2 drafts', () => {
    expect(published.length).toBeGreaterThanOrEqual(30);
    expect(parsed.filter((p) => p.status === 'draft')).toHaveLength(2);
    expect(live).toHaveLength(28);
  });

  it('covers every category and target group among the published ones', () => {
    expect(new Set(published.map((p) => p.policy.category))).toEqual(new Set(POLICY_CATEGORIES));
    expect(new Set(published.flatMap((p) => p.policy.targetGroups))).toEqual(new Set(TARGET_GROUPS));
  });

  it('covers every amount period, policies without an amount, citywide and several districts', () => {
    expect(new Set(published.map((p) => p.policy.amountPeriod))).toEqual(new Set(['once', 'yearly', 'monthly']));
    expect(published.some((p) => p.policy.amountMin === null && p.policy.amountMax === null)).toBe(true);
    const regions = new Set(published.map((p) => p.policy.region));
    expect(regions.has('citywide')).toBe(true);
    expect(regions.size).toBeGreaterThanOrEqual(5);
  });

  it('gives at least 26 policies a full English version', () => {
    const english = parsed.filter(
      ({ policy: p }) => p.titleEn && p.issuerEn && p.summaryEn && p.bodyEn && p.howToApplyEn,
    );
    expect(english.length).toBeGreaterThanOrEqual(26);
  });

  it('keeps its expiring and expired examples relative to the day it is seeded', () => {
    const relative = DEMO_POLICIES.filter((p) => p.validToDaysFromSeed !== undefined);
    expect(relative.map((p) => p.validToDaysFromSeed).sort((a, b) => a! - b!)).toEqual([-144, -52, 19, 24]);
    for (const p of relative) {
      const shifted = new Date(`${TODAY}T00:00:00Z`);
      shifted.setUTCDate(shifted.getUTCDate() + p.validToDaysFromSeed!);
      expect({ key: p.key, validTo: p.input.validTo }).toEqual({
        key: p.key,
        validTo: shifted.toISOString().slice(0, 10),
      });
    }
  });

  it('has exactly 2 published policies expiring within 30 days and 2 already expired', () => {
    expect(
      published
        .filter((p) => isExpiring(p.policy.validTo))
        .map((p) => p.policy.validTo)
        .sort(),
    ).toEqual(['2026-12-10', '2026-12-15']);
    expect(
      published
        .filter((p) => isExpired(p.policy.validTo))
        .map((p) => p.policy.validTo)
        .sort(),
    ).toEqual(['2026-06-30', '2026-09-30']);
  });

  it('only publishes policies already in force, each with 1–6 criteria', () => {
    for (const p of published) {
      expect({ key: p.key, started: p.policy.validFrom <= TODAY }).toEqual({ key: p.key, started: true });
      expect(p.policy.criteria.length).toBeGreaterThanOrEqual(1);
      expect(p.policy.criteria.length).toBeLessThanOrEqual(6);
    }
  });

  it('writes bodies as simple HTML with 3–8 paragraphs or points', () => {
    for (const p of parsed) {
      for (const body of [p.policy.body, p.policy.bodyEn].filter((b): b is string => !!b)) {
        expect(body).not.toMatch(/<(?!\/?(p|h3|ul|li|strong)>)/);
        const blocks = (body.match(/<(p|li)>/g) ?? []).length;
        expect({ key: p.key, ok: blocks >= 3 && blocks <= 8 }).toEqual({ key: p.key, ok: true });
      }
    }
  });

  describe('matcher on the demo talent (currentYear 2026, unexpired published policies)', () => {
    it('gives a meaningful mix of verdicts', () => {
      expect(count('eligible')).toBeGreaterThanOrEqual(12);
      expect(count('eligible')).toBeLessThanOrEqual(16);
      expect(count('maybe')).toBeGreaterThanOrEqual(4);
      expect(count('maybe')).toBeLessThanOrEqual(8);
      expect(count('not_eligible')).toBeGreaterThanOrEqual(6);
      expect(count('not_eligible')).toBeLessThanOrEqual(10);
    });

    it('leaves only the Chinese-degree and graduation-year questions open on the "maybe" ones', () => {
      for (const p of live.filter((x) => verdicts.get(x.key) === 'maybe')) {
        const { missing } = evaluatePolicy(p.policy.criteria, DEMO_TALENT, CURRENT_YEAR);
        for (const key of missing) expect(['chineseUniversityDegree', 'graduationYear']).toContain(key);
      }
    });

    it('judges the named policies as intended', () => {
      expect(verdicts.get('returnee-startup-regulation')).toBe('eligible');
      expect(verdicts.get('intl-graduate-startup')).toBe('not_eligible');
      expect(verdicts.get('young-talent-housing')).toBe('not_eligible');
    });

    it('uses the 2002 regulation under the returnee-startup-regulation key', () => {
      const regulation = parsed.find((p) => p.key === 'returnee-startup-regulation')!;
      expect(regulation.policy.title).toContain('厦门经济特区鼓励留学人员来厦创业工作规定');
      expect(regulation.policy.validFrom.startsWith('2002')).toBe(true);
      expect(regulation.policy.validTo).toBeNull();
    });
  });
});

describe('seeding on another day', () => {
  it('keeps every dated example valid (never ending before it starts) and the same kind of example', () => {
    for (const today of ['2026-06-01', '2026-11-21', '2028-02-29']) {
      for (const item of DEMO_POLICIES.filter((p) => p.validToDaysFromSeed !== undefined)) {
        const input = datedForSeed(item, today);
        expect(policyInputSchema.safeParse(input).success).toBe(true);
        expect(input.validTo! < today).toBe(item.validToDaysFromSeed! < 0);
      }
    }
  });
});
