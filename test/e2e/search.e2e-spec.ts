import {
  analyzeQuery,
  SEARCH_COUNT_LIMIT,
  SEARCH_TYPES,
  searchResultSchema,
  type SearchResult,
  type SearchType,
} from '@ihaigui/shared';
import { DataSource } from 'typeorm';
import { AdminService } from '../../server/src/admin/admin.service';
import type { SearchTuning } from '../../server/src/search/search-plan';
import { termWeights } from '../../server/src/search/search-terms';
import { type SearchEntry, SearchIndexer } from '../../server/src/search/search.indexer';
import { SearchRepository } from '../../server/src/search/search.repository';
import { SearchService } from '../../server/src/search/search.service';
import { DIALECTS, ManualClock, startTestApp, type TestApp } from './support/test-app';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/** An item with the usual field weights: title 10, summary 3, body 1 (Chinese and English). */
function entry(
  type: SearchEntry['type'],
  refId: number,
  text: { title: string; titleEn?: string; summary?: string; body?: string },
  window: Pick<SearchEntry, 'visibleFrom' | 'visibleTo'> = {},
): SearchEntry {
  return {
    type,
    refId,
    title: text.title,
    titleEn: text.titleEn ?? null,
    fields: [
      { text: text.title, weight: 10 },
      { text: text.titleEn, weight: 10 },
      { text: text.summary, weight: 3 },
      { text: text.body, weight: 1 },
    ],
    content: [text.summary, text.body].filter(Boolean).join(' '),
    ...window,
  };
}

/** Test content; the comments give each document's weight for the words the tests look for. */
const P1 = entry('policy', 101, {
  title: '留学人员创业补贴实施办法', // 创业 10+3, 补贴 10+3
  titleEn: 'Startup Subsidies for Returnees', // subsidy 10
  summary: '对留学人员在厦创办企业给予创业补贴。',
  body: '申请人应为企业主要创办人。',
});
const P2 = entry('policy', 102, {
  title: '高层次人才住房补贴', // 人才 10+3+1, 补贴 10+3, 创业 1
  titleEn: 'Housing Subsidy for High-level Talents', // subsidy 10, talent 10
  summary: '符合条件的人才可申请住房补贴。',
  body: '已在厦创业的人才可叠加申请。',
});
const K1 = entry('park', 201, {
  title: '海沧生物医药产业园', // 创业 3+1, 补贴 1
  titleEn: 'Haicang Biomedicine Park',
  summary: '为生物医药创业团队提供载体。',
  body: '园区提供三年免租办公场地，协助申请创业补贴，并对接风险投资。',
});
const F1 = entry('finance', 301, {
  title: '人才贷', // 人才 10+3+1, 创业 3+1 (ties with K1, indexed later), best 贷… word 10
  titleEn: 'Talent Loan', // talent 10, visa 1
  summary: '面向留学回国创业人才的信用贷款，最高300万元。',
  body: 'Visa holders and PhD returnees may apply. 支持人才创业。',
});

type Hit = SearchResult['items'][number];
const ref = (h: Hit) => `${h.type}:${h.id}`;
const refOf = (e: SearchEntry) => `${e.type}:${e.refId}`;

