import type { AddressInfo } from 'node:net';
import {
  type ParkInput,
  parkDetailSchema,
  parkPageSchema,
  visitBookingPageSchema,
  visitBookingSchema,
  type VisitBooking,
  type VisitSlot,
} from '@ihaigui/shared';
import { PRIVACY_POLICY_VERSION } from '../../server/src/account/privacy-policy';
import { AuditRepository } from '../../server/src/audit/audit.repository';
import { DEMO_PARKS } from '../../server/src/seed/demo-parks';
import { personaTokens } from './support/personas';
import { DIALECTS, ManualClock, startTestApp, type TestApp } from './support/test-app';

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

/** A park as the staff form sends it; tests change what they need. */
function parkInput(overrides: Partial<ParkInput> = {}) {
  return {
    name: '同安银城智谷测试园',
    nameEn: 'Tong’an Test Valley',
    district: 'tongan',
    address: '厦门市同安区测试路1号',
    latitude: 24.7312,
    longitude: 118.1523,
    areaSqm: 50_000,
    spaceAvailableSqm: 3_000,
    industries: ['semiconductor', 'iot'],
    facilities: ['共享实验室', '人才公寓'],
    facilitiesEn: ['Shared labs', 'Talent apartments'],
    intro: '面向集成电路与物联网初创团队的测试园区，提供共享实验室和人才公寓。',
    contactName: '测试联系人',
    contactPhone: '0592-5719999',
    ...overrides,
  };
}

