import {
  type Criterion,
  matchResultSchema,
  myDataExportSchema,
  type MatchResult,
  policyDetailSchema,
  policyPageSchema,
  type PolicyInputRaw,
  policyRecordPageSchema,
  policyRecordSchema,
  searchResultSchema,
} from '@ihaigui/shared';
import { personaTokens } from './support/personas';
import { policyInput } from './support/policies';
import { DIALECTS, ManualClock, startTestApp, type TestApp } from './support/test-app';

describe.each(DIALECTS)('policies and the matcher on %s', (dialect) => {
  let t: TestApp;
  let tokens: Record<string, string>;
  // 2026-11-21 10:00 in Xiamen.
  const clock = new ManualClock(new Date('2026-11-21T02:00:00.000Z'));
  const staff = () => ({ Authorization: `Bearer ${tokens.staff}` });
  const talent = () => ({ Authorization: `Bearer ${tokens.talent}` });

  async function publishedPolicy(overrides: Partial<PolicyInputRaw>) {
    const created = await t.http.post('/api/v1/staff/policies').set(staff()).send(policyInput(overrides)).expect(201);
    await t.http.post(`/api/v1/staff/policies/${created.body.id}/publish`).set(staff()).send({}).expect(200);
    return policyRecordSchema.parse(created.body);
  }

  beforeAll(async () => {
    t = await startTestApp(dialect, { clock, env: { SEED_DEMO: 'true' } });
    tokens = await personaTokens(t, ['talent', 'staff', 'enterprise']);
  });
  afterAll(() => t.close());

  describe('staff workflow', () => {
    it('creates a draft (sanitised), publishes it, and withdraws it; the list follows', async () => {
      const created = await t.http
        .post('/api/v1/staff/policies')
        .set(staff())
        .send(policyInput({ title: '草稿到发布的政策' }))
        .expect(201);
      const record = policyRecordSchema.parse(created.body);
      expect(record.status).toBe('draft');
      expect(record.body).not.toContain('<script>');
      await t.http.get(`/api/v1/policies/${record.id}`).expect(404);

      await t.http.post(`/api/v1/staff/policies/${record.id}/publish`).set(staff()).send({}).expect(200);
      const detail = policyDetailSchema.parse((await t.http.get(`/api/v1/policies/${record.id}`).expect(200)).body);
      expect(detail.title).toBe('草稿到发布的政策');
      await t.http.post(`/api/v1/staff/policies/${record.id}/publish`).set(staff()).send({}).expect(409);

      await t.http.post(`/api/v1/staff/policies/${record.id}/archive`).set(staff()).send({}).expect(200);
      await t.http.get(`/api/v1/policies/${record.id}`).expect(404);
    });

    it('checks whole-record rules on edit: amounts and validity in order', async () => {
      const p = await publishedPolicy({ title: '编辑校验政策' });
      const bad = await t.http
        .patch(`/api/v1/staff/policies/${p.id}`)
        .set(staff())
        .send({ amountMin: 900_000 })
        .expect(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(bad.body.issues)).toContain('amountMax');
      await t.http.patch(`/api/v1/staff/policies/${p.id}`).set(staff()).send({ validTo: '2025-12-31' }).expect(400);
      const ok = await t.http
        .patch(`/api/v1/staff/policies/${p.id}`)
        .set(staff())
        .send({ amountMax: 800_000, titleEn: 'Edited' })
        .expect(200);
      expect(ok.body.amountMax).toBe(800_000);
      expect(ok.body.titleEn).toBe('Edited');
    });

    it('expired policies leave the public list and show in the staff expired view; expiring ones in theirs', async () => {
      const expired = await publishedPolicy({ title: '已过期的政策', validFrom: '2025-01-01', validTo: '2026-11-20' });
      const expiring = await publishedPolicy({ title: '即将到期的政策', validTo: '2026-12-01' });
      const later = await publishedPolicy({ title: '明年到期的政策', validTo: '2027-12-31' });

      const publicIds = async () => {
        const all: number[] = [];
        for (let page = 1; ; page++) {
          const res = policyPageSchema.parse(
            (await t.http.get(`/api/v1/policies?pageSize=50&page=${page}`).expect(200)).body,
          );
          all.push(...res.items.map((i) => i.id));
          if (page * 50 >= res.total) return all;
        }
      };
      const ids = await publicIds();
      expect(ids).not.toContain(expired.id);
      expect(ids).toEqual(expect.arrayContaining([expiring.id, later.id]));
      // An old link still opens.
      await t.http.get(`/api/v1/policies/${expired.id}`).expect(200);

      const view = async (v: string) =>
        policyRecordPageSchema
          .parse((await t.http.get(`/api/v1/staff/policies?view=${v}&pageSize=50`).set(staff()).expect(200)).body)
          .items.map((i) => i.id);
      expect(await view('expired')).toContain(expired.id);
      expect(await view('expired')).not.toContain(expiring.id);
      expect(await view('expiring')).toContain(expiring.id);
      expect(await view('expiring')).not.toContain(later.id);
    });

    it('filters by region (district includes citywide), category, target group and amount; sorts by amount', async () => {
      const huli = await publishedPolicy({
        title: '湖里区测试补贴',
        region: 'huli',
        category: 'housing',
        targetGroups: ['young_talent'],
        amountMin: null,
        amountMax: 3_000_000,
      });
      const jimei = await publishedPolicy({
        title: '集美区测试补贴',
        region: 'jimei',
        category: 'housing',
        targetGroups: ['young_talent'],
        amountMin: null,
        amountMax: 10_000,
      });
      const list = async (q: string) =>
        policyPageSchema.parse((await t.http.get(`/api/v1/policies?pageSize=50&${q}`).expect(200)).body).items;

      const inHuli = await list('region=huli');
      expect(inHuli.map((p) => p.id)).toContain(huli.id);
      expect(inHuli.map((p) => p.id)).not.toContain(jimei.id);
      expect(inHuli.every((p) => p.region === 'huli' || p.region === 'citywide')).toBe(true);

      const housingYoung = await list('category=housing&targetGroup=young_talent');
      expect(housingYoung.every((p) => p.category === 'housing' && p.targetGroups.includes('young_talent'))).toBe(true);
      expect(housingYoung.map((p) => p.id)).toEqual(expect.arrayContaining([huli.id, jimei.id]));

      const rich = await list('minAmount=1000000');
      expect(rich.every((p) => (p.amountMax ?? 0) >= 1_000_000)).toBe(true);
      expect(rich.map((p) => p.id)).not.toContain(jimei.id);

      const byAmount = await list('sort=amount');
      const amounts = byAmount.map((p) => p.amountMax).filter((a): a is number => a !== null);
      expect(amounts).toEqual([...amounts].sort((a, b) => b - a));

      const bad = await t.http.get('/api/v1/policies?region=mars').expect(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('search', () => {
    it('finds a published policy in Chinese and English with the matched words highlighted, and drops it when withdrawn', async () => {
      const p = await publishedPolicy({
        title: '海外博士后来厦科研资助',
        titleEn: 'Research grants for overseas postdocs',
        summary: '对来厦从事博士后研究的海外人才给予科研资助。',
        summaryEn: 'Research grants for overseas postdoctoral researchers who come to Xiamen.',
        body: `<p>${'资助标准与申报流程说明。'.repeat(200)}</p>`,
        bodyEn: '<p>How to apply.</p>',
      });
      const find = async (q: string) =>
        searchResultSchema
          .parse((await t.http.get('/api/v1/search').query({ q, type: 'policy' }).expect(200)).body)
          .items.find((h) => h.id === p.id);
      const zh = await find('博士后');
      expect(zh?.title.filter((s) => s.hit).map((s) => s.text)).toEqual(['博士后']);
      // An English query finds its words in the snippet even though the Chinese body is long.
      const en = await find('postdoctoral');
      expect(en?.snippet.filter((s) => s.hit).map((s) => s.text.toLowerCase())).toEqual(['postdoctoral']);
      // A query that matched the category shows it in the snippet.
      const byCategory = await find('funding');
      expect(byCategory?.snippet.filter((s) => s.hit).map((s) => s.text)).toContain('funding');
      await t.http.post(`/api/v1/staff/policies/${p.id}/archive`).set(staff()).send({}).expect(200);
      expect(await find('博士后')).toBeUndefined();
    });
  });

  describe('favourites', () => {
    it('saves once however often it is repeated, shows in my list, and counts', async () => {
      const p = await publishedPolicy({ title: '收藏测试政策' });
      const first = await t.http.put(`/api/v1/policies/${p.id}/favorite`).set(talent()).send({}).expect(200);
      expect(first.body).toEqual({ favorited: true, favoriteCount: 1 });
      await t.http.put(`/api/v1/policies/${p.id}/favorite`).set(talent()).send({}).expect(200);
      const detail = await t.http.get(`/api/v1/policies/${p.id}`).set(talent()).expect(200);
      expect(detail.body.favorited).toBe(true);
      expect(detail.body.favoriteCount).toBe(1);
      expect((await t.http.get(`/api/v1/policies/${p.id}`).expect(200)).body.favorited).toBe(false);

      const mine = policyPageSchema.parse(
        (await t.http.get('/api/v1/me/favorites/policies').set(talent()).expect(200)).body,
      );
      expect(mine.items[0]?.id).toBe(p.id);
      // "Download my data" lists the bookmark too.
      const exported = myDataExportSchema.parse((await t.http.get('/api/v1/me/export').set(talent()).expect(200)).body);
      expect(exported.savedPolicies[0]).toMatchObject({ policyId: p.id, title: '收藏测试政策' });
      // Stored by the database clock; read back in UTC on both dialects.
      expect(Math.abs(Date.parse(exported.savedPolicies[0]!.savedAt) - Date.now())).toBeLessThan(3600_000);

      const off = await t.http.delete(`/api/v1/policies/${p.id}/favorite`).set(talent()).expect(200);
      expect(off.body).toEqual({ favorited: false, favoriteCount: 0 });
      await t.http.put('/api/v1/policies/999999/favorite').set(talent()).send({}).expect(404);
    });

    it('erases the bookmarks of a deleted account and takes them off the counts', async () => {
      const p = await publishedPolicy({ title: '注销后收藏测试' });
      const reg = await t.http
        .post('/api/v1/auth/register')
        .send({ username: 'leaving_talent', password: 'leaving-pass-2026', role: 'talent', displayName: '将注销' })
        .expect(201);
      const leaving = { Authorization: `Bearer ${reg.body.accessToken}` };
      await t.http.put(`/api/v1/policies/${p.id}/favorite`).set(leaving).send({}).expect(200);
      await t.http.put(`/api/v1/policies/${p.id}/favorite`).set(talent()).send({}).expect(200);
      expect((await t.http.get(`/api/v1/policies/${p.id}`).expect(200)).body.favoriteCount).toBe(2);
      await t.http.delete('/api/v1/me').set(leaving).expect(204);
      expect((await t.http.get(`/api/v1/policies/${p.id}`).expect(200)).body.favoriteCount).toBe(1);
    });
  });

  describe('attachments', () => {
    it('accepts a PDF, refuses anything else, and serves it for the published policy', async () => {
      const p = await publishedPolicy({ title: '附件测试政策' });
      const pdf = Buffer.from('%PDF-1.4\n% test attachment\n');
      const up = await t.http
        .post(`/api/v1/staff/policies/${p.id}/attachments`)
        .set(staff())
        .attach('file', pdf, { filename: '申报指南.pdf', contentType: 'application/pdf' })
        .expect(200);
      const attachment = policyRecordSchema.parse(up.body).attachments[0]!;
      expect(attachment.fileName).toBe('申报指南.pdf');
      const file = await t.http
        .get(attachment.url)
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        });
      expect(file.status).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(Buffer.compare(file.body as Buffer, pdf)).toBe(0);

      const notPdf = await t.http
        .post(`/api/v1/staff/policies/${p.id}/attachments`)
        .set(staff())
        .attach('file', Buffer.from('MZ not a pdf'), { filename: 'x.pdf' })
        .expect(400);
      expect(notPdf.body.code).toBe('ATTACHMENT_NOT_PDF');
      await t.http.delete(`/api/v1/staff/policies/${p.id}/attachments/${attachment.id}`).set(staff()).expect(200);
      await t.http.get(attachment.url).expect(404);
    });
  });

  describe('matcher on a questionnaire', () => {
    let ids: Record<'phd' | 'foreign' | 'young', number>;
    const phdCriteria: Criterion[] = [
      { kind: 'degreeAtLeast', degree: 'phd' },
      { kind: 'overseasBackground', accepts: ['studied_abroad'] },
      { kind: 'returnedWithinYears', years: 5 },
    ];

    beforeAll(async () => {
      const phd = await publishedPolicy({ title: '匹配：博士留学回国', amountMax: 1_000_000, criteria: phdCriteria });
      const foreign = await publishedPolicy({
        title: '匹配：外籍在华毕业生',
        amountMax: 500_000,
        criteria: [{ kind: 'overseasBackground', accepts: ['foreign_national'] }, { kind: 'chineseUniversityDegree' }],
      });
      const young = await publishedPolicy({
        title: '匹配：青年人才',
        amountMin: null,
        amountMax: 2_000,
        amountPeriod: 'monthly',
        criteria: [{ kind: 'ageAtMost', years: 35 }],
      });
      ids = { phd: phd.id, foreign: foreign.id, young: young.id };
    });

    const item = (r: MatchResult, id: number) => {
      const found = r.items.find((i) => i.policy.id === id);
      if (!found) throw new Error(`policy ${id} not in the match result`);
      return found;
    };
    const run = async (answers: object) =>
      matchResultSchema.parse((await t.http.post('/api/v1/policies/match').send(answers).expect(200)).body);

    it('marks each criterion met / not met / unknown with its reason, and ranks eligible first', async () => {
      const r = await run({ degree: 'phd', studiedAbroad: true, foreignNational: false, returnYear: 2024, age: 37 });
      const phd = item(r, ids.phd);
      expect(phd.verdict).toBe('eligible');
      expect(phd.criteria.map((c) => c.status)).toEqual(['met', 'met', 'met']);
      expect(phd.criteria[2]!.reason.en).toContain('2024');

      const foreign = item(r, ids.foreign);
      expect(foreign.verdict).toBe('not_eligible');
      expect(foreign.criteria[0]).toMatchObject({ status: 'not_met' });
      expect(foreign.criteria[0]!.reason.zh).toContain('不是外国国籍');
      expect(foreign.criteria[1]).toMatchObject({ status: 'unknown' });

      const young = item(r, ids.young);
      expect(young.verdict).toBe('not_eligible');
      expect(young.criteria[0]!.reason.en).toContain('37');
      expect(young.firstYearAmount).toBe(24_000);

      const verdictOrder = r.items.map((i) => ['eligible', 'maybe', 'not_eligible'].indexOf(i.verdict));
      expect(verdictOrder).toEqual([...verdictOrder].sort((a, b) => a - b));
      expect(r.counts.eligible + r.counts.maybe + r.counts.not_eligible).toBe(r.items.length);
      expect(r.potential.eligible).toBeGreaterThanOrEqual(1_000_000);
    });

    it('says what is missing for a "maybe" and changes as the answers change', async () => {
      const blank = await run({});
      const phd = item(blank, ids.phd);
      expect(phd.verdict).toBe('maybe');
      expect(phd.missing).toEqual(['degree', 'studiedAbroad', 'returnYear']);
      expect(phd.criteria.every((c) => c.status === 'unknown')).toBe(true);

      const masters = await run({ degree: 'master', studiedAbroad: true, returnYear: 2024 });
      expect(item(masters, ids.phd).verdict).toBe('not_eligible');
      expect(item(masters, ids.phd).criteria[0]!.reason.en).toContain('Master');

      const longAgo = await run({ degree: 'phd', studiedAbroad: true, returnYear: 2015 });
      expect(item(longAgo, ids.phd).criteria[2]).toMatchObject({ status: 'not_met' });

      const foreignGrad = await run({ foreignNational: true, chineseUniversityDegree: true, age: 26 });
      expect(item(foreignGrad, ids.foreign).verdict).toBe('eligible');
      expect(item(foreignGrad, ids.young).verdict).toBe('eligible');
    });

    it('refuses answers of the wrong shape', async () => {
      const res = await t.http.post('/api/v1/policies/match').send({ degree: 'wizard', age: 7 }).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    });
  });
});
