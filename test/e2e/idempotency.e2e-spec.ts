import { DataSource } from 'typeorm';
import { PRIVACY_POLICY_VERSION } from '../../server/src/account/privacy-policy';
import { IdempotencyKeyEntity } from '../../server/src/common/idempotency/idempotency-key.entity';
import { ProjectEntity } from '../../server/src/project/project.entity';
import { createTestDatabase, DIALECTS, startTestApp, type TestApp, type TestDatabase } from './support/test-app';

const env = { SEED_DEMO: 'false', RATE_LIMIT_AUTH_PER_MINUTE: '100000', RATE_LIMIT_SENSITIVE_PER_MINUTE: '100000' };

function projectInput(name: string) {
  return {
    name,
    field: 'ai',
    originRegion: 'uk',
    teamSize: 4,
    leaderDegree: 'phd',
    stage: 'prototype',
    seeks: ['investment'],
    summary: '基于多模态大模型的工业视觉质检平台，已在两家制造企业试用，准备在本市设立研发中心。',
    details: '核心团队来自英国高校与工业界，拥有三项发明专利申请；计划在火炬高新区设立研发中心并招聘二十人。',
    contact: '林博士 · test@example.com',
    visibility: 'public',
  };
}

describe.each(DIALECTS)('Idempotency-Key on create routes on %s', (dialect) => {
  let db: TestDatabase;
  let a: TestApp;
  let b: TestApp;
  let registered = 0;

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    a = await startTestApp(dialect, { database: db, env });
    b = await startTestApp(dialect, { database: db, env });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
  });

  async function newTalent(): Promise<{ token: string; id: number }> {
    registered += 1;
    const res = await a.http
      .post('/api/v1/auth/register')
      .send({ username: `idem${registered}`, password: `idem-pass-${registered}`, role: 'talent', displayName: '幂等' })
      .expect(201);
    const token = res.body.accessToken as string;
    await a.http
      .post('/api/v1/me/consent')
      .set('Authorization', `Bearer ${token}`)
      .send({ policyVersion: PRIVACY_POLICY_VERSION })
      .expect(200);
    const me = await a.http.get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(200);
    return { token, id: me.body.id as number };
  }

  const createProject = (t: TestApp, token: string, body: object, key?: string) => {
    const req = t.http.post('/api/v1/me/projects').set('Authorization', `Bearer ${token}`);
    if (key) req.set('Idempotency-Key', key);
    return req.send(body);
  };

  const rows = (entity: typeof ProjectEntity | typeof IdempotencyKeyEntity, where: object) =>
    a.app.get(DataSource).getRepository(entity).count({ where });

  it('creates one project from 20 simultaneous retries spread over two instances, all answered alike', async () => {
    const talent = await newTalent();
    const body = projectInput('并发重试项目');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => createProject(i % 2 ? b : a, talent.token, body, 'tap-20-retries')),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(new Set(results.map((r) => JSON.stringify(r.body))).size).toBe(1);
    expect(await rows(ProjectEntity, { ownerId: talent.id })).toBe(1);
    expect(await rows(IdempotencyKeyEntity, { userId: talent.id })).toBe(1);
  });

  it('answers a later retry with the stored first answer, and refuses the key for another request', async () => {
    const talent = await newTalent();
    const first = await createProject(a, talent.token, projectInput('重试项目'), 'tap-later').expect(201);
    const retry = await createProject(b, talent.token, projectInput('重试项目'), 'tap-later').expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');

    const reused = await createProject(a, talent.token, projectInput('另一个项目'), 'tap-later').expect(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const otherRoute = await a.http
      .post('/api/v1/me/projects/' + String(first.body.id) + '/submit')
      .set('Authorization', `Bearer ${talent.token}`)
      .set('Idempotency-Key', 'tap-later')
      .send({});
    expect(otherRoute.status).toBe(200); // not a create: the header is ignored
    expect(await rows(ProjectEntity, { ownerId: talent.id })).toBe(1);

    // Keys belong to their user: another talent's same key creates their own project.
    const other = await newTalent();
    await createProject(a, other.token, projectInput('重试项目'), 'tap-later').expect(201);
    expect(await rows(ProjectEntity, { ownerId: other.id })).toBe(1);
  });

  it('lets a retry run again after the first request failed, and refuses a malformed key', async () => {
    const talent = await newTalent();
    const bad = await createProject(a, talent.token, { ...projectInput('无效'), teamSize: 0 }, 'tap-fail').expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    await createProject(a, talent.token, { ...projectInput('无效'), teamSize: 0 }, 'tap-fail').expect(400);
    // The failed request let go of its key: the corrected request may use it.
    await createProject(a, talent.token, projectInput('改正后的项目'), 'tap-fail').expect(201);
    const malformed = await createProject(a, talent.token, projectInput('坏键'), 'not a key!').expect(400);
    expect(malformed.body.code).toBe('VALIDATION_FAILED');
    expect(await rows(ProjectEntity, { ownerId: talent.id })).toBe(1);
  });

  it('keeps the stored answer across a restart', async () => {
    const talent = await newTalent();
    const first = await createProject(a, talent.token, projectInput('重启前的项目'), 'tap-restart').expect(201);
    await b.close();
    b = await startTestApp(dialect, { database: db, env });
    const retry = await createProject(b, talent.token, projectInput('重启前的项目'), 'tap-restart').expect(201);
    expect(retry.body).toEqual(first.body);
    expect(await rows(ProjectEntity, { ownerId: talent.id })).toBe(1);
  });
});