describe.each(DIALECTS)('parks and visit booking on %s', (dialect) => {
  let t: TestApp;
  let tokens: Record<string, string>;
  let baseUrl: string;
  const clock = new ManualClock(new Date('2026-06-01T01:00:00.000Z'));
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  let registered = 0;

  /** A new talent account with consent given, signed up through the public API. */
  async function newTalent(name: string): Promise<string> {
    registered += 1;
    const res = await t.http
      .post('/api/v1/auth/register')
      .send({
        username: `visitor${registered}`,
        password: `visit0r-pass-${registered}`,
        role: 'talent',
        displayName: name,
      })
      .expect(201);
    await t.http
      .post('/api/v1/me/consent')
      .set(auth(res.body.accessToken))
      .send({ policyVersion: PRIVACY_POLICY_VERSION })
      .expect(200);
    return res.body.accessToken as string;
  }

  async function createPark(overrides: Partial<ParkInput> = {}) {
    const res = await t.http.post('/api/v1/staff/parks').set(auth(tokens.staff)).send(parkInput(overrides));
    expect(res.status).toBe(201);
    return parkDetailSchema.parse(res.body);
  }

  async function createSlot(parkId: number, startsInMs: number, capacity: number): Promise<VisitSlot> {
    const startsAt = new Date(clock.now().getTime() + startsInMs);
    const res = await t.http
      .post(`/api/v1/staff/parks/${parkId}/slots`)
      .set(auth(tokens.staff))
      .send({
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 90 * MINUTE).toISOString(),
        capacity,
      });
    expect(res.status).toBe(201);
    return res.body;
  }

  async function slotOf(parkId: number, slotId: number): Promise<VisitSlot | undefined> {
    const res = await t.http.get(`/api/v1/parks/${parkId}`).expect(200);
    return (res.body.slots as VisitSlot[]).find((s) => s.id === slotId);
  }

  function book(token: string, parkId: number, body: Record<string, unknown>) {
    return t.http.post(`/api/v1/parks/${parkId}/bookings`).set(auth(token)).send(body);
  }

  async function hostList(token: string): Promise<VisitBooking[]> {
    const res = await t.http.get('/api/v1/host/visit-bookings?pageSize=50').set(auth(token)).expect(200);
    return visitBookingPageSchema.parse(res.body).items;
  }

  async function myBookings(token: string): Promise<VisitBooking[]> {
    const res = await t.http.get('/api/v1/me/visit-bookings?pageSize=50').set(auth(token)).expect(200);
    return visitBookingPageSchema.parse(res.body).items;
  }

  let providerOrgId: number;
  let park: ReturnType<typeof parkDetailSchema.parse>;

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
    providerOrgId = (await t.http.get('/api/v1/organizations/mine').set(auth(tokens.provider)).expect(200)).body.id;
    // The server on a real port, so parallel requests really arrive in parallel.
    await t.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  describe('demo content', () => {
    it('has the eight demo parks, each with upcoming slots; the provider operates one of them', async () => {
      const page = parkPageSchema.parse((await t.http.get('/api/v1/parks?pageSize=50').expect(200)).body);
      expect(page.total).toBe(DEMO_PARKS.length);
      const details = await Promise.all(
        page.items.map(async (p) =>
          parkDetailSchema.parse((await t.http.get(`/api/v1/parks/${p.id}`).expect(200)).body),
        ),
      );
      for (const d of details) {
        expect(d.slots.length).toBeGreaterThanOrEqual(3);
        expect(d.slots.length).toBeLessThanOrEqual(6);
        expect(d.slots.every((s) => new Date(s.startsAt).getTime() > clock.now().getTime())).toBe(true);
        // Xiamen local time (UTC+8): visits at 10:00 or 15:00 on weekdays.
        for (const s of d.slots) {
          const local = new Date(new Date(s.startsAt).getTime() + 8 * 3600 * 1000);
          expect([10, 15]).toContain(local.getUTCHours());
          expect([0, 6]).not.toContain(local.getUTCDay());
        }
      }
      expect(details.filter((d) => d.operatorOrganizationId === providerOrgId)).toHaveLength(1);
      expect(details.some((d) => d.policies.length > 0)).toBe(true);
    });
  });

  describe('staff, list and detail', () => {
    let publishedPolicyIds: number[];
    let draftPolicyId: number;

    beforeAll(async () => {
      const published = await t.http.get('/api/v1/policies?pageSize=2').expect(200);
      publishedPolicyIds = published.body.items.map((p: { id: number }) => p.id);
      const drafts = await t.http
        .get('/api/v1/staff/policies?view=draft&pageSize=1')
        .set(auth(tokens.staff))
        .expect(200);
      draftPolicyId = drafts.body.items[0].id;
      park = await createPark({
        operatorOrganizationId: providerOrgId,
        linkedPolicyIds: [...publishedPolicyIds, draftPolicyId],
      });
    });

    it('creates a park whose detail shows only the linked policies that are public', () => {
      expect(park.operatorOrganizationId).toBe(providerOrgId);
      expect(park.policies.map((p) => p.id)).toEqual(publishedPolicyIds);
      expect(park.latitude).toBe(24.7312);
      expect(park.industries).toEqual(['semiconductor', 'iot']);
      expect(park.slots).toEqual([]);
    });

    it('filters the list by district and by industry', async () => {
      const byDistrict = parkPageSchema.parse((await t.http.get('/api/v1/parks?district=tongan').expect(200)).body);
      expect(byDistrict.items.map((p) => p.id)).toEqual([park.id]);
      const byIndustry = parkPageSchema.parse(
        (await t.http.get('/api/v1/parks?industry=iot&pageSize=50').expect(200)).body,
      );
      expect(byIndustry.items.map((p) => p.id)).toContain(park.id);
      expect(byIndustry.items.every((p) => p.industries.includes('iot'))).toBe(true);
      const none = await t.http.get('/api/v1/parks?industry=biomedicine&district=tongan').expect(200);
      expect(none.body).toMatchObject({ items: [], total: 0 });
      await t.http.get('/api/v1/parks?district=atlantis').expect(400);
    });

    it('lists upcoming slots soonest first with the places left, and answers 404 for an unknown park', async () => {
      const later = await createSlot(park.id, 3 * DAY, 10);
      const sooner = await createSlot(park.id, 1 * DAY, 8);
      const detail = parkDetailSchema.parse((await t.http.get(`/api/v1/parks/${park.id}`).expect(200)).body);
      expect(detail.slots.map((s) => s.id)).toEqual([sooner.id, later.id]);
      expect(detail.slots[0]).toMatchObject({ capacity: 8, booked: 0, remaining: 8 });
      const missing = await t.http.get('/api/v1/parks/999999').expect(404);
      expect(missing.body.code).toBe('PARK_NOT_FOUND');
    });

    it('edits a park keeping the fields left out, and keeps it findable in search', async () => {
      const res = await t.http
        .patch(`/api/v1/staff/parks/${park.id}`)
        .set(auth(tokens.staff))
        .send({ name: '同安银城智谷创新园', spaceAvailableSqm: 2_500 })
        .expect(200);
      expect(res.body).toMatchObject({
        name: '同安银城智谷创新园',
        spaceAvailableSqm: 2_500,
        operatorOrganizationId: providerOrgId,
      });
      expect(res.body.facilities).toEqual(['共享实验室', '人才公寓']);
      expect(res.body.policies.map((p: { id: number }) => p.id)).toEqual(publishedPolicyIds);
      const found = await t.http.get(`/api/v1/search?q=${encodeURIComponent('银城智谷')}&type=park`).expect(200);
      expect(found.body.items.map((h: { id: number }) => h.id)).toEqual([park.id]);
      const nothing = await t.http.patch(`/api/v1/staff/parks/${park.id}`).set(auth(tokens.staff)).send({}).expect(400);
      expect(nothing.body.code).toBe('VALIDATION_FAILED');
    });

    it('refuses an unknown operator, an unverified one, unknown policies and a slot in the past', async () => {
      const unknownOrg = await t.http
        .post('/api/v1/staff/parks')
        .set(auth(tokens.staff))
        .send(parkInput({ operatorOrganizationId: 999999 }));
      expect([unknownOrg.status, unknownOrg.body.code]).toEqual([404, 'ORGANIZATION_NOT_FOUND']);
      const pendingOrgId = (
        await t.http.get('/api/v1/organizations/mine').set(auth(tokens.enterprise_unverified)).expect(200)
      ).body.id;
      const pending = await t.http
        .post('/api/v1/staff/parks')
        .set(auth(tokens.staff))
        .send(parkInput({ operatorOrganizationId: pendingOrgId }));
      expect([pending.status, pending.body.code]).toEqual([403, 'ORGANIZATION_NOT_VERIFIED']);
      const unknownPolicy = await t.http
        .post('/api/v1/staff/parks')
        .set(auth(tokens.staff))
        .send(parkInput({ linkedPolicyIds: [999999] }));
      expect([unknownPolicy.status, unknownPolicy.body.code]).toEqual([404, 'POLICY_NOT_FOUND']);
      const startsAt = new Date(clock.now().getTime() - MINUTE);
      const past = await t.http
        .post(`/api/v1/staff/parks/${park.id}/slots`)
        .set(auth(tokens.staff))
        .send({
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + DAY).toISOString(),
          capacity: 5,
        });
      expect([past.status, past.body.code]).toEqual([409, 'VISIT_SLOT_PAST']);
      const backwards = await t.http
        .post(`/api/v1/staff/parks/${park.id}/slots`)
        .set(auth(tokens.staff))
        .send({
          startsAt: new Date(clock.now().getTime() + DAY).toISOString(),
          endsAt: clock.now().toISOString(),
          capacity: 5,
        });
      expect(backwards.status).toBe(400);
    });
  });

  describe('booking, confirming, declining, cancelling', () => {
    let slot: VisitSlot;
    let confirmed: VisitBooking;
    let secondVisitor: string;

    beforeAll(async () => {
      slot = await createSlot(park.id, 2 * DAY, 4);
      secondVisitor = await newTalent('第二位访客');
    });

    it('books places: pending, the visitor sees their own number, the slot counts the places', async () => {
      const res = await book(tokens.talent, park.id, {
        slotId: slot.id,
        partySize: 2,
        contactPhone: '13812345678',
        message: '想了解实验室',
      });
      expect(res.status).toBe(201);
      confirmed = visitBookingSchema.parse(res.body);
      expect(confirmed).toMatchObject({
        status: 'pending',
        partySize: 2,
        message: '想了解实验室',
        responseNote: null,
        respondedAt: null,
        park: { id: park.id },
        slot: { id: slot.id, startsAt: slot.startsAt },
        visitor: { displayName: '林海川', contactPhone: '13812345678' },
      });
      expect(await slotOf(park.id, slot.id)).toMatchObject({ booked: 2, remaining: 2 });
      const audit = await t.app.get(AuditRepository).findForEntity('visit_booking', confirmed.id);
      expect(audit.map((a) => a.action)).toEqual(['visit_booking.create']);
      // The visitor's data export lists the booking with the number they gave.
      const exported = (
        await t.http
          .get('/api/v1/me/export')
          .set({ Authorization: `Bearer ${tokens.talent}` })
          .expect(200)
      ).body;
      expect(exported.visitBookings).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            park: expect.stringContaining('同安银城智谷'),
            startsAt: slot.startsAt,
            partySize: 2,
            contactPhone: '13812345678',
          }),
        ]),
      );
    });

    it('refuses the same visitor booking the same slot twice', async () => {
      const again = await book(tokens.talent, park.id, { slotId: slot.id, contactPhone: '13812345678' });
      expect([again.status, again.body.code]).toEqual([409, 'VISIT_ALREADY_BOOKED']);
      expect(again.body.message).toBe('您已预约该时段');
      expect(await slotOf(park.id, slot.id)).toMatchObject({ booked: 2 });
    });

    it('refuses more people than places left, a slot of another park and one that does not exist', async () => {
      const tooMany = await book(secondVisitor, park.id, {
        slotId: slot.id,
        partySize: 3,
        contactPhone: '13900001111',
      });
      expect([tooMany.status, tooMany.body.code]).toEqual([409, 'VISIT_SLOT_FULL']);
      const english = await book(secondVisitor, park.id, {
        slotId: slot.id,
        partySize: 3,
        contactPhone: '13900001111',
      }).set('Accept-Language', 'en');
      expect(english.body.message).toBe('This slot is full. Please choose another time.');
      const demoPark = parkDetailSchema.parse((await t.http.get('/api/v1/parks/1').expect(200)).body);
      const wrongPark = await book(secondVisitor, park.id, {
        slotId: demoPark.slots[0]!.id,
        contactPhone: '13900001111',
      });
      expect([wrongPark.status, wrongPark.body.code]).toEqual([404, 'VISIT_SLOT_NOT_FOUND']);
      const noPark = await book(secondVisitor, 999999, { slotId: slot.id, contactPhone: '13900001111' });
      expect([noPark.status, noPark.body.code]).toEqual([404, 'PARK_NOT_FOUND']);
      const badPhone = await book(secondVisitor, park.id, { slotId: slot.id, contactPhone: '12345' });
      expect(badPhone.status).toBe(400);
    });

    it('needs consent before a booking collects a phone number', async () => {
      const res = await t.http
        .post('/api/v1/auth/register')
        .send({ username: 'noconsent1', password: 'no-consent-pass-1', role: 'talent', displayName: '未同意' })
        .expect(201);
      const refused = await book(res.body.accessToken, park.id, { slotId: slot.id, contactPhone: '13900002222' });
      expect([refused.status, refused.body.code]).toEqual([403, 'CONSENT_REQUIRED']);
    });

    it('keeps other hosts out: another enterprise neither sees nor answers, a talent is refused', async () => {
      expect((await hostList(tokens.enterprise)).map((b) => b.id)).not.toContain(confirmed.id);
      expect(await hostList(tokens.enterprise_unverified)).toEqual([]);
      const other = await t.http
        .post(`/api/v1/host/visit-bookings/${confirmed.id}/respond`)
        .set(auth(tokens.enterprise))
        .send({ decision: 'confirmed' });
      expect([other.status, other.body.code]).toEqual([404, 'BOOKING_NOT_FOUND']);
      const talent = await t.http
        .post(`/api/v1/host/visit-bookings/${confirmed.id}/respond`)
        .set(auth(tokens.talent))
        .send({ decision: 'confirmed' });
      expect(talent.status).toBe(403);
      await t.http.get('/api/v1/host/visit-bookings').set(auth(tokens.talent)).expect(403);
      const someoneElses = await t.http
        .post(`/api/v1/me/visit-bookings/${confirmed.id}/cancel`)
        .set(auth(secondVisitor))
        .send({});
      expect([someoneElses.status, someoneElses.body.code]).toEqual([404, 'BOOKING_NOT_FOUND']);
    });

    it('the operator confirms with a note; both sides see it; the number is whole for the host', async () => {
      const inbox = await hostList(tokens.provider);
      expect(inbox.find((b) => b.id === confirmed.id)).toMatchObject({
        status: 'pending',
        visitor: { contactPhone: '13812345678' },
      });
      const res = await t.http
        .post(`/api/v1/host/visit-bookings/${confirmed.id}/respond`)
        .set(auth(tokens.provider))
        .send({ decision: 'confirmed', note: '请到3号楼大堂登记' })
        .expect(200);
      expect(res.body).toMatchObject({
        status: 'confirmed',
        responseNote: '请到3号楼大堂登记',
        respondedAt: clock.now().toISOString(),
      });
      const mine = (await myBookings(tokens.talent)).find((b) => b.id === confirmed.id);
      expect(mine).toMatchObject({ status: 'confirmed', responseNote: '请到3号楼大堂登记' });
      expect(await slotOf(park.id, slot.id)).toMatchObject({ booked: 2 });
      const twice = await t.http
        .post(`/api/v1/host/visit-bookings/${confirmed.id}/respond`)
        .set(auth(tokens.provider))
        .send({ decision: 'declined' });
      expect([twice.status, twice.body.code]).toEqual([409, 'BOOKING_INVALID_TRANSITION']);
    });

    it('the operator declines another visit: places back, note shown, number masked for the host afterwards', async () => {
      const booked = await book(secondVisitor, park.id, {
        slotId: slot.id,
        partySize: 2,
        contactPhone: '13900001111',
      }).expect(201);
      expect(await slotOf(park.id, slot.id)).toMatchObject({ booked: 4, remaining: 0 });
      const res = await t.http
        .post(`/api/v1/host/visit-bookings/${booked.body.id}/respond`)
        .set(auth(tokens.staff))
        .send({ decision: 'declined', note: '该时段已安排团组，请改约' })
        .expect(200);
      expect(res.body).toMatchObject({
        status: 'declined',
        responseNote: '该时段已安排团组，请改约',
        visitor: { contactPhone: '139****1111' },
      });
      expect(await slotOf(park.id, slot.id)).toMatchObject({ booked: 2, remaining: 2 });
      const mine = (await myBookings(secondVisitor)).find((b) => b.id === booked.body.id);
      expect(mine).toMatchObject({
        status: 'declined',
        responseNote: '该时段已安排团组，请改约',
        visitor: { contactPhone: '13900001111' },
      });
      const hostView = (await hostList(tokens.provider)).find((b) => b.id === booked.body.id);
      expect(hostView?.visitor.contactPhone).toBe('139****1111');
      const cancelDeclined = await t.http
        .post(`/api/v1/me/visit-bookings/${booked.body.id}/cancel`)
        .set(auth(secondVisitor))
        .send({});
      expect([cancelDeclined.status, cancelDeclined.body.code]).toEqual([409, 'BOOKING_INVALID_TRANSITION']);
    });

    it('the visitor cancels: places back, audit trail, and may book the slot again', async () => {
      const res = await t.http
        .post(`/api/v1/me/visit-bookings/${confirmed.id}/cancel`)
        .set(auth(tokens.talent))
        .expect(200);
      expect(res.body).toMatchObject({ status: 'cancelled', visitor: { contactPhone: '13812345678' } });
      expect(await slotOf(park.id, slot.id)).toMatchObject({ booked: 0, remaining: 4 });
      expect((await hostList(tokens.provider)).find((b) => b.id === confirmed.id)?.visitor.contactPhone).toBe(
        '138****5678',
      );
      const audit = await t.app.get(AuditRepository).findForEntity('visit_booking', confirmed.id);
      expect(audit.map((a) => a.action)).toEqual([
        'visit_booking.create',
        'visit_booking.confirm',
        'visit_booking.cancel',
      ]);

      const again = await book(tokens.talent, park.id, {
        slotId: slot.id,
        partySize: 1,
        contactPhone: '13812345678',
      }).expect(201);
      expect(again.body).toMatchObject({
        id: confirmed.id,
        status: 'pending',
        partySize: 1,
        responseNote: null,
        respondedAt: null,
      });
      expect(await slotOf(park.id, slot.id)).toMatchObject({ booked: 1 });
      const pending = await t.http.get('/api/v1/me/visit-bookings?status=pending').set(auth(tokens.talent)).expect(200);
      expect(pending.body.items.map((b: { id: number }) => b.id)).toEqual([confirmed.id]);
    });
  });

  describe('capacity under concurrent requests', () => {
    it('lets exactly 5 of 20 simultaneous visitors into a slot of 5, over real HTTP', async () => {
      const slot = await createSlot(park.id, 4 * DAY, 5);
      const visitors: string[] = [];
      for (let i = 0; i < 20; i += 1) visitors.push(await newTalent(`并发访客${i + 1}`));
      const responses = await Promise.all(
        visitors.map(async (token, i) => {
          const res = await fetch(`${baseUrl}/api/v1/parks/${park.id}/bookings`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ slotId: slot.id, contactPhone: `137${String(i).padStart(8, '0')}` }),
          });
          return { status: res.status, body: (await res.json()) as { code?: string } };
        }),
      );
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(5);
      expect(statuses.filter((s) => s === 409)).toHaveLength(15);
      expect(responses.filter((r) => r.status === 409).every((r) => r.body.code === 'VISIT_SLOT_FULL')).toBe(true);
      expect(await slotOf(park.id, slot.id)).toMatchObject({ capacity: 5, booked: 5, remaining: 0 });
      const hostView = (await hostList(tokens.provider)).filter((b) => b.slot.id === slot.id);
      expect(hostView).toHaveLength(5);
    });

    it('takes one booking when the same visitor sends it five times at once', async () => {
      const slot = await createSlot(park.id, 4 * DAY + 60 * MINUTE, 10);
      const visitor = await newTalent('重复提交的访客');
      const statuses = await Promise.all(
        Array.from({ length: 5 }, async () => {
          const res = await fetch(`${baseUrl}/api/v1/parks/${park.id}/bookings`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${visitor}` },
            body: JSON.stringify({ slotId: slot.id, partySize: 2, contactPhone: '13700009999' }),
          });
          return `${res.status} ${((await res.json()) as { code?: string }).code ?? ''}`.trim();
        }),
      );
      expect(statuses.sort()).toEqual(['201', ...Array(4).fill('409 VISIT_ALREADY_BOOKED')]);
      expect(await slotOf(park.id, slot.id)).toMatchObject({ booked: 2, remaining: 8 });
    });
  });

  describe('account deletion', () => {
    it("removes the visitor's bookings and frees the places they held", async () => {
      const slot = await createSlot(park.id, 5 * DAY, 6);
      const leaving = await newTalent('即将注销的访客');
      const booked = await book(leaving, park.id, {
        slotId: slot.id,
        partySize: 3,
        contactPhone: '13611112222',
      }).expect(201);
      expect(await slotOf(park.id, slot.id)).toMatchObject({ booked: 3 });
      await t.http.delete('/api/v1/me').set(auth(leaving)).expect(204);
      expect(await slotOf(park.id, slot.id)).toMatchObject({ booked: 0, remaining: 6 });
      expect((await hostList(tokens.staff)).map((b) => b.id)).not.toContain(booked.body.id);
    });
  });

  describe('slots that have started', () => {
    it('takes no booking and no cancellation once the visit has begun', async () => {
      const slot = await createSlot(park.id, 10 * MINUTE, 5);
      const booked = await book(tokens.talent, park.id, { slotId: slot.id, contactPhone: '13812345678' }).expect(201);
      clock.advance(11 * MINUTE);
      const late = await book(tokens.enterprise, park.id, { slotId: slot.id, contactPhone: '13923456789' });
      expect([late.status, late.body.code]).toEqual([409, 'VISIT_SLOT_PAST']);
      const cancel = await t.http
        .post(`/api/v1/me/visit-bookings/${booked.body.id}/cancel`)
        .set(auth(tokens.talent))
        .send({});
      expect([cancel.status, cancel.body.code]).toEqual([409, 'VISIT_SLOT_PAST']);
      const detail = parkDetailSchema.parse((await t.http.get(`/api/v1/parks/${park.id}`).expect(200)).body);
      expect(detail.slots.map((s) => s.id)).not.toContain(slot.id);
    });
  });
});