describe.each(DIALECTS)('search on %s', (dialect) => {
  let t: TestApp;
  let indexer: SearchIndexer;
  let staffToken: string;
  const clock = new ManualClock(new Date('2026-06-01T08:00:00.000Z'));
  const staff = () => ({ Authorization: `Bearer ${staffToken}` });

  /** Signs the staff member in (again: tokens expire as the test clock moves on). */
  async function signInStaff() {
    const login = await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'search_staff', password: 'Search-staff-2026' })
      .expect(200);
    staffToken = login.body.accessToken;
  }

  async function search(params: Record<string, string | number>): Promise<SearchResult> {
    const res = await t.http.get('/api/v1/search').query(params);
    if (res.status !== 200)
      throw new Error(`search ${JSON.stringify(params)}: ${res.status} ${JSON.stringify(res.body)}`);
    return searchResultSchema.parse(res.body);
  }
  const found = async (q: string, extra: Record<string, string | number> = {}) =>
    (await search({ q, ...extra })).items.map(ref);

  beforeAll(async () => {
    t = await startTestApp(dialect, { clock });
    indexer = t.app.get(SearchIndexer);
    await t.app.get(AdminService).createStaff(null, {
      username: 'search_staff',
      password: 'Search-staff-2026',
      displayName: '检索测试',
      role: 'staff',
    });
    for (const e of [P1, P2, K1, F1]) await indexer.index(e);
  });
  afterAll(() => t.close());

  describe('matching and ranking', () => {
    it('finds a Chinese word everywhere it occurs, best first, ties newest first', async () => {
      expect(await found('创业')).toEqual([refOf(P1), refOf(F1), refOf(K1), refOf(P2)]);
      expect(await found('补贴')).toEqual([refOf(P2), refOf(P1), refOf(K1)]);
      expect(await found('人才')).toEqual([refOf(F1), refOf(P2)]);
    });

    it('gives the score as the sum of field weights × occurrences', async () => {
      const res = await search({ q: '创业' });
      expect(res.items.map((h) => h.score)).toEqual([13, 4, 4, 1]);
    });

    it('needs every term: a longer Chinese run, several words, Chinese with English', async () => {
      expect(await found('生物医药')).toEqual([refOf(K1)]);
      expect(await found('医药生物')).toEqual([]);
      expect(await found('创业 补贴')).toEqual([refOf(P1), refOf(P2), refOf(K1)]);
      expect(await found('创业 subsidy')).toEqual([refOf(P1), refOf(P2)]);
      expect(await found('补贴 loan')).toEqual([]);
    });

    it('finds English words by stem, in any case and full width', async () => {
      expect(await found('subsidies')).toEqual([refOf(P2), refOf(P1)]);
      expect(await found('SUBSIDY')).toEqual([refOf(P2), refOf(P1)]);
      expect(await found('talent')).toEqual([refOf(F1), refOf(P2)]);
      expect(await found('ＶＩＳＡ')).toEqual([refOf(F1)]);
      expect(await found('returnee phd')).toEqual([refOf(F1)]);
    });

    it('looks a single Chinese character up as the start of a word', async () => {
      const res = await search({ q: '贷' });
      expect(res.items.map(ref)).toEqual([refOf(F1)]);
      expect(res.items[0].score).toBe(10);
      expect(res.terms).toEqual(['贷']);
      expect(res.counts).toEqual({ policy: 0, park: 0, finance: 1, announcement: 0, faq: 0 });
      expect(await found('园')).toEqual([refOf(K1)]);
      expect(await found('住')).toEqual([refOf(P2)]);
    });

    it('reports the terms the query was cut into', async () => {
      expect((await search({ q: '生物医药 Parks' })).terms).toEqual(['生物', '物医', '医药', 'park']);
    });

    it('filters by type, while the counts still cover every type', async () => {
      const all = await search({ q: '创业' });
      expect(all.counts).toEqual({ policy: 2, park: 1, finance: 1, announcement: 0, faq: 0 });
      expect(all.total).toBe(4);
      const parks = await search({ q: '创业', type: 'park' });
      expect(parks.items.map(ref)).toEqual([refOf(K1)]);
      expect(parks.total).toBe(1);
      expect(parks.counts).toEqual(all.counts);
      const policies = await search({ q: '创业', type: 'policy' });
      expect(policies.items.map(ref)).toEqual([refOf(P1), refOf(P2)]);
      expect(await found('创业', { type: 'announcement' })).toEqual([]);
    });

    it('pages through the ranking with a stable total', async () => {
      const first = await search({ q: '创业', pageSize: 2 });
      const second = await search({ q: '创业', pageSize: 2, page: 2 });
      const third = await search({ q: '创业', pageSize: 2, page: 3 });
      expect(first).toMatchObject({ page: 1, pageSize: 2, total: 4 });
      expect(first.items.map(ref)).toEqual([refOf(P1), refOf(F1)]);
      expect(second.items.map(ref)).toEqual([refOf(K1), refOf(P2)]);
      expect(third.items).toEqual([]);
      expect(third.total).toBe(4);
    });

    it('keeps the number of SQL statements bounded whatever the page size', async () => {
      const spy = jest.spyOn(t.app.get(DataSource).manager, 'query');
      try {
        const requests: Array<Record<string, string | number>> = [
          { q: '创业 补贴', pageSize: 50 },
          { q: '贷', pageSize: 50, type: 'finance' },
          { q: '人才 talent' },
        ];
        for (const params of requests) {
          spy.mockClear();
          const res = await search(params);
          expect(res.total).toBeGreaterThan(0);
          expect(spy.mock.calls.length).toBeLessThanOrEqual(3);
        }
      } finally {
        spy.mockRestore();
      }
    });
  });

  describe('highlighting', () => {
    it('marks the matched Chinese words in the title and snippet', async () => {
      const [hit] = (await search({ q: '创业补贴' })).items;
      expect(ref(hit)).toBe(refOf(P1));
      expect(hit.title).toEqual([
        { text: '留学人员', hit: false },
        { text: '创业补贴', hit: true },
        { text: '实施办法', hit: false },
      ]);
      expect(hit.titleEn).toEqual([{ text: 'Startup Subsidies for Returnees', hit: false }]);
      expect(hit.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['创业补贴']);
      expect(hit.snippet.map((s) => s.text).join('')).toBe(
        '对留学人员在厦创办企业给予创业补贴。 申请人应为企业主要创办人。',
      );
    });

    it('marks English words by stem in the original case', async () => {
      const res = await search({ q: 'subsidies', type: 'policy' });
      expect(res.items[0].titleEn).toEqual([
        { text: 'Housing ', hit: false },
        { text: 'Subsidy', hit: true },
        { text: ' for High-level Talents', hit: false },
      ]);
    });

    it('has no English title when the item has none', async () => {
      const indexed = entry('finance', 399, { title: '无英文标题的险种' });
      await indexer.index(indexed);
      const res = await search({ q: '险种' });
      expect(res.items[0].titleEn).toBeNull();
      await indexer.remove('finance', 399);
      expect(await found('险种')).toEqual([]);
    });
  });

  describe('the indexer', () => {
    it('replaces all terms of an item when it is indexed again, and removes it', async () => {
      await indexer.index(entry('policy', 501, { title: '青年见习补助', titleEn: 'Trainee Allowance' }));
      expect(await found('见习')).toEqual(['policy:501']);
      await indexer.index(entry('policy', 501, { title: '青年实习补助', titleEn: 'Intern Allowance' }));
      expect(await found('见习')).toEqual([]);
      expect(await found('trainee')).toEqual([]);
      expect(await found('实习 intern')).toEqual(['policy:501']);
      await indexer.remove('policy', 501);
      expect(await found('实习')).toEqual([]);
      await expect(indexer.remove('policy', 501)).resolves.toBeUndefined();
    });

    it('writes inside the caller transaction: a rollback leaves no trace', async () => {
      await expect(
        t.app.get(DataSource).transaction(async (em) => {
          await indexer.index(entry('park', 502, { title: '回滚测试园区' }), em);
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      expect(await found('回滚')).toEqual([]);
    });

    it('caps a weight at the smallint maximum', async () => {
      await indexer.index({
        ...entry('park', 503, { title: '饱和权重' }),
        fields: [{ text: '饱和 饱和', weight: 20_000 }],
      });
      const res = await search({ q: '饱和' });
      expect(res.items.map((h) => h.score)).toEqual([32_767]);
      await indexer.remove('park', 503);
    });

    it('indexes long texts in several INSERT batches', async () => {
      const words = Array.from({ length: 1200 }, (_, i) => `w${i}x`).join(' ');
      await indexer.index({ ...entry('park', 504, { title: '超长园区介绍' }), fields: [{ text: words, weight: 1 }] });
      expect(await found('w1199x w0x')).toEqual(['park:504']);
      await indexer.remove('park', 504);
    });
  });

  describe('input', () => {
    it('answers a query with no searchable word with an empty result', async () => {
      for (const q of ['，。！', 'the of', '——']) {
        const res = await search({ q });
        expect(res).toMatchObject({
          items: [],
          total: 0,
          terms: [],
          counts: { policy: 0, park: 0, finance: 0, announcement: 0, faq: 0 },
        });
      }
    });

    it('refuses an empty, too long or malformed query with 400', async () => {
      for (const query of [
        {},
        { q: '' },
        { q: '   ' },
        { q: '创'.repeat(41) },
        { q: '创业', type: 'job' },
        { q: '创业', pageSize: 51 },
        { q: '创业', page: 0 },
      ]) {
        const res = await t.http.get('/api/v1/search').query(query);
        expect({ query, status: res.status, code: res.body.code }).toEqual({
          query,
          status: 400,
          code: 'VALIDATION_FAILED',
        });
      }
      await t.http
        .get('/api/v1/search')
        .query({ q: '创'.repeat(40) })
        .expect(200);
    });
  });

  describe('visibility', () => {
    beforeAll(async () => {
      await indexer.index(
        entry('policy', 601, { title: '外籍人才签证便利措施' }, { visibleTo: new Date(clock.now().getTime() - HOUR) }),
      );
      await indexer.index(
        entry('policy', 602, { title: '签证延期办理指南' }, { visibleFrom: new Date(clock.now().getTime() + DAY) }),
      );
      await indexer.index(
        entry('finance', 603, { title: '签证保证金贷款' }, { visibleTo: new Date(clock.now().getTime() + 30 * DAY) }),
      );
    });

    it('shows only items inside their visibility window now, in results and counts', async () => {
      const res = await search({ q: '签证' });
      expect(res.items.map(ref)).toEqual(['finance:603']);
      expect(res.counts).toEqual({ policy: 0, park: 0, finance: 1, announcement: 0, faq: 0 });
      expect(await found('签', {})).toEqual(['finance:603']);
    });

    it('shows a scheduled item once due, and hides an item when its window ends', async () => {
      clock.advance(2 * DAY);
      expect(await found('签证')).toEqual(['finance:603', 'policy:602']);
      clock.advance(30 * DAY);
      expect(await found('签证')).toEqual(['policy:602']);
    });
  });

  describe('announcements', () => {
    const draft = {
      title: '海归创业沙龙报名通知',
      titleEn: 'Returnee Startup Salon',
      summary: '欢迎留学人员参加沙龙。',
      body: '<p><strong>沙龙</strong>在软件园举办。</p>',
      category: 'notice',
    };

    beforeAll(() => signInStaff());

    it('indexes an announcement when published, again when edited, and drops it when archived', async () => {
      const created = await t.http.post('/api/v1/staff/announcements').set(staff()).send(draft).expect(201);
      const id = created.body.id as number;
      expect(await found('沙龙')).toEqual([]);

      await t.http.post(`/api/v1/staff/announcements/${id}/publish`).set(staff()).send({}).expect(200);
      const published = await search({ q: '沙龙' });
      expect(published.items.map(ref)).toEqual([`announcement:${id}`]);
      expect(published.items[0].score).toBe(14);
      expect(published.counts.announcement).toBe(1);
      expect(await found('salon')).toEqual([`announcement:${id}`]);
      expect(await found('strong')).toEqual([]);

      await t.http
        .patch(`/api/v1/staff/announcements/${id}`)
        .set(staff())
        .send({ title: '海归创业茶话会报名通知' })
        .expect(200);
      expect(await found('茶话会')).toEqual([`announcement:${id}`]);
      expect((await search({ q: '沙龙' })).items[0].score).toBe(4);

      await t.http.post(`/api/v1/staff/announcements/${id}/archive`).set(staff()).send({}).expect(200);
      expect(await found('茶话会')).toEqual([]);
      expect((await search({ q: '沙龙' })).counts.announcement).toBe(0);
    });

    it('keeps a scheduled announcement out of the results until it is due', async () => {
      const created = await t.http
        .post('/api/v1/staff/announcements')
        .set(staff())
        .send({ ...draft, title: '项目路演日安排', titleEn: null })
        .expect(201);
      const id = created.body.id as number;
      const at = new Date(clock.now().getTime() + DAY).toISOString();
      await t.http.post(`/api/v1/staff/announcements/${id}/publish`).set(staff()).send({ at }).expect(200);
      expect(await found('路演')).toEqual([]);
      clock.advance(DAY + 1000);
      expect(await found('路演')).toEqual([`announcement:${id}`]);
    });
  });
});

describe.each(DIALECTS)('search over the demo content on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(dialect, { env: { SEED_DEMO: 'true' } });
  });
  afterAll(() => t.close());

  it('finds the seeded announcements', async () => {
    const res = searchResultSchema.parse(
      (await t.http.get('/api/v1/search').query({ q: '云路演', type: 'announcement' }).expect(200)).body,
    );
    expect(res.total).toBeGreaterThanOrEqual(2);
    expect(res.items.every((h) => h.type === 'announcement')).toBe(true);
    expect(res.items[0].title.some((s) => s.hit && s.text.includes('云路演'))).toBe(true);
    const english = searchResultSchema.parse(
      (await t.http.get('/api/v1/search').query({ q: 'cloud roadshow' }).expect(200)).body,
    );
    expect(english.counts.announcement).toBeGreaterThanOrEqual(2);
  });
});

