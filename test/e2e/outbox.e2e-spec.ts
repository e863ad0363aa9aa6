import { DataSource } from 'typeorm';
import { NotificationService, type NotificationMessage } from '../../server/src/notification/notification.service';
import { WechatSubscriptionRepository } from '../../server/src/notification/notification.repository';
import { OutboxMessageEntity } from '../../server/src/outbox/outbox.entity';
import { OutboxService } from '../../server/src/outbox/outbox.service';
import { fakeOpenid, startFakeWechat, type FakeWechat } from '../support/fake-wechat';
import { createTestDatabase, DIALECTS, ManualClock, startTestApp, type TestApp } from './support/test-app';

const TEMPLATE_ID = 'tmpl-application-status-outbox';

const message = (n: number): NotificationMessage => ({
  kind: 'application_status',
  title: { zh: `投递进展：第${n}条`, en: `Application update ${n}` },
  body: { zh: '您的申请有了新进展。', en: 'Your application moved on.' },
  link: { page: 'applicationDetail', id: n },
});

/** Polls until the condition holds (the worker runs on its own timer). */
async function until(condition: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.each(DIALECTS)('outbox of WeChat messages on %s', (dialect) => {
  let wechat: FakeWechat;
  const clock = new ManualClock(new Date('2026-11-02T01:30:00.000Z'));
  let users = 0;

  const env = (fake: FakeWechat): Record<string, string> => ({
    RATE_LIMIT_AUTH_PER_MINUTE: '100000',
    WECHAT_BASE_URL: fake.baseUrl,
    WECHAT_APP_ID: fake.appId,
    WECHAT_APP_SECRET: fake.appSecret,
    WECHAT_TEMPLATE_APPLICATION_STATUS: TEMPLATE_ID,
    OUTBOX_INTERVAL_MS: '25',
    OUTBOX_MAX_ATTEMPTS: '3',
  });

  /** A user signed in with WeChat who allowed `permissions` subscribe messages. */
  async function subscriber(t: TestApp, permissions = 1): Promise<{ id: number; openid: string }> {
    users += 1;
    const code = `ok-outbox-${dialect}-${users}`;
    const login = await t.http.post('/api/v1/auth/wechat').send({ code }).expect(200);
    const id = login.body.user.id as number;
    const subscriptions = t.app.get(WechatSubscriptionRepository);
    await subscriptions.ensure(id, 'application_status');
    await subscriptions.grant(id, 'application_status', permissions);
    return { id, openid: fakeOpenid(code) };
  }

  const rows = (t: TestApp) => t.app.get(DataSource).manager.find(OutboxMessageEntity, { order: { id: 'ASC' } });
  const sentTo = (openid: string) => wechat.subscribeMessages.filter((m) => m.touser === openid);
  const remaining = async (t: TestApp, userId: number) =>
    (await t.app.get(WechatSubscriptionRepository).find(userId, 'application_status'))?.remaining ?? 0;

  describe('one instance', () => {
    let t: TestApp;

    beforeAll(async () => {
      wechat = await startFakeWechat();
      t = await startTestApp(dialect, { clock, env: env(wechat) });
    });
    afterAll(async () => {
      await t?.close();
      await wechat?.close();
    });

    it('writes the message with the change and the worker sends it after commit', async () => {
      const user = await subscriber(t);
      await t.app.get(DataSource).transaction(async (em) => {
        await t.app.get(NotificationService).notify(user.id, message(1), em);
        // Not sent while the change is uncommitted, whatever the worker does meanwhile.
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(sentTo(user.openid)).toEqual([]);
      });
      await until(() => sentTo(user.openid).length === 1);
      expect(sentTo(user.openid)[0]).toMatchObject({
        template_id: TEMPLATE_ID,
        data: { thing1: { value: '投递进展：第1条' } },
      });
      await until(async () => (await rows(t)).at(-1)?.status === 'sent');
      const [row] = (await rows(t)).slice(-1);
      expect(row).toMatchObject({ kind: 'subscribe_message', status: 'sent', attempts: 1, lastError: null });
      expect(row!.sentAt).toBeInstanceOf(Date);
      expect(JSON.parse(row!.payload)).not.toHaveProperty('openid');
      expect(await remaining(t, user.id)).toBe(0);
    });

    it('retries a WeChat failure with backoff and then sends it once', async () => {
      const user = await subscriber(t);
      wechat.failSubscribe(1);
      await t.app.get(NotificationService).notify(user.id, message(2));
      await until(async () => (await rows(t)).at(-1)?.attempts === 1 && (await rows(t)).at(-1)?.status === 'pending');
      const failed = (await rows(t)).at(-1)!;
      expect(failed.lastError).toContain('errcode -1');
      expect(failed.nextAttemptAt.getTime()).toBe(clock.now().getTime() + 5_000);
      // Not before the backoff is over.
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(sentTo(user.openid)).toEqual([]);
      clock.advance(5_000);
      await until(() => sentTo(user.openid).length === 1);
      await until(async () => (await rows(t)).at(-1)?.status === 'sent');
      expect((await rows(t)).at(-1)).toMatchObject({ attempts: 2, lastError: null });
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(sentTo(user.openid)).toHaveLength(1);
      const retry = t.logs.find((l) => l.msg === 'outbox message failed; will retry');
      expect(retry).toMatchObject({ attempt: 1, retryInMs: 5_000 });
    });

    it('gives up after OUTBOX_MAX_ATTEMPTS, logs it and gives the permission back', async () => {
      const user = await subscriber(t);
      wechat.failSubscribe(100);
      await t.app.get(NotificationService).notify(user.id, message(3));
      for (const [attempt, backoff] of [
        [1, 5_000],
        [2, 10_000],
      ] as const) {
        await until(async () => (await rows(t)).at(-1)?.attempts === attempt);
        await until(async () => (await rows(t)).at(-1)?.status === 'pending');
        clock.advance(backoff);
      }
      await until(async () => (await rows(t)).at(-1)?.status === 'failed');
      expect((await rows(t)).at(-1)).toMatchObject({ attempts: 3, sentAt: null });
      expect(t.logs.find((l) => l.msg === 'outbox message given up')).toMatchObject({ attempt: 3 });
      await until(async () => (await remaining(t, user.id)) === 1);
      wechat.failSubscribe(0);
      clock.advance(3_600_000);
      await t.app.get(OutboxService).drain();
      expect(sentTo(user.openid)).toEqual([]);
      expect(t.rawLogs.join('\n')).not.toContain(user.openid);
    });

    it('leaves no message (and the permission unused) when the change rolls back', async () => {
      const user = await subscriber(t);
      const before = (await rows(t)).length;
      await expect(
        t.app.get(DataSource).transaction(async (em) => {
          await t.app.get(NotificationService).notify(user.id, message(4), em);
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      await t.app.get(OutboxService).drain();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await rows(t)).toHaveLength(before);
      expect(sentTo(user.openid)).toEqual([]);
      expect(await remaining(t, user.id)).toBe(1);
    });
  });

  describe('two instances on one database', () => {
    let a: TestApp;
    let b: TestApp;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      wechat = await startFakeWechat();
      const database = await createTestDatabase(dialect);
      drop = () => database.drop();
      a = await startTestApp(dialect, { clock, database, env: env(wechat) });
      b = await startTestApp(dialect, { clock, database, env: env(wechat) });
    });
    afterAll(async () => {
      await a?.close();
      await b?.close();
      await drop?.();
      await wechat?.close();
    });

    it('sends each message exactly once', async () => {
      const count = 30;
      const people: Array<{ id: number; openid: string }> = [];
      for (let i = 0; i < count; i += 1) people.push(await subscriber(i % 2 ? a : b));
      // Written by both instances, drained by both: on their timers and by explicit drains at the same moment.
      await Promise.all(
        people.map((p, i) => (i % 2 ? b : a).app.get(NotificationService).notify(p.id, message(100 + i))),
      );
      const drained = await Promise.all([a.app.get(OutboxService).drain(), b.app.get(OutboxService).drain()]);
      await until(async () => (await rows(a)).filter((r) => r.status === 'sent').length === count);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(wechat.subscribeMessages).toHaveLength(count);
      expect(new Set(wechat.subscribeMessages.map((m) => m.touser)).size).toBe(count);
      expect((await rows(a)).every((r) => r.attempts === 1)).toBe(true);
      // Both share one access token: instances must not invalidate each other's (here: no Redis, so one each at most).
      expect(wechat.tokenCalls()).toBeLessThanOrEqual(2);
      process.stdout.write(
        `[outbox ${dialect}] ${count} messages, ${wechat.subscribeMessages.length} sent; explicit drains sent ${drained.join(' + ')}\n`,
      );
    });
  });
});
