import { DataSource } from 'typeorm';
import { personaTokens } from './support/personas';
import { DIALECTS, type Dialect, startTestApp, type TestApp } from './support/test-app';

/** A child row's column and the parent table it points at. */
interface Relation {
  child: string;
  column: string;
  parent: string;
  /** A value that means "no parent" rather than pointing at one. */
  none?: number;
}

/**
 * Relations without a declared foreign key (their child rows stay on purpose when the parent could go, or the parent
 * is never deleted): deleting through the paths users have must still leave none of them dangling.
 */
const UNDECLARED: Relation[] = [
  { child: 'project', column: 'ownerId', parent: 'user' },
  { child: 'project', column: 'eventId', parent: 'event' },
  { child: 'project_review', column: 'reviewerId', parent: 'user' },
  { child: 'application', column: 'userId', parent: 'user' },
  { child: 'application', column: 'positionId', parent: 'position' },
  { child: 'application', column: 'organizationId', parent: 'organization' },
  { child: 'intention', column: 'organizationId', parent: 'organization' },
  { child: 'intention', column: 'talentUserId', parent: 'user' },
  { child: 'intention', column: 'projectId', parent: 'project' },
  { child: 'intention', column: 'eventId', parent: 'event' },
  { child: 'intention', column: 'challengeId', parent: 'challenge' },
  // 0: a step of an organisation without member accounts (the park operators), shown under the organisation's name.
  { child: 'intention_step', column: 'actorUserId', parent: 'user', none: 0 },
  { child: 'challenge', column: 'organizationId', parent: 'organization' },
  { child: 'challenge_response', column: 'userId', parent: 'user' },
  { child: 'challenge_response', column: 'projectId', parent: 'project' },
  { child: 'challenge_response', column: 'intentionId', parent: 'intention' },
  { child: 'event_registration', column: 'eventId', parent: 'event' },
  { child: 'event_registration', column: 'userId', parent: 'user' },
  { child: 'roadshow_slot', column: 'eventId', parent: 'event' },
  { child: 'roadshow_slot', column: 'projectId', parent: 'project' },
  { child: 'roadshow_interest', column: 'intentionId', parent: 'intention' },
  { child: 'roadshow_interest', column: 'organizationId', parent: 'organization' },
  { child: 'position', column: 'organizationId', parent: 'organization' },
  { child: 'park_visit_slot', column: 'parkId', parent: 'park' },
  { child: 'park_visit_booking', column: 'slotId', parent: 'park_visit_slot' },
  { child: 'park_visit_booking', column: 'parkId', parent: 'park' },
  { child: 'park_visit_booking', column: 'userId', parent: 'user' },
  { child: 'finance_contact_request', column: 'serviceId', parent: 'finance_service' },
  { child: 'finance_contact_request', column: 'userId', parent: 'user' },
  { child: 'policy_view_day', column: 'policyId', parent: 'policy' },
];

/** Every foreign key the entities declare, read from TypeORM's metadata: child table, column, parent table. */
function declared(dataSource: DataSource): Relation[] {
  return dataSource.entityMetadatas.flatMap((meta) =>
    meta.foreignKeys.map((fk) => ({
      child: meta.tableName,
      column: fk.columnNames[0] as string,
      parent: fk.referencedEntityMetadata.tableName,
    })),
  );
}

async function orphans(dataSource: DataSource, relations: Relation[]): Promise<Record<string, number>> {
  const q = (name: string) => dataSource.driver.escape(name);
  const found: Record<string, number> = {};
  for (const { child, column, parent, none } of relations) {
    const [row] = (await dataSource.query(
      `SELECT COUNT(*) AS n FROM ${q(child)} c WHERE c.${q(column)} IS NOT NULL` +
        `${none === undefined ? '' : ` AND c.${q(column)} <> ${none}`} AND NOT EXISTS ` +
        `(SELECT 1 FROM ${q(parent)} p WHERE p.${q('id')} = c.${q(column)})`,
    )) as Array<{ n: number | string }>;
    if (Number(row?.n) > 0) found[`${child}.${column} → ${parent}`] = Number(row?.n);
  }
  return found;
}