/** A small seeded random source, so the generated index is the same on every run. */
function randomSource(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), a | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

describe.each(DIALECTS)('search ranking against a brute-force ranking on %s', (dialect) => {
  const WORDS = ['alpha', 'beta', 'gamma', '鲸鱼', '鲸落', '鲸歌', '鲸'];
  const SHARE = [0.75, 0.6, 0.5, 0.35, 0.25, 0.1, 0.1];
  const clock = new ManualClock(new Date('2026-06-01T08:00:00.000Z'));
  let t: TestApp;
  const docs: Array<{ type: SearchType; refId: number; weights: Map<string, number>; hidden: boolean }> = [];

  beforeAll(async () => {
    t = await startTestApp(dialect, { clock });
    const indexer = t.app.get(SearchIndexer);
    const random = randomSource(7);
    const now = clock.now().getTime();
    for (let i = 0; i < 160; i++) {
      const type = SEARCH_TYPES[Math.floor(random() * SEARCH_TYPES.length)]!;
      const pick = (max: number) =>
        WORDS.flatMap((w, k) => (random() < SHARE[k]! ? Array(1 + Math.floor(random() * max)).fill(w) : [])).join(' ');
      const fields = [
        { text: pick(1), weight: 10 },
        { text: pick(2), weight: 3 },
        { text: pick(4), weight: 1 },
      ];
      const roll = random();
      const window =
        roll < 0.1 ? { visibleTo: new Date(now - 1000) } : roll < 0.15 ? { visibleFrom: new Date(now + 1000) } : {};
      await indexer.index({
        type,
        refId: 1000 + i,
        title: `文档 ${i}`,
        titleEn: null,
        fields,
        content: fields.map((f) => f.text).join(' '),
        ...window,
      });
      docs.push({ type, refId: 1000 + i, weights: termWeights(fields), hidden: roll < 0.15 });
    }
  });
  afterAll(() => t.close());

  /** The same search done the slow, obvious way over the generated documents. */
  function expected(q: string, type: SearchType | undefined, page: number, pageSize: number, countLimit: number) {
    const query = analyzeQuery(q);
    const scored = docs.flatMap((d) => {
      if (d.hidden) return [];
      if (query.prefix) {
        const weights = [...d.weights].filter(([term]) => term.startsWith(query.prefix!)).map(([, w]) => w);
        return weights.length ? [{ d, score: Math.max(...weights) }] : [];
      }
      if (!query.exact.every((term) => d.weights.has(term))) return [];
      return [{ d, score: query.exact.reduce((sum, term) => sum + d.weights.get(term)!, 0) }];
    });
    const counts = Object.fromEntries(
      SEARCH_TYPES.map((ty) => [ty, Math.min(countLimit, scored.filter((s) => s.d.type === ty).length)]),
    );
    const types: readonly SearchType[] = type ? [type] : SEARCH_TYPES;
    const total = types.reduce((sum, ty) => sum + counts[ty]!, 0);
    const ranked = scored
      .filter((s) => !type || s.d.type === type)
      .sort((a, b) => b.score - a.score || b.d.refId - a.d.refId);
    const offset = (page - 1) * pageSize;
    const items =
      offset < total ? ranked.slice(offset, offset + pageSize).map((s) => `${s.d.type}:${s.d.refId}:${s.score}`) : [];
    return { counts, total, items };
  }

  const TUNINGS: Array<[string, Partial<SearchTuning>]> = [
    ['default plan', {}],
    ['ordered matches and floors', { countLimit: 3, rareTermMax: 0, termSample: 100 }],
    ['tiny samples', { countLimit: 4, rareTermMax: 0, termSample: 2 }],
    ['a prefix too wide to list', { countLimit: 6, prefixTermsMax: 1 }],
  ];
  const QUERIES = ['alpha', 'alpha beta', 'gamma beta alpha', 'beta 鲸鱼', '鲸', 'alpha 鲸落 gamma'];
  const PATHS = [
    'findAllMatches',
    'scanTypeMatches',
    'findPageAbove',
    'findDocuments',
    'scanAnyTermLists',
    'countPrefixMatches',
  ] as const;
  const PAGES = [
    [1, 4],
    [2, 4],
    [3, 4],
    [1, 50],
    [9, 4],
  ] as const;

  /** Every query of the grid (each type, each page) under one tuning; `check` sees each answer and its statement count. */
  async function searchGrid(
    tuning: Partial<SearchTuning>,
    check?: (
      asked: { q: string; type: SearchType | undefined; page: number; pageSize: number },
      res: SearchResult,
      statements: number,
    ) => void,
  ): Promise<Set<string>> {
    const repository = t.app.get(SearchRepository);
    const service = new SearchService(repository, clock, tuning);
    const spy = jest.spyOn(t.app.get(DataSource).manager, 'query');
    const paths = PATHS.map((name) => jest.spyOn(repository, name));
    try {
      for (const q of QUERIES) {
        for (const type of [undefined, 'policy', 'announcement'] as const) {
          for (const [page, pageSize] of PAGES) {
            spy.mockClear();
            const res = await service.search({ q, type, page, pageSize });
            check?.({ q, type, page, pageSize }, res, spy.mock.calls.length);
          }
        }
      }
      return new Set(PATHS.filter((_, i) => paths[i]!.mock.calls.length > 0));
    } finally {
      spy.mockRestore();
      paths.forEach((p) => p.mockRestore());
    }
  }

  it.each(TUNINGS)(
    'gives exactly the brute-force pages, counts and totals (%s), in at most three statements',
    async (_name, tuning) => {
      const countLimit = tuning.countLimit ?? SEARCH_COUNT_LIMIT;
      await searchGrid(tuning, ({ q, type, page, pageSize }, res, statements) => {
        const want = expected(q, type, page, pageSize, countLimit);
        const got = {
          counts: res.counts,
          total: res.total,
          items: res.items.map((h) => `${h.type}:${h.id}:${h.score}`),
        };
        expect({ q, type, page, pageSize, ...got }).toEqual({ q, type, page, pageSize, ...want });
        expect(statements).toBeLessThanOrEqual(3);
      });
    },
  );

  it('goes through every way of reading a page across the tunings', async () => {
    const used = new Set<string>();
    for (const [, tuning] of TUNINGS) for (const path of await searchGrid(tuning)) used.add(path);
    expect([...used].sort()).toEqual([...PATHS].sort());
  });
});
