import {
  decodeTagSet,
  INDUSTRIES,
  maskPhone,
  type ParkDetail,
  type ParkSummary,
  type PolicySummary,
  type VisitBooking,
  type VisitSlot,
} from '@ihaigui/shared';
import type { ParkEntity, VisitBookingEntity, VisitSlotEntity } from './park.entity';

const E6 = 1_000_000;

export const toE6 = (degrees: number): number => Math.round(degrees * E6);

export function toParkSummary(p: ParkEntity): ParkSummary {
  return {
    id: p.id,
    name: p.name,
    nameEn: p.nameEn,
    district: p.district,
    address: p.address,
    addressEn: p.addressEn,
    latitude: p.latitudeE6 / E6,
    longitude: p.longitudeE6 / E6,
    areaSqm: p.areaSqm,
    spaceAvailableSqm: p.spaceAvailableSqm,
    industries: decodeTagSet(p.industries, INDUSTRIES),
    photos: p.photos,
  };
}

export function toParkDetail(p: ParkEntity, policies: PolicySummary[], slots: VisitSlot[]): ParkDetail {
  return {
    ...toParkSummary(p),
    facilities: p.facilities,
    facilitiesEn: p.facilitiesEn,
    intro: p.intro,
    introEn: p.introEn,
    contactName: p.contactName,
    contactPhone: p.contactPhone,
    operatorOrganizationId: p.operatorOrganizationId,
    policies,
    slots,
  };
}

export function toVisitSlot(s: VisitSlotEntity): VisitSlot {
  return {
    id: s.id,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    capacity: s.capacity,
    booked: s.booked,
    remaining: Math.max(0, s.capacity - s.booked),
    note: s.note,
  };
}

/** Who is looking at a booking decides whether the visitor's number is shown whole. */
export type BookingViewer = 'visitor' | 'host';

/**
 * The visitor always sees their own number. The host sees it while the visit is open (pending or confirmed) and
 * may need to call; once it is declined or cancelled there is nothing left to arrange, so it is masked.
 */
export function revealsVisitorPhone(viewer: BookingViewer, status: VisitBooking['status']): boolean {
  return viewer === 'visitor' || status === 'pending' || status === 'confirmed';
}

export function toVisitBooking(
  b: VisitBookingEntity,
  park: Pick<ParkEntity, 'id' | 'name' | 'nameEn' | 'address'>,
  slot: Pick<VisitSlotEntity, 'id' | 'startsAt' | 'endsAt'>,
  visitorName: string,
  viewer: BookingViewer,
): VisitBooking {
  return {
    id: b.id,
    park: { id: park.id, name: park.name, nameEn: park.nameEn, address: park.address },
    slot: { id: slot.id, startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString() },
    partySize: b.partySize,
    status: b.status,
    message: b.message,
    responseNote: b.responseNote,
    visitor: {
      displayName: visitorName,
      contactPhone: revealsVisitorPhone(viewer, b.status) ? b.contactPhone : (maskPhone(b.contactPhone) ?? ''),
    },
    createdAt: b.createdAt.toISOString(),
    respondedAt: b.respondedAt ? b.respondedAt.toISOString() : null,
  };
}
