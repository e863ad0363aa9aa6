import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { BookVisit, BookingListQuery, BookingStatus, Page, RespondBooking, VisitBooking } from '@ihaigui/shared';
import { AccountErasure } from '../account/account-erasure';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { CLOCK, type Clock } from '../common/clock';
import { pageOf, window } from '../common/db/paging';
import { isUniqueViolation } from '../common/db/unique-violation';
import { AppException } from '../common/errors/app.exception';
import { OrganizationService } from '../organization/organization.service';
import { hostScopeOf, hosts } from './host-scope';
import type { ParkEntity, VisitBookingEntity, VisitSlotEntity } from './park.entity';
import { type BookingViewer, toVisitBooking } from './park.mapper';
import { ParkRepository, VisitBookingRepository } from './park.repository';

const ENTITY_TYPE = 'visit_booking';
/** States that hold places on the slot. */
const OPEN: BookingStatus[] = ['pending', 'confirmed'];
/** States a visitor may book again from (the row is reused: one row per visitor and slot). */
const CLOSED: BookingStatus[] = ['cancelled', 'declined'];

/**
 * Park visits: a talent or enterprise user books places on a slot; the park's operator (or staff) confirms or
 * declines; the visitor may cancel. Places are taken and given back in the same transaction as the state change.
 */
@Injectable()
export class VisitBookingService implements OnModuleInit {
  constructor(
    private readonly parks: ParkRepository,
    private readonly bookings: VisitBookingRepository,
    private readonly organizations: OrganizationService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly erasure: AccountErasure,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // A deleted account's bookings go (phone numbers and messages with them); the places they held are freed.
    this.erasure.register('park-visit-bookings', async (userId, em) => {
      for (const open of await this.bookings.findOpenOfUser(userId, em))
        await this.parks.returnPlaces(open.slotId, open.partySize, em);
      await this.bookings.deleteAllOfUser(userId, em);
    });
    this.erasure.registerExport('visitBookings', async (userId) => {
      const rows = await this.bookings.findAllOfUser(userId);
      const [parks, slots] = await Promise.all([
        this.parks.findByIds([...new Set(rows.map((r) => r.parkId))]),
        this.parks.findSlotsByIds([...new Set(rows.map((r) => r.slotId))]),
      ]);
      const parkName = new Map(parks.map((p) => [p.id, p.name]));
      const slotStart = new Map(slots.map((s) => [s.id, s.startsAt]));
      return rows.map((r) => ({
        park: parkName.get(r.parkId) ?? `#${r.parkId}`,
        startsAt: (slotStart.get(r.slotId) ?? r.createdAt).toISOString(),
        partySize: r.partySize,
        contactPhone: r.contactPhone,
        message: r.message,
        status: r.status,
        createdAt: r.createdAt.toISOString(),
      }));
    });
  }

  async book(userId: number, parkId: number, input: BookVisit): Promise<VisitBooking> {
    const now = this.clock.now();
    const { booking, park, slot } = await this.dataSource.transaction(async (em) => {
      const park = await this.parks.findById(parkId, em);
      if (!park) throw AppException.notFound('PARK_NOT_FOUND', `park ${parkId}`);
      const slot = await this.parks.findSlotById(input.slotId, em);
      if (!slot || slot.parkId !== parkId)
        throw AppException.notFound('VISIT_SLOT_NOT_FOUND', `slot ${input.slotId} of park ${parkId}`);
      if (slot.startsAt.getTime() <= now.getTime())
        throw AppException.conflict('VISIT_SLOT_PAST', `slot ${slot.id} started`);
      const earlier = await this.bookings.findBySlotAndUser(slot.id, userId, em);
      if (earlier && OPEN.includes(earlier.status))
        throw AppException.conflict('VISIT_ALREADY_BOOKED', `booking ${earlier.id}`);
      if (!(await this.parks.takePlaces(slot.id, input.partySize, em))) {
        throw AppException.conflict('VISIT_SLOT_FULL', `slot ${slot.id}: ${input.partySize} wanted`);
      }
      const values: Partial<VisitBookingEntity> = {
        partySize: input.partySize,
        contactPhone: input.contactPhone,
        message: input.message,
        status: 'pending',
        responseNote: null,
        respondedBy: null,
        respondedAt: null,
        createdAt: now,
      };
      let booking: VisitBookingEntity;
      if (earlier) {
        // Booking again after a cancellation or a decline: the same row comes back to life, if nobody beat us to it.
        if (!(await this.bookings.transition(earlier.id, CLOSED, values, em))) {
          throw AppException.conflict('VISIT_ALREADY_BOOKED', `booking ${earlier.id} reopened meanwhile`);
        }
        booking = { ...earlier, ...values } as VisitBookingEntity;
      } else {
        try {
          booking = await this.bookings.insert({ ...values, slotId: slot.id, parkId, userId }, em);
        } catch (err) {
          // Two requests of the same visitor for the same slot: the unique index lets one through.
          if (isUniqueViolation(err)) throw AppException.conflict('VISIT_ALREADY_BOOKED', `slot ${slot.id} raced`);
          throw err;
        }
      }
      await this.audit.insert(
        {
          actorId: userId,
          action: 'visit_booking.create',
          entityType: ENTITY_TYPE,
          entityId: booking.id,
          detail: { parkId, slotId: slot.id, partySize: input.partySize, rebooked: Boolean(earlier) },
        },
        em,
      );
      return { booking, park, slot };
    });
    const [visitor] = await this.bookings.findUsersByIds([userId]);
    return toVisitBooking(booking, park, slot, visitor?.displayName ?? '', 'visitor');
  }

