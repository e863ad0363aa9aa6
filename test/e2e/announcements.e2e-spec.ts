import {
  announcementDetailSchema,
  announcementPageSchema,
  type CreateAnnouncement,
  MAX_PAGE_SIZE,
} from '@ihaigui/shared';
import { AnnouncementService } from '../../server/src/announcement/announcement.service';
import { AuditRepository } from '../../server/src/audit/audit.repository';
import { DIALECTS, ManualClock, startTestApp, type TestApp } from './support/test-app';

const DAY = 24 * 3600 * 1000;

function draft(overrides: Partial<CreateAnnouncement> = {}): CreateAnnouncement {
  return {
    title: '人才政策宣讲会通知',
    titleEn: null,
    summary: '面向留学回国人员的政策宣讲。',
    summaryEn: null,
    body: '<p>欢迎参加。</p>',
    bodyEn: null,
    category: 'notice',
    pinned: false,
    ...overrides,
  };
}

describe.each(DIALECTS)('announcements API on %s', (dialect) => {
  let t: TestApp;
  let service: AnnouncementService;
  const clock = new ManualClock(new Date('2026-06-01T08:00:00.000Z'));

  /** Creates and publishes `daysAgo` days before the clock's now. */
  async function published(overrides: Partial<CreateAnnouncement>, daysAgo: number) {
    const created = await service.create(draft(overrides), null);
    return service.publish(created.id, null, new Date(clock.now().getTime() - daysAgo * DAY));
  }

  beforeAll(async () => {
    t = await startTestApp(dialect, { clock });
    service = t.app.get(AnnouncementService);
  });
  afterAll(() => t.close());

  describe('list', () => {
    let ids: Record<string, number>;

    beforeAll(async () => {
      const old = await published({ title: '旧新闻', category: 'news' }, 30);
      const recent = await published({ title: '最新通知' }, 1);
      const pinnedOld = await published({ title: '置顶的旧通知', pinned: true }, 60);
      const archived = await published({ title: '已归档' }, 2);
      await service.archive(archived.id, null);
      const stillDraft = await service.create(draft({ title: '草稿' }), null);
      const scheduled = await service.create(draft({ title: '定时发布' }), null);
      await service.publish(scheduled.id, null, new Date(clock.now().getTime() + 2 * DAY));
      ids = {
        old: old.id,
        recent: recent.id,
        pinnedOld: pinnedOld.id,
        archived: archived.id,
        draft: stillDraft.id,
        scheduled: scheduled.id,
      };
    });

    it('shows published items only, pinned first then newest', async () => {
      const res = await t.http.get('/api/v1/announcements').expect(200);
      const page = announcementPageSchema.parse(res.body);
      expect(page.items.map((i) => i.id)).toEqual([ids.pinnedOld, ids.recent, ids.old]);
      expect(page.total).toBe(3);
      expect(page.items[0].pinned).toBe(true);
      expect(res.body.items[0]).not.toHaveProperty('body');
    });

    it('filters by category', async () => {
      const res = await t.http.get('/api/v1/announcements?category=news').expect(200);
      expect(res.body.items.map((i: { id: number }) => i.id)).toEqual([ids.old]);
      expect(res.body.total).toBe(1);
    });

    it('pages with a total', async () => {
      const first = await t.http.get('/api/v1/announcements?page=1&pageSize=2').expect(200);
      const second = await t.http.get('/api/v1/announcements?page=2&pageSize=2').expect(200);
      expect(first.body).toMatchObject({ page: 1, pageSize: 2, total: 3 });
      expect(first.body.items).toHaveLength(2);
      expect(second.body.items.map((i: { id: number }) => i.id)).toEqual([ids.old]);
    });

    it('makes a scheduled item public once its time comes', async () => {
      const before = await t.http.get('/api/v1/announcements').expect(200);
      expect(before.body.items.map((i: { id: number }) => i.id)).not.toContain(ids.scheduled);
      clock.advance(3 * DAY);
      const after = await t.http.get('/api/v1/announcements').expect(200);
      expect(after.body.items.map((i: { id: number }) => i.id)).toContain(ids.scheduled);
      clock.advance(-3 * DAY);
    });

    it.each([
      ['pageSize=1000', 'pageSize'],
      [`pageSize=${MAX_PAGE_SIZE + 1}`, 'pageSize'],
      ['pageSize=0', 'pageSize'],
      ['page=0', 'page'],
      ['page=abc', 'page'],
      ['category=gossip', 'category'],
    ])('refuses %s with VALIDATION_FAILED', async (query, field) => {
      const res = await t.http.get(`/api/v1/announcements?${query}`).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(res.body.requestId).toEqual(res.headers['x-request-id']);
      expect(res.body.issues.map((i: { path: string }) => i.path)).toContain(field);
    });

    it('answers in English when asked', async () => {
      const res = await t.http
        .get('/api/v1/announcements?pageSize=1000')
        .set('Accept-Language', 'en-US,en;q=0.9')
        .expect(400);
      expect(res.body.message).toMatch(/invalid/i);
      const zh = await t.http.get('/api/v1/announcements?pageSize=1000').expect(400);
      expect(zh.body.message).toMatch(/[\u4e00-\u9fff]/);
    });
  });

  describe('detail', () => {
    it('counts a view each time it is opened', async () => {
      const a = await published({ title: '浏览计数' }, 0);
      const first = await t.http.get(`/api/v1/announcements/${a.id}`).expect(200);
      const second = await t.http.get(`/api/v1/announcements/${a.id}`).expect(200);
      expect(announcementDetailSchema.parse(first.body).viewCount).toBe(1);
      expect(second.body.viewCount).toBe(2);
      expect((await service.getRecord(a.id)).viewCount).toBe(2);
    });

    it('hides drafts, archived and missing items behind the same 404', async () => {
      const d = await service.create(draft(), null);
      const archived = await published({}, 1);
      await service.archive(archived.id, null);
      for (const id of [d.id, archived.id, 987654]) {
        const res = await t.http.get(`/api/v1/announcements/${id}`).expect(404);
        expect(res.body).toMatchObject({ statusCode: 404, code: 'ANNOUNCEMENT_NOT_FOUND' });
      }
      expect((await service.getRecord(d.id)).viewCount).toBe(0);
    });

    it('refuses an id that is not a positive integer', async () => {
      for (const id of ['abc', '0', '-3', '1.5', '99999999999']) {
        const res = await t.http.get(`/api/v1/announcements/${id}`).expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
      }
    });

    it('serves stored rich text without scripts, handlers or script URLs', async () => {
      const a = await published(
        {
          body: '<p>正文</p><img src=x onerror=alert(1)><script>alert(2)</script><a href="javascript:alert(3)">链接</a><p onclick="steal()">点我</p>',
          bodyEn: '<p>Body</p><img src="https://example.org/a.png" onload="x()">',
        },
        0,
      );
      const res = await t.http.get(`/api/v1/announcements/${a.id}`).expect(200);
      const { body, bodyEn } = res.body as { body: string; bodyEn: string };
      for (const html of [body, bodyEn]) {
        expect(html).not.toMatch(/onerror|onclick|onload|<script|javascript:/i);
      }
      expect(body).toContain('<img src="x" />');
      expect(body).toContain('<p>正文</p>');
      expect(body).toContain('链接');
      expect(bodyEn).toContain('<img src="https://example.org/a.png" />');
    });
  });

  describe('service rules', () => {
    it('walks draft → published → archived → published and records each step', async () => {
      const a = await service.create(draft({ body: '<p>x</p><script>bad()</script>' }), 7);
      expect(a.status).toBe('draft');
      expect(a.body).toBe('<p>x</p>');
      expect((await service.publish(a.id, 7)).status).toBe('published');
      expect((await service.setPinned(a.id, true, 7)).pinned).toBe(true);
      const archived = await service.archive(a.id, 7);
      expect(archived).toMatchObject({ status: 'archived', pinned: false });
      expect((await service.publish(a.id, 7)).status).toBe('published');
      const edited = await service.update(
        a.id,
        { title: '新标题', bodyEn: '<p>EN</p><iframe src="https://x"></iframe>' },
        7,
      );
      expect(edited).toMatchObject({ title: '新标题', bodyEn: '<p>EN</p>' });

      const trail = await t.app.get(AuditRepository).findForEntity('announcement', a.id);
      expect(trail.map((e) => e.action)).toEqual([
        'announcement.create',
        'announcement.publish',
        'announcement.pin',
        'announcement.archive',
        'announcement.publish',
        'announcement.update',
      ]);
      expect(trail.every((e) => e.actorId === 7)).toBe(true);
      expect(trail[5].detail).toMatchObject({ fields: ['bodyEn', 'title'] });
    });

    it('refuses transitions the state does not allow', async () => {
      const a = await published({}, 0);
      await expect(service.publish(a.id, null)).rejects.toMatchObject({
        code: 'ANNOUNCEMENT_INVALID_TRANSITION',
        statusCode: 409,
      });
      await service.archive(a.id, null);
      await expect(service.archive(a.id, null)).rejects.toMatchObject({ code: 'ANNOUNCEMENT_INVALID_TRANSITION' });
      await expect(service.update(424242, { title: 'x' }, null)).rejects.toMatchObject({
        code: 'ANNOUNCEMENT_NOT_FOUND',
      });
    });
  });
});
