import { Injectable } from '@nestjs/common';
import { financeInputObject, parkInputObject, usccCheckCharacter } from '@ihaigui/shared';
import type { Clock } from '../common/clock';
import { addDays, endOfLocalDate, localDate } from '../common/time/local-date';
import { FinanceService } from '../finance/finance.service';
// Seed: park operators and finance providers are inserted already verified.
import { OrganizationRepository } from '../organization/organization.repository';
import { ParkService } from '../park/park.service';
import { DEMO_FINANCE_PROVIDERS, DEMO_FINANCE_SERVICES } from './demo-finance';
import { DEMO_PARK_OPERATORS, DEMO_PARKS, type DemoOrganization, type DemoSlot } from './demo-parks';
import { DEMO_PROVIDER_USCC } from './demo-personas.seed';

const HOUR_MS = 3600 * 1000;
const VISIT_LENGTH_MS = 1.5 * HOUR_MS;

/** Start and end of a demo slot: the n-th weekday after the local date of `now`, at the given local hour. */
export function demoSlotTimes(now: Date, slot: DemoSlot): { startsAt: string; endsAt: string } {
  let date = localDate(now);
  for (let weekdays = 0; weekdays < slot.weekday;) {
    date = addDays(date, 1);
    const dayOfWeek = new Date(`${date}T00:00:00.000Z`).getUTCDay();
    if (dayOfWeek !== 0 && dayOfWeek !== 6) weekdays += 1;
  }
  // Local midnight of `date` is the end of the day before.
  const start = endOfLocalDate(addDays(date, -1)).getTime() + slot.hour * HOUR_MS;
  return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + VISIT_LENGTH_MS).toISOString() };
}

/**
 * Parks with visit slots and finance services for a newcomer's first start. Everything goes through the same
 * services staff use, so the data is validated, audited and indexed for search like staff input.
 */
@Injectable()
export class DemoParksFinanceSeed {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly parks: ParkService,
    private readonly finance: FinanceService,
  ) {}

  /** `policyIds` maps the demo policy keys to the ids the policy seed created; unknown keys are skipped. */
  async run(clock: Clock, policyIds: ReadonlyMap<string, number>): Promise<number> {
    const now = clock.now();
    const provider = await this.organizations.findByUscc(DEMO_PROVIDER_USCC);
    if (!provider) throw new Error('the provider persona must be seeded before parks and finance');
    const orgIds = new Map<string, number>([['provider', provider.id]]);
    for (const org of [...DEMO_PARK_OPERATORS, ...DEMO_FINANCE_PROVIDERS])
      orgIds.set(org.key, await this.organization(org, now));

    for (const demo of DEMO_PARKS) {
      const { key: _key, operator, policies, slots, ...fields } = demo;
      const input = parkInputObject.parse({
        ...fields,
        operatorOrganizationId: operator ? orgIds.get(operator) : null,
        linkedPolicyIds: policies.flatMap((k) => (policyIds.has(k) ? [policyIds.get(k) as number] : [])),
      });
      const park = await this.parks.create(input, null);
      for (const slot of slots) {
        await this.parks.createSlot(
          park.id,
          { ...demoSlotTimes(now, slot), capacity: slot.capacity, note: slot.note ?? null },
          null,
        );
      }
    }

    for (const demo of DEMO_FINANCE_SERVICES) {
      const { key: _key, provider: providerKey, ...fields } = demo;
      await this.finance.create(
        financeInputObject.parse({ ...fields, providerOrganizationId: orgIds.get(providerKey) }),
        null,
      );
    }
    return DEMO_PARKS.length + DEMO_FINANCE_SERVICES.length;
  }

  /** A fictional verified organisation; reused if an interrupted earlier run already created it. */
  private async organization(org: DemoOrganization, now: Date): Promise<number> {
    const uscc = org.usccBody + usccCheckCharacter(org.usccBody);
    const existing = await this.organizations.findByUscc(uscc);
    if (existing) return existing.id;
    const created = await this.organizations.insert({
      name: org.name,
      uscc,
      type: org.type,
      industry: org.industry,
      district: org.district,
      contactName: org.contactName,
      contactPhone: org.contactPhone,
      status: 'verified',
      verifiedAt: now,
    });
    return created.id;
  }
}