  async listMine(userId: number, query: BookingListQuery): Promise<Page<VisitBooking>> {
    const [rows, total] = await this.bookings.findPageForUser({ userId, status: query.status, ...window(query) });
    return pageOf(await this.present(rows, 'visitor'), total, query);
  }

  /** The visitor cancels a pending or confirmed visit before it starts; the places go back to the slot. */
  async cancel(userId: number, bookingId: number): Promise<VisitBooking> {
    const updated = await this.dataSource.transaction(async (em) => {
      const booking = await this.bookings.findById(bookingId, em);
      if (!booking || booking.userId !== userId)
        throw AppException.notFound('BOOKING_NOT_FOUND', `booking ${bookingId}`);
      await this.requireNotStarted(booking.slotId, em);
      return this.move(booking, 'cancelled', { status: 'cancelled' }, userId, em);
    });
    return (await this.present([updated], 'visitor'))[0] as VisitBooking;
  }

  /** Staff see every booking; an operator's members see those of the parks it runs; others see none. */
  async listForHost(user: AuthUser, query: BookingListQuery): Promise<Page<VisitBooking>> {
    const scope = await hostScopeOf(user, this.organizations);
    const empty = pageOf([], 0, query);
    if (scope.kind === 'none') return empty;
    const [rows, total] =
      scope.kind === 'all'
        ? await this.bookings.findPage({ status: query.status, ...window(query) })
        : await this.bookings.findPageForOperator({
            organizationId: scope.organizationId,
            status: query.status,
            ...window(query),
          });
    return pageOf(await this.present(rows, 'host'), total, query);
  }

  /** The host confirms or declines a pending visit; a decline gives the places back. */
  async respond(user: AuthUser, bookingId: number, input: RespondBooking): Promise<VisitBooking> {
    const scope = await hostScopeOf(user, this.organizations);
    const updated = await this.dataSource.transaction(async (em) => {
      const booking = await this.bookings.findById(bookingId, em);
      const park = booking ? await this.parks.findById(booking.parkId, em) : null;
      // Someone else's booking is as good as missing: its existence is not theirs to know.
      if (!booking || !park || !hosts(scope, park.operatorOrganizationId)) {
        throw AppException.notFound('BOOKING_NOT_FOUND', `booking ${bookingId} not hosted by user ${user.id}`);
      }
      await this.requireNotStarted(booking.slotId, em);
      return this.move(
        booking,
        input.decision,
        { status: input.decision, responseNote: input.note, respondedBy: user.id, respondedAt: this.clock.now() },
        user.id,
        em,
      );
    });
    return (await this.present([updated], 'host'))[0] as VisitBooking;
  }

  private async requireNotStarted(slotId: number, em: EntityManager): Promise<void> {
    const slot = await this.parks.findSlotById(slotId, em);
    if (!slot || slot.startsAt.getTime() <= this.clock.now().getTime()) {
      throw AppException.conflict('VISIT_SLOT_PAST', `slot ${slotId} started`);
    }
  }

  /**
   * One state change with its audit entry. Confirming and declining start from pending, cancelling from pending
   * or confirmed; leaving an open state gives the places back, once, even when two changes race.
   */
  private async move(
    booking: VisitBookingEntity,
    to: Exclude<BookingStatus, 'pending'>,
    values: Partial<VisitBookingEntity>,
    actorId: number,
    em: EntityManager,
  ): Promise<VisitBookingEntity> {
    const from: BookingStatus[] = to === 'cancelled' ? OPEN : ['pending'];
    if (!from.includes(booking.status) || !(await this.bookings.transition(booking.id, from, values, em))) {
      throw AppException.conflict('BOOKING_INVALID_TRANSITION', `${booking.status} → ${to}`);
    }
    if (to !== 'confirmed') await this.parks.returnPlaces(booking.slotId, booking.partySize, em);
    await this.audit.insert(
      {
        actorId,
        action: `visit_booking.${to === 'cancelled' ? 'cancel' : to === 'confirmed' ? 'confirm' : 'decline'}`,
        entityType: ENTITY_TYPE,
        entityId: booking.id,
        detail: { from: booking.status, slotId: booking.slotId, partySize: booking.partySize },
      },
      em,
    );
    return { ...booking, ...values } as VisitBookingEntity;
  }

  /** Bookings with their park, slot and visitor name: three more statements for the whole page. */
  private async present(rows: VisitBookingEntity[], viewer: BookingViewer): Promise<VisitBooking[]> {
    if (rows.length === 0) return [];
    const unique = (ids: number[]) => [...new Set(ids)];
    const [parks, slots, users] = await Promise.all([
      this.parks.findByIds(unique(rows.map((r) => r.parkId))),
      this.parks.findSlotsByIds(unique(rows.map((r) => r.slotId))),
      this.bookings.findUsersByIds(unique(rows.map((r) => r.userId))),
    ]);
    const parkById = new Map<number, ParkEntity>(parks.map((p) => [p.id, p]));
    const slotById = new Map<number, VisitSlotEntity>(slots.map((s) => [s.id, s]));
    const nameById = new Map(users.map((u) => [u.id, u.displayName]));
    return rows.flatMap((r) => {
      const park = parkById.get(r.parkId);
      const slot = slotById.get(r.slotId);
      return park && slot ? [toVisitBooking(r, park, slot, nameById.get(r.userId) ?? '', viewer)] : [];
    });
  }
}