/** Picks about `share` of `items` at random (at least one when there are any). */
function some<T>(items: T[], share: number): T[] {
  const picked = items.filter(() => Math.random() < share);
  return picked.length || !items.length ? picked : [items[Math.floor(Math.random() * items.length)] as T];
}

describe.each(DIALECTS)('no row outlives its parent on %s', (dialect: Dialect) => {
  let t: TestApp;
  let ds: DataSource;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await startTestApp(dialect, {
      env: { SEED_DEMO: 'true', RATE_LIMIT_AUTH_PER_MINUTE: '1000', RATE_LIMIT_SENSITIVE_PER_MINUTE: '1000' },
    });
    ds = t.app.get(DataSource);
  });
  afterAll(() => t?.close());

  it('declares the foreign keys, and SQLite enforces them', async () => {
    const relations = declared(ds);
    expect(relations.length).toBeGreaterThanOrEqual(18);
    if (dialect === 'sqlite') expect(await ds.query('PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
    expect(await orphans(ds, [...relations, ...UNDECLARED])).toEqual({});
  });

  it('leaves no orphan after accounts are erased and content is removed through the API', async () => {
    const tokens = await personaTokens(t, ['talent', 'enterprise', 'provider', 'reviewer', 'staff']);
    // The staff removes roadshow slots and policy attachments where the demo has them (a refusal is fine: a slot
    // with interest may be kept).
    const slots = (await ds.query(`SELECT id, ${ds.driver.escape('eventId')} AS e FROM roadshow_slot`)) as Array<{
      id: number;
      e: number;
    }>;
    for (const slot of some(slots, 0.5)) {
      const res = await t.http.delete(`/api/v1/staff/events/${slot.e}/slots/${slot.id}`).set(auth(tokens.staff));
      expect([200, 204, 409]).toContain(res.status);
    }
    const attachments = (await ds.query(
      `SELECT id, ${ds.driver.escape('policyId')} AS p FROM policy_attachment`,
    )) as Array<{ id: number; p: number }>;
    for (const a of some(attachments, 0.5)) {
      const res = await t.http.delete(`/api/v1/staff/policies/${a.p}/attachments/${a.id}`).set(auth(tokens.staff));
      expect([200, 204]).toContain(res.status);
    }
    // Accounts erased by their owners, in random order.
    for (const persona of some(['talent', 'enterprise', 'provider', 'reviewer'], 0.75)) {
      await t.http
        .delete('/api/v1/me')
        .set(auth(tokens[persona] as string))
        .expect(204);
    }
    expect(await orphans(ds, [...declared(ds), ...UNDECLARED])).toEqual({});
  });

  it('leaves no orphan of a declared key after parents are deleted directly (the keys cascade)', async () => {
    const parents = [...new Set(declared(ds).map((r) => r.parent))];
    const q = (name: string) => ds.driver.escape(name);
    const deleted: Record<string, number> = {};
    for (const parent of parents.sort(() => Math.random() - 0.5)) {
      const ids = ((await ds.query(`SELECT ${q('id')} AS id FROM ${q(parent)}`)) as Array<{ id: number }>).map(
        (r) => r.id,
      );
      const doomed = some(ids, 0.3);
      {
        // Rows also pointed at by relations without a key (kept on purpose) stay; what is checked here is the
        // cascade of the declared keys.
        const free: number[] = [];
        for (const id of doomed) {
          let used = false;
          for (const r of UNDECLARED.filter((u) => u.parent === parent)) {
            const [row] = (await ds.query(`SELECT COUNT(*) AS n FROM ${q(r.child)} WHERE ${q(r.column)} = ?`, [
              id,
            ])) as Array<{ n: number | string }>;
            if (Number(row?.n) > 0) used = true;
          }
          if (!used) free.push(id);
        }
        doomed.splice(0, doomed.length, ...free);
      }
      for (const id of doomed) await ds.query(`DELETE FROM ${q(parent)} WHERE ${q('id')} = ?`, [id]);
      deleted[parent] = doomed.length;
    }
    expect(Object.values(deleted).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(await orphans(ds, declared(ds))).toEqual({});
  });
});
