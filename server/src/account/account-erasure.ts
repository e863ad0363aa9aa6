import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MyDataExport } from '@ihaigui/shared';

/** The person whose account is deleted: the names others may have seen them under (display name, profile name). */
export interface ErasedPerson {
  userId: number;
  names: string[];
}

/** What a feature does to a user's personal data when the account is deleted; runs inside the deletion transaction. */
export type Eraser = (userId: number, manager: EntityManager, person: ErasedPerson) => Promise<void>;

/** The parts of "download my data" that other features hold. */
export type ExportSections = Pick<
  MyDataExport,
  | 'savedPolicies'
  | 'savedPositions'
  | 'visitBookings'
  | 'financeRequests'
  | 'applications'
  | 'projects'
  | 'intentions'
  | 'eventRegistrations'
  | 'challengeResponses'
  | 'notifications'
  | 'consultations'
>;
type Exporter<K extends keyof ExportSections> = (userId: number) => Promise<ExportSections[K]>;

/**
 * Features that keep personal data of their own (bookmarks, visit bookings, contact requests…) register an eraser
 * (and an exporter) here when they start, so account deletion and the data export reach them without the account
 * feature knowing each one.
 */
@Injectable()
export class AccountErasure {
  private readonly erasers = new Map<string, Eraser>();

  register(feature: string, eraser: Eraser): void {
    this.erasers.set(feature, eraser);
  }

  private readonly exporters: { [K in keyof ExportSections]?: Exporter<K> } = {};

  registerExport<K extends keyof ExportSections>(section: K, exporter: Exporter<K>): void {
    (this.exporters as Record<K, Exporter<K>>)[section] = exporter;
  }

  /** Runs every feature's eraser; `names` are the ones the person went by, read before the account was anonymised. */
  async eraseAll(userId: number, manager: EntityManager, names: string[] = []): Promise<void> {
    const person = { userId, names: [...new Set(names.map((n) => n.trim()).filter(Boolean))] };
    for (const eraser of this.erasers.values()) await eraser(userId, manager, person);
  }

  async exportAll(userId: number): Promise<ExportSections> {
    const [
      savedPolicies,
      savedPositions,
      visitBookings,
      financeRequests,
      applications,
      projects,
      intentions,
      eventRegistrations,
      challengeResponses,
      notifications,
      consultations,
    ] = await Promise.all([
      this.exporters.savedPolicies?.(userId) ?? [],
      this.exporters.savedPositions?.(userId) ?? [],
      this.exporters.visitBookings?.(userId) ?? [],
      this.exporters.financeRequests?.(userId) ?? [],
      this.exporters.applications?.(userId) ?? [],
      this.exporters.projects?.(userId) ?? [],
      this.exporters.intentions?.(userId) ?? [],
      this.exporters.eventRegistrations?.(userId) ?? [],
      this.exporters.challengeResponses?.(userId) ?? [],
      this.exporters.notifications?.(userId) ?? [],
      this.exporters.consultations?.(userId) ?? [],
    ]);
    return {
      savedPolicies,
      savedPositions,
      visitBookings,
      financeRequests,
      applications,
      projects,
      intentions,
      eventRegistrations,
      challengeResponses,
      notifications,
      consultations,
    };
  }
}
