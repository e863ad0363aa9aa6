import { matchResultSchema, type MatchResult } from '@ihaigui/shared';
import { DEMO_POLICIES } from '../../server/src/seed/demo-policies';
import { personaTokens } from './support/personas';
import { DIALECTS, ManualClock, startTestApp, type TestApp } from './support/test-app';

const titleOf = (key: string) => {
  const found = DEMO_POLICIES.find((p) => p.key === key);
  if (!found) throw new Error(`no demo policy ${key}`);
  return found.input.title;
};

/**
 * Acceptance: the seeded PhD returnee (林海川: PhD from Germany, Chinese national, back since 2024, born 1989,
 * Jimei, smart manufacturing, job and startup) against the seeded policies on 2026-11-21.
 */
describe.each(DIALECTS)('the matcher for the seeded PhD returnee on %s', (dialect) => {
  let t: TestApp;
  let auth: { Authorization: string };
  const clock = new ManualClock(new Date('2026-11-21T02:00:00.000Z'));

  const mine = async () =>
    matchResultSchema.parse((await t.http.get('/api/v1/policies/match/me').set(auth).expect(200)).body);
  const byKey = (r: MatchResult, key: string) => {
    const found = r.items.find((i) => i.policy.title === titleOf(key));
    if (!found) throw new Error(`${key} not in the result`);
    return found;
  };
  const profile = {
    name: '林海川',
    nationality: '中国',
    studyCountry: '德国',
    degree: 'phd',
    school: '亚琛工业大学',
    major: '机械工程',
    field: '智能制造',
    returnYear: 2024,
    intent: 'both',
    visibility: 'verified_orgs',
    birthYear: 1989,
    yearsAbroad: 7,
    industry: 'smart_manufacturing',
    district: 'jimei',
  };

  beforeAll(async () => {
    t = await startTestApp(dialect, { clock, env: { SEED_DEMO: 'true' } });
    auth = { Authorization: `Bearer ${(await personaTokens(t, ['talent'])).talent}` };
  });
  afterAll(() => t.close());

  it('splits the 28 current policies 14 eligible / 6 maybe / 8 not eligible, with a reason for every criterion', async () => {
    const r = await mine();
    expect(r.answers).toMatchObject({
      degree: 'phd',
      studiedAbroad: true,
      foreignNational: false,
      age: 37,
      returnYear: 2024,
      district: 'jimei',
    });
    expect(r.counts).toEqual({ eligible: 14, maybe: 6, not_eligible: 8 });
    expect(r.items).toHaveLength(28);
    for (const item of r.items) {
      expect(item.criteria.length).toBeGreaterThan(0);
      for (const c of item.criteria) {
        expect(c.reason.zh.length).toBeGreaterThan(2);
        expect(c.reason.en.length).toBeGreaterThan(2);
      }
      // The verdict follows from the criteria.
      const statuses = item.criteria.map((c) => c.status);
      const expected = statuses.includes('not_met')
        ? 'not_eligible'
        : statuses.includes('unknown')
          ? 'maybe'
          : 'eligible';
      expect(item.verdict).toBe(expected);
    }

    const regulation = byKey(r, 'returnee-startup-regulation');
    expect(regulation.verdict).toBe('eligible');

    const intlGrad = byKey(r, 'intl-graduate-startup');
    expect(intlGrad.verdict).toBe('not_eligible');
    const foreignRule = intlGrad.criteria.find((c) => c.criterion.kind === 'overseasBackground')!;
    expect(foreignRule.status).toBe('not_met');
    expect(foreignRule.reason.en).toBe('You do not hold a foreign nationality');

    const housing = byKey(r, 'young-talent-housing');
    expect(housing.verdict).toBe('not_eligible');
    expect(housing.criteria.find((c) => c.criterion.kind === 'ageAtMost')).toMatchObject({
      status: 'not_met',
      reason: { zh: '你37岁，超过了35周岁的上限', en: 'You are 37; the limit is 35 — over the limit' },
    });

    // Every "maybe" says which questions would settle it.
    for (const item of r.items.filter((i) => i.verdict === 'maybe')) expect(item.missing.length).toBeGreaterThan(0);
    expect(r.potential.withMaybe).toBeGreaterThan(r.potential.eligible);
  });

  it('changes as the profile changes, exactly as the criteria say', async () => {
    // Younger: the age limit is met, the housing allowance opens up.
    await t.http
      .put('/api/v1/me/talent-profile')
      .set(auth)
      .send({ ...profile, birthYear: 1995 })
      .expect(200);
    const younger = await mine();
    expect(byKey(younger, 'young-talent-housing').verdict).toBe('eligible');
    expect(younger.counts.eligible).toBe(15);

    // A foreign national who studied in China: the foreign-graduate programme and the permit window apply instead.
    await t.http
      .put('/api/v1/me/talent-profile')
      .set(auth)
      .send({ ...profile, nationality: 'Germany', studyCountry: '中国' })
      .expect(200);
    const foreign = await mine();
    expect(byKey(foreign, 'foreign-talent-permit-one-window').verdict).toBe('eligible');
    expect(byKey(foreign, 'intl-graduate-startup').verdict).not.toBe('not_eligible');
    expect(byKey(foreign, 'returnee-startup-regulation').verdict).toBe('not_eligible');

    await t.http.put('/api/v1/me/talent-profile').set(auth).send(profile).expect(200);
    expect((await mine()).counts).toEqual({ eligible: 14, maybe: 6, not_eligible: 8 });
  });

  it('needs a profile: a talent without one is told to fill it in', async () => {
    const reg = await t.http
      .post('/api/v1/auth/register')
      .send({ username: 'noprofile1', password: 'noprofile-pass-2026', role: 'talent', displayName: '新用户' })
      .expect(201);
    const other = { Authorization: `Bearer ${reg.body.accessToken}` };
    await t.http.post('/api/v1/me/consent').set(other).send({ policyVersion: '2026-11' }).expect(200);
    const res = await t.http.get('/api/v1/policies/match/me').set(other).expect(404);
    expect(res.body.code).toBe('PROFILE_NOT_FOUND');
  });
});
