import * as fs from 'node:fs';
import { DataSource } from 'typeorm';
import { notificationPageSchema } from '@ihaigui/shared';
import { PRIVACY_POLICY_VERSION } from '../../server/src/account/privacy-policy';
import { UserEntity } from '../../server/src/account/user.entity';
import { personaTokens } from './support/personas';
import { createTestDatabase, type Dialect, DIALECTS, startTestApp, type TestApp } from './support/test-app';

describe.each(DIALECTS)('what an erased account leaves behind on %s', (dialect: Dialect) => {
  let t: TestApp;
  let sqliteFile: string | null = null;
  let tokens: Record<string, string>;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    const db = await createTestDatabase(dialect);
    sqliteFile = db.url.startsWith('sqlite:') ? db.url.slice('sqlite:'.length) : null;
    const started = await startTestApp(dialect, {
      database: db,
      env: { SEED_DEMO: 'true', RATE_LIMIT_AUTH_PER_MINUTE: '1000', RATE_LIMIT_SENSITIVE_PER_MINUTE: '1000' },
    });
    t = { ...started, close: async () => (await started.close(), await db.drop()) } as TestApp;
    tokens = await personaTokens(t, ['enterprise']);
  });
  afterAll(() => t?.close());

  it('scrubs the name from other users’ messages and, on SQLite, from the database file', async () => {
    const secret = {
      username: 'erasable_qiu',
      displayName: '邱望舒',
      profileName: '邱望舒博士',
      phone: '13987654321',
      school: 'Eidgenoessische Hochschule Zwischenort',
    };
    const registered = await t.http
      .post('/api/v1/auth/register')
      .send({
        username: secret.username,
        password: 'a long pass for qiu 2026',
        role: 'talent',
        displayName: secret.displayName,
      })
      .expect(201);
    const token = registered.body.accessToken as string;
    await t.http
      .post('/api/v1/me/consent')
      .set(auth(token))
      .send({ policyVersion: PRIVACY_POLICY_VERSION })
      .expect(200);
    await t.http
      .put('/api/v1/me/talent-profile')
      .set(auth(token))
      .send({
        name: secret.profileName,
        nationality: '中国',
        studyCountry: '瑞士',
        degree: 'phd',
        school: secret.school,
        major: 'Physics',
        field: '量子计算',
        returnYear: 2025,
        intent: 'startup',
        visibility: 'public',
      })
      .expect(200);
    await t.http.put('/api/v1/me/phone').set(auth(token)).send({ phone: secret.phone }).expect(200);
    const enterprise = (await t.http.get('/api/v1/me').set(auth(tokens.enterprise)).expect(200)).body;
    await t.http
      .post('/api/v1/me/intentions')
      .set(auth(token))
      .send({ organizationId: enterprise.organization.id, note: '希望与贵司合作量子传感项目。' })
      .expect(201);
    const inbox = async () =>
      notificationPageSchema.parse(
        (await t.http.get('/api/v1/me/notifications?pageSize=50').set(auth(tokens.enterprise)).expect(200)).body,
      ).items;
    const told = (await inbox()).filter((n) => n.body.zh.includes(secret.displayName));
    expect(told).toHaveLength(1);
    const userId = registered.body.user.id as number;
    const hash = (await t.app.get(DataSource).getRepository(UserEntity).findOneByOrFail({ id: userId })).passwordHash;

    await t.http.delete('/api/v1/me').set(auth(token)).expect(204);

    // Other users' inboxes keep the message, with a placeholder for the person.
    const after = (await inbox()).find((n) => n.id === told[0].id);
    expect(after?.body.zh).not.toContain(secret.displayName);
    expect(after?.body.zh).toContain('已注销用户');
    const rows: Array<Record<string, string>> = await t.app
      .get(DataSource)
      .query('SELECT titleZh, titleEn, bodyZh, bodyEn FROM notification');
    expect(JSON.stringify(rows)).not.toContain(secret.displayName);

    // SQLite: secure_delete and a truncated write-ahead log leave none of it in the files.
    if (sqliteFile) {
      const bytes = Buffer.concat(
        [sqliteFile, `${sqliteFile}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)),
      );
      for (const value of [...Object.values(secret), hash as string]) {
        expect({ value, found: bytes.includes(Buffer.from(value)) }).toEqual({ value, found: false });
      }
    }
  });
});
