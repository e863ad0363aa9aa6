import { financeInputObject, isValidUscc, parkInputObject, usccCheckCharacter } from '@ihaigui/shared';
import { DEMO_FINANCE_PROVIDERS, DEMO_FINANCE_SERVICES } from './demo-finance';
import { DEMO_PARK_OPERATORS, DEMO_PARKS } from './demo-parks';
import { demoSlotTimes } from './demo-parks-finance.seed';
import { DEMO_POLICIES } from './demo-policies';

const ORGANIZATION_KEYS = new Set([
  'provider',
  ...DEMO_PARK_OPERATORS.map((o) => o.key),
  ...DEMO_FINANCE_PROVIDERS.map((o) => o.key),
]);

describe('demo parks', () => {
  it('are eight valid staff inputs', () => {
    expect(DEMO_PARKS).toHaveLength(8);
    for (const { key: _key, operator: _operator, policies: _policies, slots: _slots, ...fields } of DEMO_PARKS) {
      expect(() => parkInputObject.parse(fields)).not.toThrow();
    }
  });

  it('link only policies the policy seed creates, and name operators that exist', () => {
    const policyKeys = new Set(DEMO_POLICIES.map((p) => p.key));
    for (const park of DEMO_PARKS) {
      expect(park.policies.filter((k) => !policyKeys.has(k))).toEqual([]);
      if (park.operator) expect(ORGANIZATION_KEYS.has(park.operator)).toBe(true);
    }
    expect(DEMO_PARKS.filter((p) => p.operator === 'provider')).toHaveLength(1);
  });

  it('offer three to six visit slots of 5 to 30 places each', () => {
    for (const park of DEMO_PARKS) {
      expect(park.slots.length).toBeGreaterThanOrEqual(3);
      expect(park.slots.length).toBeLessThanOrEqual(6);
      for (const slot of park.slots) {
        expect(slot.capacity).toBeGreaterThanOrEqual(5);
        expect(slot.capacity).toBeLessThanOrEqual(30);
      }
    }
  });
});

describe('demo slot times', () => {
  // Friday 2026-11-20, 23:30 in Xiamen (UTC+8).
  const fridayNight = new Date('2026-11-20T15:30:00.000Z');

  it('count weekdays from the local date and land on the local hour', () => {
    expect(demoSlotTimes(fridayNight, { weekday: 1, hour: 10, capacity: 5 })).toEqual({
      startsAt: '2026-11-23T02:00:00.000Z',
      endsAt: '2026-11-23T03:30:00.000Z',
    });
    expect(demoSlotTimes(fridayNight, { weekday: 5, hour: 15, capacity: 5 }).startsAt).toBe('2026-11-27T07:00:00.000Z');
    // Just after local midnight it is already Saturday: the next weekday is still Monday.
    expect(demoSlotTimes(new Date('2026-11-20T16:30:00.000Z'), { weekday: 1, hour: 10, capacity: 5 }).startsAt).toBe(
      '2026-11-23T02:00:00.000Z',
    );
  });
});

describe('demo finance services', () => {
  it('are ten valid staff inputs of every kind, from providers that exist', () => {
    expect(DEMO_FINANCE_SERVICES).toHaveLength(10);
    for (const { key: _key, provider, ...fields } of DEMO_FINANCE_SERVICES) {
      expect(ORGANIZATION_KEYS.has(provider)).toBe(true);
      const input = financeInputObject.parse({ ...fields, providerOrganizationId: 1 });
      if (input.amountMin !== null && input.amountMax !== null)
        expect(input.amountMin).toBeLessThanOrEqual(input.amountMax);
    }
    expect(new Set(DEMO_FINANCE_SERVICES.map((s) => s.kind))).toEqual(
      new Set(['fund', 'loan', 'guarantee', 'insurance']),
    );
    expect(DEMO_FINANCE_SERVICES.filter((s) => s.provider === 'provider').length).toBeGreaterThanOrEqual(2);
  });

  it('come from organisations with valid, distinct credit codes', () => {
    const codes = [...DEMO_PARK_OPERATORS, ...DEMO_FINANCE_PROVIDERS].map(
      (o) => o.usccBody + usccCheckCharacter(o.usccBody),
    );
    expect(codes.every(isValidUscc)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
