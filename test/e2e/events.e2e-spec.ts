import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import {
  attendeePageSchema,
  checkInResultSchema,
  type EventDetail,
  eventDetailSchema,
  type EventInputRaw,
  eventPageSchema,
  markInterestResultSchema,
  myDataExportSchema,
  myEventPageSchema,
  type MyRegistration,
  myRegistrationSchema,
  notificationPageSchema,
} from '@ihaigui/shared';
import { AuditRepository } from '../../server/src/audit/audit.repository';
import { RegistrationRepository } from '../../server/src/event/event.repository';
import { ProjectEntity } from '../../server/src/project/project.entity';
import { DEMO_EVENTS } from '../../server/src/seed/demo-events';
import { personaTokens } from './support/personas';
import { DIALECTS, ManualClock, startTestApp, type TestApp } from './support/test-app';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe.each(DIALECTS)('events, registrations and roadshows on %s', (dialect) => {
  let t: TestApp;
  let tokens: Record<string, string>;
  let baseUrl: string;
  const clock = new ManualClock(new Date('2026-06-01T01:00:00.000Z'));
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  let signedUp = 0;

  /** A new talent account, signed up through the public API. */
  async function newUser(name: string): Promise<string> {
    signedUp += 1;
    const res = await t.http
      .post('/api/v1/auth/register')
      .send({ username: `attendee${signedUp}`, password: `attend-pass-${signedUp}`, role: 'talent', displayName: name })
      .expect(201);
    return res.body.accessToken as string;
  }

  /** An event as the staff form sends it, starting `startsIn` from now; tests change what they need. */
  function eventInput(startsIn: number, overrides: Partial<EventInputRaw> = {}): EventInputRaw {
    const startsAt = new Date(clock.now().getTime() + startsIn);
    return {
      title: '海归人才项目对接会（测试）',
      titleEn: 'Returnee project fair (test)',
      kind: 'fair',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3 * HOUR).toISOString(),
      place: '市人才服务中心一楼',
      placeEn: 'Ground floor, City Talent Service Center',
      capacity: 50,
      registrationDeadline: new Date(startsAt.getTime() - DAY).toISOString(),
      agenda: '09:00 签到；09:30 对接洽谈',
      organisers: '市人才服务中心',
      description: '面向留学回国人员的项目对接活动（测试数据）。',
      ...overrides,
    };
  }

  async function createEvent(input: EventInputRaw, publish = true): Promise<EventDetail> {
    const res = await t.http.post('/api/v1/staff/events').set(auth(tokens.staff)).send(input);
    expect(res.status).toBe(201);
    const created = eventDetailSchema.parse(res.body);
    if (!publish) return created;
    return eventDetailSchema.parse(
      (await t.http.post(`/api/v1/staff/events/${created.id}/publish`).set(auth(tokens.staff)).send({}).expect(200))
        .body,
    );
  }

  function register(token: string, eventId: number) {
    return t.http.post(`/api/v1/events/${eventId}/registrations`).set(auth(token)).send({});
  }

  async function detail(eventId: number, token?: string): Promise<EventDetail> {
    const req = t.http.get(`/api/v1/events/${eventId}`);
    if (token) req.set(auth(token));
    const res = await req;
    expect(res.status).toBe(200);
    return eventDetailSchema.parse(res.body);
  }

  async function attendees(eventId: number, status?: string) {
    const res = await t.http
      .get(`/api/v1/staff/events/${eventId}/attendees`)
      .query({ pageSize: 50, ...(status ? { status } : {}) })
      .set(auth(tokens.staff))
      .expect(200);
    return attendeePageSchema.parse(res.body);
  }

  async function inbox(token: string) {
    return notificationPageSchema.parse(
      (await t.http.get('/api/v1/me/notifications?pageSize=50').set(auth(token)).expect(200)).body,
    ).items;
  }

  async function userId(token: string): Promise<number> {
    return (await t.http.get('/api/v1/me').set(auth(token)).expect(200)).body.id as number;
  }

  /** The stored code of a registration (waitlisted and cancelled ones never see theirs). */
  async function storedCode(registrationId: number): Promise<string> {
    return (await t.app.get(RegistrationRepository).findById(registrationId))!.checkInCode;
  }

  beforeAll(async () => {
    t = await startTestApp(dialect, {
      clock,
      env: {
        SEED_DEMO: 'true',
        ACCESS_TOKEN_TTL_SECONDS: String(24 * 3600),
        RATE_LIMIT_AUTH_PER_MINUTE: '10000',
        RATE_LIMIT_SENSITIVE_PER_MINUTE: '10000',
      },
    });
    tokens = await personaTokens(t, ['talent', 'enterprise', 'enterprise_unverified', 'staff', 'provider']);
    // The server on a real port, so parallel requests really arrive in parallel.
    await t.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => t?.close());

  describe('demo content', () => {
    it('lists the published demo events, upcoming soonest first and the past one apart; the draft stays hidden', async () => {
      const upcoming = eventPageSchema.parse((await t.http.get('/api/v1/events?pageSize=50').expect(200)).body);
      const expected = DEMO_EVENTS.filter((e) => e.publishedDaysAgo !== null && e.startsInDays > 0).sort(
        (a, b) => a.startsInDays - b.startsInDays,
      );
      expect(upcoming.items.map((e) => e.title)).toEqual(expected.map((e) => e.input.title));
      expect(upcoming.items.every((e) => e.status === 'published' && e.registrationOpen)).toBe(true);
      const past = eventPageSchema.parse((await t.http.get('/api/v1/events?when=past').expect(200)).body);
      expect(past.items.map((e) => e.title)).toEqual(['海外留学人才项目对接会（春季场）']);
      expect(past.items[0]!.registrationOpen).toBe(false);
      const cloud = eventPageSchema.parse((await t.http.get('/api/v1/events?kind=cloud_roadshow').expect(200)).body);
      expect(cloud.items).toHaveLength(1);
      expect(cloud.items[0]).toMatchObject({ kind: 'cloud_roadshow', online: true, place: null });
      await t.http.get('/api/v1/events?kind=concert').expect(400);
      const drafts = eventPageSchema.parse(
        (await t.http.get('/api/v1/staff/events?status=draft').set(auth(tokens.staff)).expect(200)).body,
      );
      expect(drafts.items.map((e) => e.title)).toContain('侨智人才“青蓝接力”师带徒对接会');
    });

    it('puts only accepted, shortlisted projects on the demo roadshows, in order', async () => {
      const roadshows = eventPageSchema.parse(
        (await t.http.get('/api/v1/events?kind=roadshow').expect(200)).body,
      ).items;
      expect(roadshows).toHaveLength(1);
      const show = await detail(roadshows[0]!.id);
      expect(show.slots.length).toBeGreaterThan(0);
      expect(show.slots.map((s) => s.order)).toEqual(show.slots.map((_, i) => i + 1));
      expect(show.slots.every((s) => s.project.shortlisted && s.project.acceptedAt !== null)).toBe(true);
    });

    it("shows the talent persona's events in 我的: upcoming ones and the past fair they attended", async () => {
      const upcoming = myEventPageSchema.parse(
        (await t.http.get('/api/v1/me/events').set(auth(tokens.talent)).expect(200)).body,
      );
      expect(upcoming.items.map((i) => i.event.title)).toEqual([
        '留学人员来厦创业扶持政策宣讲会',
        '“金砖+”留学人才项目对接洽谈会',
      ]);
      expect(
        upcoming.items.every(
          (i) => i.registration.status === 'registered' && /^[A-HJ-NP-Z2-9]{8}$/.test(i.registration.checkInCode ?? ''),
        ),
      ).toBe(true);
      const past = myEventPageSchema.parse(
        (await t.http.get('/api/v1/me/events?when=past').set(auth(tokens.talent)).expect(200)).body,
      );
      expect(past.items).toHaveLength(1);
      expect(past.items[0]!.registration.checkedInAt).not.toBeNull();
    });
  });

  describe('staff create, edit, publish and cancel', () => {
    let draft: EventDetail;

    beforeAll(async () => {
      draft = await createEvent(eventInput(10 * DAY), false);
    });

    it('creates a draft that only staff can see', async () => {
      expect(draft).toMatchObject({
        status: 'draft',
        registered: 0,
        waitlisted: 0,
        registrationOpen: false,
        slots: [],
        myRegistration: null,
      });
      const hidden = await t.http.get(`/api/v1/events/${draft.id}`).set(auth(tokens.talent));
      expect([hidden.status, hidden.body.code]).toEqual([404, 'EVENT_NOT_FOUND']);
      await t.http.get(`/api/v1/events/${draft.id}`).set(auth(tokens.staff)).expect(200);
      const listed = eventPageSchema.parse((await t.http.get('/api/v1/events?pageSize=50').expect(200)).body);
      expect(listed.items.map((e) => e.id)).not.toContain(draft.id);
      const closed = await register(tokens.talent, draft.id);
      expect([closed.status, closed.body.code]).toEqual([409, 'EVENT_REGISTRATION_CLOSED']);
      const audit = await t.app.get(AuditRepository).findForEntity('event', draft.id);
      expect(audit.map((a) => a.action)).toEqual(['event.create']);
    });

    it('refuses a form that does not hold together', async () => {
      const backwards = await t.http
        .post('/api/v1/staff/events')
        .set(auth(tokens.staff))
        .send(eventInput(DAY, { endsAt: clock.now().toISOString() }));
      expect([backwards.status, backwards.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      const cloudWithoutLink = await t.http
        .post('/api/v1/staff/events')
        .set(auth(tokens.staff))
        .send(eventInput(DAY, { kind: 'cloud_roadshow', place: null }));
      expect(cloudWithoutLink.body.issues.map((i: { path: string }) => i.path)).toContain('onlineUrl');
      // An edit is checked against the whole event: the deadline cannot move past the start.
      const late = await t.http
        .patch(`/api/v1/staff/events/${draft.id}`)
        .set(auth(tokens.staff))
        .send({ registrationDeadline: new Date(Date.parse(draft.startsAt) + HOUR).toISOString() });
      expect([late.status, late.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      await t.http.patch(`/api/v1/staff/events/${draft.id}`).set(auth(tokens.staff)).send({}).expect(400);
    });

    it('edits keeping the fields left out, publishes once, and lists it', async () => {
      const edited = eventDetailSchema.parse(
        (
          await t.http
            .patch(`/api/v1/staff/events/${draft.id}`)
            .set(auth(tokens.staff))
            .send({ title: '海归人才项目对接会（已改名）', capacity: 60 })
            .expect(200)
        ).body,
      );
      expect(edited).toMatchObject({
        title: '海归人才项目对接会（已改名）',
        capacity: 60,
        place: draft.place,
        agenda: draft.agenda,
        status: 'draft',
      });
      const published = eventDetailSchema.parse(
        (await t.http.post(`/api/v1/staff/events/${draft.id}/publish`).set(auth(tokens.staff)).send({}).expect(200))
          .body,
      );
      expect(published).toMatchObject({ status: 'published', registrationOpen: true });
      const again = await t.http.post(`/api/v1/staff/events/${draft.id}/publish`).set(auth(tokens.staff)).send({});
      expect([again.status, again.body.code]).toEqual([409, 'EVENT_INVALID_TRANSITION']);
      const listed = eventPageSchema.parse((await t.http.get('/api/v1/events?pageSize=50').expect(200)).body);
      expect(listed.items.map((e) => e.id)).toContain(draft.id);
      const staffList = eventPageSchema.parse(
        (await t.http.get('/api/v1/staff/events?status=published&pageSize=50').set(auth(tokens.staff)).expect(200))
          .body,
      );
      expect(staffList.items.map((e) => e.id)).toContain(draft.id);
    });

    it('cancels: everyone registered or waitlisted is told, the page says so and registration closes', async () => {
      const small = await createEvent(eventInput(6 * DAY, { capacity: 1 }));
      const first = await newUser('取消通知一');
      const second = await newUser('取消通知二');
      expect((await register(first, small.id).expect(201)).body.status).toBe('registered');
      expect((await register(second, small.id).expect(201)).body.status).toBe('waitlisted');
      // A new place is news for everyone registered; a new description is not.
      await t.http
        .patch(`/api/v1/staff/events/${small.id}`)
        .set(auth(tokens.staff))
        .send({ description: '活动说明已更新，欢迎准时参加（测试）。' })
        .expect(200);
      await t.http
        .patch(`/api/v1/staff/events/${small.id}`)
        .set(auth(tokens.staff))
        .send({ place: '市人才服务中心二楼会议室' })
        .expect(200);
      for (const token of [first, second]) {
        const changed = (await inbox(token)).filter((n) => n.kind === 'event_registration' && n.link?.id === small.id);
        expect(changed.map((n) => n.title.en)).toEqual(['Event details changed']);
      }
      const cancelled = eventDetailSchema.parse(
        (await t.http.post(`/api/v1/staff/events/${small.id}/cancel`).set(auth(tokens.staff)).send({}).expect(200))
          .body,
      );
      expect(cancelled).toMatchObject({ status: 'cancelled', registrationOpen: false });
      for (const token of [first, second]) {
        const messages = (await inbox(token)).filter((n) => n.kind === 'event_registration' && n.link?.id === small.id);
        expect(messages).toHaveLength(2);
        expect(messages[0]!.title).toEqual({ zh: '活动已取消', en: 'Event cancelled' });
        expect(messages[0]!.link).toEqual({ page: 'eventDetail', id: small.id });
      }
      expect((await detail(small.id)).status).toBe('cancelled');
      const late = await register(await newUser('取消后报名'), small.id);
      expect([late.status, late.body.code]).toEqual([409, 'EVENT_REGISTRATION_CLOSED']);
      const twice = await t.http.post(`/api/v1/staff/events/${small.id}/cancel`).set(auth(tokens.staff)).send({});
      expect([twice.status, twice.body.code]).toEqual([409, 'EVENT_INVALID_TRANSITION']);
      const audit = await t.app.get(AuditRepository).findForEntity('event', small.id);
      expect(audit.map((a) => a.action)).toEqual([
        'event.create',
        'event.publish',
        'event.update',
        'event.update',
        'event.cancel',
      ]);
    });
  });

  describe('capacity under concurrent registrations (acceptance 2)', () => {
    let event: EventDetail;
    let people: string[];
    let results: MyRegistration[];

    it('registers exactly 5 of 20 simultaneous people for 5 places and waitlists the other 15 in order, over real HTTP', async () => {
      event = await createEvent(eventInput(7 * DAY, { capacity: 5 }));
      people = [];
      for (let i = 0; i < 20; i += 1) people.push(await newUser(`并发报名${i + 1}`));
      const responses = await Promise.all(
        people.map(async (token) => {
          const res = await fetch(`${baseUrl}/api/v1/events/${event.id}/registrations`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: '{}',
          });
          return { status: res.status, body: (await res.json()) as unknown };
        }),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
      results = responses.map((r) => myRegistrationSchema.parse(r.body));
      const registered = results.filter((r) => r.status === 'registered');
      const waitlisted = results.filter((r) => r.status === 'waitlisted');
      expect(registered).toHaveLength(5);
      expect(waitlisted).toHaveLength(15);
      expect(
        registered.every((r) => r.waitlistPosition === null && /^[A-HJ-NP-Z2-9]{8}$/.test(r.checkInCode ?? '')),
      ).toBe(true);
      expect(new Set(registered.map((r) => r.checkInCode)).size).toBe(5);
      expect(waitlisted.every((r) => r.checkInCode === null)).toBe(true);
      expect(waitlisted.map((r) => r.waitlistPosition).sort((a, b) => a! - b!)).toEqual(
        Array.from({ length: 15 }, (_, i) => i + 1),
      );
      // The counters on the event agree with the rows.
      expect(await detail(event.id)).toMatchObject({ capacity: 5, registered: 5, waitlisted: 15 });
      const all = await attendees(event.id);
      expect(all.total).toBe(20);
      const queue = await attendees(event.id, 'waitlisted');
      expect(queue.items.map((a) => a.waitlistPosition)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
      expect((await attendees(event.id, 'registered')).total).toBe(5);
    });

    it('takes one registration when the same person sends it five times at once', async () => {
      const other = await createEvent(eventInput(7 * DAY + HOUR, { capacity: 10 }));
      const token = await newUser('重复提交');
      const statuses = await Promise.all(
        Array.from({ length: 5 }, async () => {
          const res = await fetch(`${baseUrl}/api/v1/events/${other.id}/registrations`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: '{}',
          });
          return `${res.status} ${((await res.json()) as { code?: string }).code ?? ''}`.trim();
        }),
      );
      expect(statuses.sort()).toEqual(['201', ...Array(4).fill('409 EVENT_ALREADY_REGISTERED')]);
      expect(await detail(other.id)).toMatchObject({ registered: 1, waitlisted: 0 });
    });

    it('keeps the counts equal to the rows when cancellations and registrations arrive at the same time', async () => {
      const busy = await createEvent(eventInput(7 * DAY + 2 * HOUR, { capacity: 4 }));
      const holders: string[] = [];
      for (let i = 0; i < 6; i += 1) {
        const token = await newUser(`同时取消${i + 1}`);
        await register(token, busy.id).expect(201);
        holders.push(token);
      }
      const newcomers: string[] = [];
      for (let i = 0; i < 6; i += 1) newcomers.push(await newUser(`同时报名${i + 1}`));
      const call = (token: string, method: 'POST' | 'DELETE', path: string) =>
        fetch(`${baseUrl}/api/v1/events/${busy.id}/registrations${path}`, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
          },
          body: method === 'POST' ? '{}' : undefined,
        }).then((r) => r.status);
      // Three of the four holding a place and one of the two waiting cancel while six newcomers register.
      const statuses = await Promise.all([
        ...[0, 1, 2, 5].map((i) => call(holders[i]!, 'DELETE', '/me')),
        ...newcomers.map((token) => call(token, 'POST', '')),
      ]);
      expect(statuses).toEqual([...Array(4).fill(200), ...Array(6).fill(201)]);
      const rows = (await attendees(busy.id)).items;
      const registered = rows.filter((a) => a.status === 'registered');
      const waitlisted = rows.filter((a) => a.status === 'waitlisted');
      expect(registered).toHaveLength(4);
      expect(waitlisted).toHaveLength(4);
      expect(await detail(busy.id)).toMatchObject({ registered: 4, waitlisted: 4 });
      expect(waitlisted.map((a) => a.waitlistPosition)).toEqual([1, 2, 3, 4]);
    });

    it('refuses a second registration of the same person', async () => {
      const again = await register(people[0]!, event.id);
      expect([again.status, again.body.code]).toEqual([409, 'EVENT_ALREADY_REGISTERED']);
      const missing = await register(people[0]!, 999_999);
      expect([missing.status, missing.body.code]).toEqual([404, 'EVENT_NOT_FOUND']);
    });

    it('gives a cancelled place to the first on the waitlist, who is told', async () => {
      const leaving = people[results.findIndex((r) => r.status === 'registered')]!;
      const headIndex = results.findIndex((r) => r.waitlistPosition === 1);
      const head = people[headIndex]!;
      const cancelled = myRegistrationSchema.parse(
        (await t.http.delete(`/api/v1/events/${event.id}/registrations/me`).set(auth(leaving)).expect(200)).body,
      );
      expect(cancelled).toMatchObject({ status: 'cancelled', checkInCode: null });
      const promoted = (await detail(event.id, head)).myRegistration!;
      expect(promoted).toMatchObject({ id: results[headIndex]!.id, status: 'registered', waitlistPosition: null });
      expect(promoted.checkInCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
      const told = (await inbox(head)).filter((n) => n.kind === 'event_registration');
      expect(told).toHaveLength(1);
      expect(told[0]).toMatchObject({ link: { page: 'eventDetail', id: event.id } });
      expect(told[0]!.title.zh).toContain('候补成功');
      expect(told[0]!.body.en).toContain('you are now registered');
      expect(await detail(event.id)).toMatchObject({ registered: 5, waitlisted: 14 });
      const queue = await attendees(event.id, 'waitlisted');
      expect(queue.items.map((a) => a.waitlistPosition)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
      expect((await attendees(event.id, 'cancelled')).items).toHaveLength(1);
      // Cancelling twice finds nothing to cancel.
      const twice = await t.http.delete(`/api/v1/events/${event.id}/registrations/me`).set(auth(leaving));
      expect([twice.status, twice.body.code]).toEqual([404, 'EVENT_REGISTRATION_NOT_FOUND']);
    });

    it('lets someone leave the waitlist (nobody promoted) and a cancelled registration come back at the end of the queue', async () => {
      const waiting = results
        .map((r, i) => ({ r, token: people[i]! }))
        .filter((x) => x.r.status === 'waitlisted' && x.r.waitlistPosition !== 1)
        .sort((a, b) => a.r.waitlistPosition! - b.r.waitlistPosition!);
      const quitter = waiting[0]!;
      await t.http.delete(`/api/v1/events/${event.id}/registrations/me`).set(auth(quitter.token)).expect(200);
      expect(await detail(event.id)).toMatchObject({ registered: 5, waitlisted: 13 });
      clock.advance(MINUTE);
      const back = myRegistrationSchema.parse((await register(quitter.token, event.id).expect(201)).body);
      expect(back).toMatchObject({ id: quitter.r.id, status: 'waitlisted', waitlistPosition: 14 });
      expect(await detail(event.id)).toMatchObject({ registered: 5, waitlisted: 14 });
    });

    it('refuses a capacity below the places taken (422) and gives new places to the waitlist in order', async () => {
      const tooSmall = await t.http
        .patch(`/api/v1/staff/events/${event.id}`)
        .set(auth(tokens.staff))
        .send({ capacity: 4 });
      expect([tooSmall.status, tooSmall.body.code]).toEqual([422, 'VALIDATION_FAILED']);
      expect(tooSmall.body.issues).toEqual([
        { path: 'capacity', message: expect.stringContaining('5 places already taken') },
      ]);
      const before = (await attendees(event.id, 'waitlisted')).items;
      const raised = eventDetailSchema.parse(
        (
          await t.http
            .patch(`/api/v1/staff/events/${event.id}`)
            .set(auth(tokens.staff))
            .send({ capacity: 8 })
            .expect(200)
        ).body,
      );
      expect(raised).toMatchObject({ capacity: 8, registered: 8, waitlisted: 11 });
      const nowRegistered = new Set((await attendees(event.id, 'registered')).items.map((a) => a.registrationId));
      expect(before.slice(0, 3).every((a) => nowRegistered.has(a.registrationId))).toBe(true);
      expect(before.slice(3).some((a) => nowRegistered.has(a.registrationId))).toBe(false);
      expect((await attendees(event.id, 'waitlisted')).items.map((a) => a.waitlistPosition)).toEqual(
        Array.from({ length: 11 }, (_, i) => i + 1),
      );
    });

    it('lists the event in 我的 while waitlisted, with the position', async () => {
      const waitingIndex = results.findIndex(
        (r, i) => r.status === 'waitlisted' && r.waitlistPosition === 15 && people[i],
      );
      const mine = myEventPageSchema.parse(
        (await t.http.get('/api/v1/me/events').set(auth(people[waitingIndex]!)).expect(200)).body,
      );
      expect(mine.items).toHaveLength(1);
      expect(mine.items[0]).toMatchObject({
        event: { id: event.id },
        registration: { status: 'waitlisted', checkInCode: null },
      });
      expect(mine.items[0]!.registration.waitlistPosition).toBeGreaterThanOrEqual(1);
    });
  });

  describe('check-in at the door', () => {
    let event: EventDetail;
    let guest: string;
    let code: string;

    beforeAll(async () => {
      event = await createEvent(eventInput(4 * DAY, { capacity: 1 }));
      guest = await newUser('签到嘉宾');
      code = myRegistrationSchema.parse((await register(guest, event.id).expect(201)).body).checkInCode!;
    });

    it('checks in a registered code once; a second scan says it was already done', async () => {
      const first = checkInResultSchema.parse(
        (
          await t.http
            .post(`/api/v1/staff/events/${event.id}/check-in`)
            .set(auth(tokens.staff))
            .send({ code: code.toLowerCase() })
            .expect(200)
        ).body,
      );
      expect(first).toMatchObject({
        alreadyCheckedIn: false,
        attendee: { displayName: '签到嘉宾', role: 'talent', status: 'registered' },
      });
      expect(first.attendee.checkedInAt).toBe(clock.now().toISOString());
      const second = checkInResultSchema.parse(
        (
          await t.http
            .post(`/api/v1/staff/events/${event.id}/check-in`)
            .set(auth(tokens.staff))
            .send({ code })
            .expect(200)
        ).body,
      );
      expect(second).toMatchObject({ alreadyCheckedIn: true, attendee: { checkedInAt: first.attendee.checkedInAt } });
      expect((await detail(event.id, guest)).myRegistration!.checkedInAt).toBe(first.attendee.checkedInAt);
      const audit = await t.app.get(AuditRepository).findForEntity('event_registration', first.attendee.registrationId);
      expect(audit.map((a) => a.action)).toEqual(['event_registration.create', 'event.check_in']);
    });

    it("refuses another event's code, an unknown one and a malformed one", async () => {
      const other = await createEvent(eventInput(4 * DAY + HOUR));
      const wrongEvent = await t.http
        .post(`/api/v1/staff/events/${other.id}/check-in`)
        .set(auth(tokens.staff))
        .send({ code });
      expect([wrongEvent.status, wrongEvent.body.code]).toEqual([404, 'CHECK_IN_CODE_INVALID']);
      const unknown = await t.http
        .post(`/api/v1/staff/events/${event.id}/check-in`)
        .set(auth(tokens.staff))
        .send({ code: code === 'ABCDEFGH' ? 'HGFEDCBA' : 'ABCDEFGH' });
      expect([unknown.status, unknown.body.code]).toEqual([404, 'CHECK_IN_CODE_INVALID']);
      const malformed = await t.http
        .post(`/api/v1/staff/events/${event.id}/check-in`)
        .set(auth(tokens.staff))
        .send({ code: 'O0I1' });
      expect([malformed.status, malformed.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    });

    it('does not let a waitlisted or cancelled registration in', async () => {
      const waiting = myRegistrationSchema.parse(
        (await register(await newUser('候补嘉宾'), event.id).expect(201)).body,
      );
      expect(waiting.status).toBe('waitlisted');
      const refused = await t.http
        .post(`/api/v1/staff/events/${event.id}/check-in`)
        .set(auth(tokens.staff))
        .send({ code: await storedCode(waiting.id) });
      expect([refused.status, refused.body.code]).toEqual([409, 'CHECK_IN_NOT_REGISTERED']);
      const leaver = await newUser('取消的嘉宾');
      const other = await createEvent(eventInput(4 * DAY + 2 * HOUR));
      const gone = myRegistrationSchema.parse((await register(leaver, other.id).expect(201)).body);
      await t.http.delete(`/api/v1/events/${other.id}/registrations/me`).set(auth(leaver)).expect(200);
      const cancelled = await t.http
        .post(`/api/v1/staff/events/${other.id}/check-in`)
        .set(auth(tokens.staff))
        .send({ code: gone.checkInCode });
      expect([cancelled.status, cancelled.body.code]).toEqual([409, 'CHECK_IN_NOT_REGISTERED']);
    });
  });

  describe('deadlines and the live link', () => {
    it('closes registration at the deadline, and cancellation once the event has started', async () => {
      const startsIn = 3 * HOUR;
      const event = await createEvent(
        eventInput(startsIn, { registrationDeadline: new Date(clock.now().getTime() + HOUR).toISOString() }),
      );
      const early = await newUser('按时报名');
      await register(early, event.id).expect(201);
      clock.advance(HOUR);
      const late = await register(await newUser('迟到报名'), event.id);
      expect([late.status, late.body.code]).toEqual([409, 'EVENT_REGISTRATION_CLOSED']);
      expect((await detail(event.id)).registrationOpen).toBe(false);
      clock.advance(2 * HOUR);
      const tooLate = await t.http.delete(`/api/v1/events/${event.id}/registrations/me`).set(auth(early));
      expect([tooLate.status, tooLate.body.code]).toEqual([409, 'EVENT_REGISTRATION_CLOSED']);
    });

    it('shows the live link of a cloud roadshow only to those holding a place, and to staff', async () => {
      const url = 'https://live.example.com/test/cloud-roadshow';
      const event = await createEvent(
        eventInput(5 * DAY, { kind: 'cloud_roadshow', place: null, placeEn: null, onlineUrl: url, capacity: 1 }),
      );
      expect(event.onlineUrl).toBe(url);
      expect((await detail(event.id)).onlineUrl).toBeNull();
      const holder = await newUser('云路演观众');
      const waiting = await newUser('云路演候补');
      expect((await detail(event.id, holder)).onlineUrl).toBeNull();
      await register(holder, event.id).expect(201);
      await register(waiting, event.id).expect(201);
      expect((await detail(event.id, holder)).onlineUrl).toBe(url);
      expect((await detail(event.id, waiting)).onlineUrl).toBeNull();
      expect((await detail(event.id, tokens.staff)).onlineUrl).toBe(url);
      expect((await detail(event.id)).online).toBe(true);
    });
  });

  describe('roadshow slots and interest', () => {
    let roadshow: EventDetail;
    let talentId: number;
    let shortlisted: ProjectEntity;
    let second: ProjectEntity;
    let notShortlisted: ProjectEntity;

    /** Projects written straight to the table: screening and shortlisting belong to the projects feature. */
    async function project(name: string, values: Partial<ProjectEntity>): Promise<ProjectEntity> {
      const repo = t.app.get(DataSource).getRepository(ProjectEntity);
      return repo.save(
        repo.create({
          ownerId: talentId,
          name,
          nameEn: null,
          field: 'ai',
          originRegion: 'uk',
          teamSize: 5,
          leaderDegree: 'phd',
          stage: 'prototype',
          financingNeed: 3_000_000,
          seeks: ',investment,site,',
          summary: '基于多模态模型的工业质检平台，已在两家制造企业试用。',
          details: '团队来自英国高校与工业界，拥有三项发明专利申请。',
          contact: '林博士 138****0000',
          visibility: 'public',
          status: 'accepted',
          submittedAt: new Date(clock.now().getTime() - 20 * DAY),
          acceptedAt: new Date(clock.now().getTime() - 15 * DAY),
          shortlistedAt: new Date(clock.now().getTime() - 5 * DAY),
          ...values,
        }),
      );
    }

    beforeAll(async () => {
      talentId = await userId(tokens.talent);
      shortlisted = await project('路演测试项目甲', {});
      second = await project('路演测试项目乙', {
        visibility: 'verified_orgs',
        summary: '仅向认证机构展示的项目简介，用于测试可见范围。',
      });
      notShortlisted = await project('未入围测试项目', { shortlistedAt: null });
      roadshow = await createEvent(
        eventInput(9 * DAY, { kind: 'roadshow', title: '海归创业项目路演（测试）', capacity: 100 }),
      );
    });

    it('refuses slots on an event that is not a roadshow, and projects not shortlisted', async () => {
      const fair = await createEvent(eventInput(9 * DAY + HOUR));
      const notRoadshow = await t.http
        .post(`/api/v1/staff/events/${fair.id}/slots`)
        .set(auth(tokens.staff))
        .send({ projectId: shortlisted.id });
      expect([notRoadshow.status, notRoadshow.body.code]).toEqual([409, 'ROADSHOW_NOT_ROADSHOW']);
      const notListed = await t.http
        .post(`/api/v1/staff/events/${roadshow.id}/slots`)
        .set(auth(tokens.staff))
        .send({ projectId: notShortlisted.id });
      expect([notListed.status, notListed.body.code]).toEqual([422, 'ROADSHOW_PROJECT_NOT_SHORTLISTED']);
      const missing = await t.http
        .post(`/api/v1/staff/events/${roadshow.id}/slots`)
        .set(auth(tokens.staff))
        .send({ projectId: 999_999 });
      expect([missing.status, missing.body.code]).toEqual([404, 'PROJECT_NOT_FOUND']);
      const outside = await t.http
        .post(`/api/v1/staff/events/${roadshow.id}/slots`)
        .set(auth(tokens.staff))
        .send({ projectId: shortlisted.id, startsAt: new Date(Date.parse(roadshow.endsAt) + HOUR).toISOString() });
      expect([outside.status, outside.body.code, outside.body.issues?.[0]?.path]).toEqual([
        422,
        'VALIDATION_FAILED',
        'startsAt',
      ]);
    });

    it('appends shortlisted projects in order and tells the owner; adding one again changes nothing', async () => {
      const before = (await inbox(tokens.talent)).filter((n) => n.kind === 'project_status').length;
      const first = await t.http
        .post(`/api/v1/staff/events/${roadshow.id}/slots`)
        .set(auth(tokens.staff))
        .send({
          projectId: shortlisted.id,
          startsAt: new Date(Date.parse(roadshow.startsAt) + 10 * MINUTE).toISOString(),
          minutes: 8,
        })
        .expect(201);
      roadshow = eventDetailSchema.parse(first.body);
      roadshow = eventDetailSchema.parse(
        (
          await t.http
            .post(`/api/v1/staff/events/${roadshow.id}/slots`)
            .set(auth(tokens.staff))
            .send({ projectId: second.id })
            .expect(201)
        ).body,
      );
      expect(roadshow.slots.map((s) => [s.order, s.project.id, s.minutes])).toEqual([
        [1, shortlisted.id, 8],
        [2, second.id, 10],
      ]);
      const repeat = eventDetailSchema.parse(
        (
          await t.http
            .post(`/api/v1/staff/events/${roadshow.id}/slots`)
            .set(auth(tokens.staff))
            .send({ projectId: second.id })
            .expect(200)
        ).body,
      );
      expect(repeat.slots).toHaveLength(2);
      const told = (await inbox(tokens.talent)).filter((n) => n.kind === 'project_status');
      expect(told.length - before).toBe(2);
      expect(told[0]).toMatchObject({ link: { page: 'eventDetail', id: roadshow.id } });
      // The public page shows the running order; a summary kept for verified organisations is not public.
      const anonymous = await detail(roadshow.id);
      expect(anonymous.slots.map((s) => s.project.summary)).toEqual([shortlisted.summary, '']);
      expect((await detail(roadshow.id, tokens.enterprise)).slots[1]!.project.summary).toBe(second.summary);
    });

    it('reorders with exactly the slot ids, and refuses any other set', async () => {
      const ids = roadshow.slots.map((s) => s.id);
      for (const wrong of [[ids[0]], [ids[0], ids[0]], [ids[0], 999_999]]) {
        const res = await t.http
          .put(`/api/v1/staff/events/${roadshow.id}/slots/order`)
          .set(auth(tokens.staff))
          .send({ slotIds: wrong });
        expect([res.status, res.body.code, res.body.issues?.[0]?.path]).toEqual([422, 'VALIDATION_FAILED', 'slotIds']);
      }
      const reordered = eventDetailSchema.parse(
        (
          await t.http
            .put(`/api/v1/staff/events/${roadshow.id}/slots/order`)
            .set(auth(tokens.staff))
            .send({ slotIds: [...ids].reverse() })
            .expect(200)
        ).body,
      );
      expect(reordered.slots.map((s) => [s.order, s.id])).toEqual([
        [1, ids[1]],
        [2, ids[0]],
      ]);
      expect((await detail(roadshow.id)).slots.map((s) => s.id)).toEqual([ids[1], ids[0]]);
    });

    it('opens one intention when an organisation marks interest; a second click answers with the same one', async () => {
      const slot = roadshow.slots.find((s) => s.project.id === shortlisted.id)!;
      const first = await t.http
        .post(`/api/v1/events/${roadshow.id}/slots/${slot.id}/interest`)
        .set(auth(tokens.enterprise))
        .send({ note: '希望了解落地需求' })
        .expect(201);
      const created = markInterestResultSchema.parse(first.body);
      expect(created.created).toBe(true);
      const again = markInterestResultSchema.parse(
        (
          await t.http
            .post(`/api/v1/events/${roadshow.id}/slots/${slot.id}/interest`)
            .set(auth(tokens.enterprise))
            .send({})
            .expect(200)
        ).body,
      );
      expect(again).toEqual({ intentionId: created.intentionId, created: false });
      const intention = await t.http
        .get(`/api/v1/intentions/${created.intentionId}`)
        .set(auth(tokens.enterprise))
        .expect(200);
      expect(intention.body).toMatchObject({ source: 'roadshow', status: 'proposed', proposedBy: 'organization' });
      const seen = (await detail(roadshow.id, tokens.enterprise)).slots.find((s) => s.id === slot.id)!;
      expect(seen).toMatchObject({ interested: true, interestCount: 1 });
      expect((await detail(roadshow.id, tokens.provider)).slots.find((s) => s.id === slot.id)).toMatchObject({
        interested: false,
        interestCount: 1,
      });
      const other = markInterestResultSchema.parse(
        (
          await t.http
            .post(`/api/v1/events/${roadshow.id}/slots/${slot.id}/interest`)
            .set(auth(tokens.provider))
            .send({})
            .expect(201)
        ).body,
      );
      expect(other.intentionId).not.toBe(created.intentionId);
      expect((await detail(roadshow.id)).slots.find((s) => s.id === slot.id)!.interestCount).toBe(2);
    });

    it('refuses interest from an unverified organisation, on a slot of another event and on a draft', async () => {
      const slot = roadshow.slots[0]!;
      const unverified = await t.http
        .post(`/api/v1/events/${roadshow.id}/slots/${slot.id}/interest`)
        .set(auth(tokens.enterprise_unverified))
        .send({});
      expect([unverified.status, unverified.body.code]).toEqual([403, 'ORGANIZATION_NOT_VERIFIED']);
      const elsewhere = await createEvent(eventInput(9 * DAY + 2 * HOUR, { kind: 'roadshow' }), false);
      const wrongSlot = await t.http
        .post(`/api/v1/events/${elsewhere.id}/slots/${slot.id}/interest`)
        .set(auth(tokens.enterprise))
        .send({});
      expect([wrongSlot.status, wrongSlot.body.code]).toEqual([404, 'EVENT_NOT_FOUND']);
      await t.http.post(`/api/v1/staff/events/${elsewhere.id}/publish`).set(auth(tokens.staff)).send({}).expect(200);
      const published = await t.http
        .post(`/api/v1/events/${elsewhere.id}/slots/${slot.id}/interest`)
        .set(auth(tokens.enterprise))
        .send({});
      expect([published.status, published.body.code]).toEqual([404, 'ROADSHOW_SLOT_NOT_FOUND']);
    });

    it('removes a slot nobody marked interest in, but not one that led to intentions', async () => {
      const withInterest = roadshow.slots.find((s) => s.project.id === shortlisted.id)!;
      const quiet = roadshow.slots.find((s) => s.project.id === second.id)!;
      const kept = await t.http
        .delete(`/api/v1/staff/events/${roadshow.id}/slots/${withInterest.id}`)
        .set(auth(tokens.staff));
      expect([kept.status, kept.body.code]).toEqual([409, 'EVENT_INVALID_TRANSITION']);
      const after = eventDetailSchema.parse(
        (
          await t.http
            .delete(`/api/v1/staff/events/${roadshow.id}/slots/${quiet.id}`)
            .set(auth(tokens.staff))
            .expect(200)
        ).body,
      );
      expect(after.slots.map((s) => [s.order, s.id])).toEqual([[1, withInterest.id]]);
      const gone = await t.http.delete(`/api/v1/staff/events/${roadshow.id}/slots/${quiet.id}`).set(auth(tokens.staff));
      expect([gone.status, gone.body.code]).toEqual([404, 'ROADSHOW_SLOT_NOT_FOUND']);
      const audit = await t.app.get(AuditRepository).findForEntity('event', roadshow.id);
      expect(audit.map((a) => a.action)).toEqual(
        expect.arrayContaining(['event.slot_add', 'event.slot_reorder', 'roadshow.interest', 'event.slot_remove']),
      );
    });
  });

  describe('export and account deletion', () => {
    it("exports a user's registrations, and on deletion removes them and passes their place on", async () => {
      const event = await createEvent(eventInput(11 * DAY, { capacity: 1 }));
      const leaving = await newUser('即将注销');
      const waiting = await newUser('等待名额');
      await register(leaving, event.id).expect(201);
      await register(waiting, event.id).expect(201);
      const exported = myDataExportSchema.parse(
        (await t.http.get('/api/v1/me/export').set(auth(leaving)).expect(200)).body,
      );
      expect(exported.eventRegistrations).toEqual([
        expect.objectContaining({
          eventId: event.id,
          event: event.title,
          status: 'registered',
          startsAt: event.startsAt,
        }),
      ]);
      await t.http.delete('/api/v1/me').set(auth(leaving)).expect(204);
      expect(await detail(event.id)).toMatchObject({ registered: 1, waitlisted: 0 });
      const list = await attendees(event.id);
      expect(list.items.map((a) => [a.displayName, a.status])).toEqual([['等待名额', 'registered']]);
      expect((await detail(event.id, waiting)).myRegistration?.status).toBe('registered');
    });
  });
});
