import * as http from 'node:http';
import { deflateRawSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '../../server/src/account/demo-personas';
import { PRIVACY_POLICY_VERSION } from '../../server/src/account/privacy-policy';
import { ChallengeEntity, ChallengeResponseEntity } from '../../server/src/challenge/challenge.entity';
import { NotificationEntity } from '../../server/src/notification/notification.entity';
import { DIALECTS, startTestApp, type TestApp } from './support/test-app';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x20), Buffer.from('\n%%EOF\n')]);

/** A zip archive of stored (uncompressed) entries whose central directory declares `declaredSize` for each. */
function zipArchive(names: string[], declaredSize: number): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const fileName = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(declaredSize, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName);
    centrals.push(central, fileName);
    offset += local.length + fileName.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A raw GET, so the answer to a request the HTTP parser refuses can be read as it arrives. */
function rawGet(app: TestApp, path: string): Promise<{ status: number; body: string }> {
  const { port } = app.app.getHttpServer().address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
  });
}

describe.each(DIALECTS)('security limits on %s', (dialect) => {
  let t: TestApp;
  let client = 0;
  /** Each test speaks from its own address (TRUST_PROXY is on), so limits of one do not touch another. */
  const from = () => ({ 'X-Forwarded-For': `10.9.${Math.floor(client / 250)}.${(client++ % 250) + 1}` });

  beforeAll(async () => {
    t = await startTestApp(dialect, {
      env: {
        SEED_DEMO: 'true',
        TRUST_PROXY: 'true',
        LOGIN_MAX_FAILURES: '3',
        RATE_LIMIT_AUTH_PER_MINUTE: '100000',
        RATE_LIMIT_SENSITIVE_PER_MINUTE: '100000',
        RATE_LIMIT_PUBLIC_PER_MINUTE: '20',
        IMPORT_MAX_ENTRIES: '50',
        IMPORT_MAX_UNCOMPRESSED_BYTES: String(20 * 1024 * 1024),
      },
    });
    await t.app.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await t?.close();
  });

  async function signIn(persona: string): Promise<{ accessToken: string; refreshToken: string }> {
    const res = await t.http.post('/api/v1/auth/dev-login').set(from()).send({ persona }).expect(200);
    return res.body;
  }

  it('L1: repeated wrong passwords slow that client down; the owner elsewhere still signs in; no user enumeration', async () => {
    const attacker = from();
    const answers: Array<{ status: number; code: string; retryAfter?: string }> = [];
    for (const username of ['demo_talent', 'nobody_by_this_name']) {
      for (let i = 0; i < 4; i += 1) {
        const res = await t.http
          .post('/api/v1/auth/login')
          .set(attacker)
          .send({ username, password: `wrong-${i}-password` });
        answers.push({ status: res.status, code: res.body.code, retryAfter: res.headers['retry-after'] });
      }
    }
    const known = answers.slice(0, 4);
    const unknown = answers.slice(4);
    expect(known.map((a) => a.status)).toEqual([401, 401, 401, 429]);
    expect(unknown.map((a) => a.status)).toEqual(known.map((a) => a.status));
    expect(unknown.map((a) => a.code)).toEqual(known.map((a) => a.code));
    expect(Number(known[3].retryAfter)).toBeGreaterThanOrEqual(1);
    expect(answers.some((a) => a.status === 423 || a.status === 409)).toBe(false);

    // The right password from the throttled client waits too, but the owner from another address is let in.
    await t.http
      .post('/api/v1/auth/login')
      .set(attacker)
      .send({ username: 'demo_talent', password: DEMO_PASSWORD })
      .expect(429);
    await t.http
      .post('/api/v1/auth/login')
      .set(from())
      .send({ username: 'demo_talent', password: DEMO_PASSWORD })
      .expect(200);
  });

  it('L2: an xlsx that unpacks to more than the limit is refused, whatever its directory declares', async () => {
    const staff = await signIn('staff');
    // One deflated entry of 200 MB of zeros (about 200 KB packed) whose directory and local header declare 10 bytes.
    const content = deflateRawSync(Buffer.alloc(200 * 1024 * 1024));
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(content.length, 18);
    local.writeUInt32LE(10, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(content.length, 20);
    central.writeUInt32LE(10, 24);
    central.writeUInt16LE(name.length, 28);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(central.length + name.length, 12);
    end.writeUInt32LE(local.length + name.length + content.length, 16);
    const liar = Buffer.concat([local, name, content, central, name, end]);
    const refused = await t.http
      .post('/api/v1/staff/policies/import')
      .set(auth(staff.accessToken))
      .attach('file', liar, 'policies.xlsx')
      .expect(413);
    expect(refused.body.code).toBe('IMPORT_FILE_TOO_COMPLEX');
  });

  it('L2: an xlsx whose directory declares gigabytes or too many parts is refused before it is unpacked', async () => {
    const staff = await signIn('staff');
    const bomb = zipArchive(['[Content_Types].xml', 'xl/workbook.xml'], 0xfffffff0);
    expect(bomb.length).toBeLessThan(1024);
    const refused = await t.http
      .post('/api/v1/staff/policies/import')
      .set(auth(staff.accessToken))
      .attach('file', bomb, 'policies.xlsx')
      .expect(413);
    expect(refused.body.code).toBe('IMPORT_FILE_TOO_COMPLEX');

    const manyParts = zipArchive(
      Array.from({ length: 60 }, (_, i) => `xl/part${i}.xml`),
      10,
    );
    const tooMany = await t.http
      .post('/api/v1/staff/policies/import')
      .set(auth(staff.accessToken))
      .attach('file', manyParts, 'policies.xlsx')
      .expect(413);
    expect(tooMany.body.code).toBe('IMPORT_FILE_TOO_COMPLEX');
  });

  it('L3: public lists and search are limited per client, search and matching weighted by their cost', async () => {
    const flooder = from();
    for (let i = 0; i < 4; i += 1) await t.http.get('/api/v1/search?q=人才').set(flooder).expect(200);
    const limited = await t.http.get('/api/v1/search?q=人才').set(flooder).expect(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    await t.http.get('/api/v1/positions').set(flooder).expect(429);
    // Another client is not affected; cheap lists cost one point each.
    const other = from();
    for (let i = 0; i < 20; i += 1) await t.http.get('/api/v1/positions').set(other).expect(200);
    await t.http.get('/api/v1/positions').set(other).expect(429);
  });

  it('L4: a 1,000-character CV file name is stored shortened, not a server error', async () => {
    const registered = await t.http
      .post('/api/v1/auth/register')
      .set(from())
      .send({ username: 'long_name_cv', password: 'long name 42 password', role: 'talent', displayName: 'L' })
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
        name: '龙名',
        nationality: '中国',
        studyCountry: '英国',
        degree: 'master',
        school: 'University of Edinburgh',
        major: 'Data Science',
        field: '人工智能',
        returnYear: 2025,
        intent: 'job',
      })
      .expect(200);
    const name = `${'简'.repeat(400)}${'𠀀'.repeat(100)}${'a'.repeat(500)}.pdf`;
    const uploaded = await t.http
      .post('/api/v1/me/talent-profile/cv')
      .set(auth(token))
      .attach('file', PDF, name)
      .expect(200);
    const stored = uploaded.body.cv.fileName as string;
    expect(Array.from(stored).length).toBeLessThanOrEqual(120);
    expect(stored.endsWith('.pdf')).toBe(true);
    expect(stored.startsWith('简简简')).toBe(true);
    const profile = await t.http.get('/api/v1/me/talent-profile').set(auth(token)).expect(200);
    expect(profile.body.cv.fileName).toBe(stored);
  });

  it('L5: after logout the access token stops working', async () => {
    const session = await signIn('enterprise');
    await t.http.get('/api/v1/me').set(auth(session.accessToken)).expect(200);
    await t.http
      .post('/api/v1/auth/logout')
      .set(auth(session.accessToken))
      .send({ refreshToken: session.refreshToken })
      .expect(204);
    const after = await t.http.get('/api/v1/me').set(auth(session.accessToken)).expect(401);
    expect(after.body.code).toBe('UNAUTHENTICATED');
    // Another session of the same user is untouched.
    const other = await signIn('enterprise');
    await t.http.get('/api/v1/me').set(auth(other.accessToken)).expect(200);
  });

  it('L5: two parallel refreshes with one token: one wins, the other gets 401, and the session ends', async () => {
    for (let round = 0; round < 3; round += 1) {
      const session = await signIn('talent');
      const results = await Promise.all(
        [0, 1].map(() => t.http.post('/api/v1/auth/refresh').set(from()).send({ refreshToken: session.refreshToken })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
      const winner = results.find((r) => r.status === 200)!.body as { accessToken: string; refreshToken: string };
      // The same token was presented twice: the whole session is revoked, the winner's new tokens included.
      await t.http.post('/api/v1/auth/refresh').set(from()).send({ refreshToken: winner.refreshToken }).expect(401);
      await t.http.get('/api/v1/me').set(auth(winner.accessToken)).expect(401);
    }
  });

  it('L6: control characters in search text are refused, never a match-everything pattern', async () => {
    for (const list of ['positions', 'projects', 'challenges']) {
      const res = await t.http.get(`/api/v1/${list}?q=%00`).set(from()).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
    await t.http.get('/api/v1/search?q=%00').set(from()).expect(400);
    // A control character inside words is a space; an escaped % matches only a literal %.
    const all = await t.http.get('/api/v1/positions?pageSize=50').set(from()).expect(200);
    const withNul = await t.http.get('/api/v1/positions?q=%E5%B7%A5%00').set(from()).expect(200);
    expect(withNul.body.total).toBeLessThan(all.body.total);
    const percent = await t.http.get('/api/v1/positions?q=%25').set(from()).expect(200);
    expect(percent.body.total).toBeLessThan(all.body.total);
  });

  it('L7: over-long URLs get the error shape with a code, and a 64 KB URL an answer, not a reset', async () => {
    const long = await t.http
      .get(`/api/v1/positions?q=${'a'.repeat(10_000)}`)
      .set(from())
      .expect(414);
    expect(long.body).toMatchObject({ statusCode: 414, code: 'URL_TOO_LONG' });
    expect(long.body.requestId).toEqual(expect.any(String));

    const huge = await rawGet(t, `/api/v1/positions?q=${'b'.repeat(64 * 1024)}`);
    expect(huge.status).toBe(414);
    expect(JSON.parse(huge.body)).toMatchObject({ code: 'URL_TOO_LONG' });

    const beyond = await rawGet(t, `/api/v1/positions?q=${'c'.repeat(200 * 1024)}`);
    expect(beyond.status).toBe(431);
    expect(JSON.parse(beyond.body)).toMatchObject({ statusCode: 431, code: 'HEADERS_TOO_LARGE' });
  });

  it('L8: "my data" includes challenge responses and notifications', async () => {
    const registered = await t.http
      .post('/api/v1/auth/register')
      .set(from())
      .send({ username: 'export_me', password: 'export me 42 password', role: 'talent', displayName: 'E' })
      .expect(201);
    const token = registered.body.accessToken as string;
    const userId = registered.body.user.id as number;
    const db = t.app.get(DataSource);
    // A demo challenge: a response must answer one that exists (foreign key).
    const [challenge] = await db.getRepository(ChallengeEntity).find({ order: { id: 'ASC' }, take: 1 });
    if (!challenge) throw new Error('the demo seed has no challenge');
    await db.getRepository(ChallengeResponseEntity).save({
      challengeId: challenge.id,
      organizationId: challenge.organizationId,
      userId,
      projectId: null,
      proposal: '我的揭榜方案',
      status: 'submitted',
      intentionId: null,
    });
    await db.getRepository(NotificationEntity).save({
      userId,
      kind: 'application_status',
      titleZh: '通知标题',
      titleEn: 'A title',
      bodyZh: '通知内容',
      bodyEn: 'The body',
      linkPage: null,
      linkId: null,
      readAt: null,
      createdAt: new Date(),
    });
    const exported = await t.http.get('/api/v1/me/export').set(auth(token)).expect(200);
    expect(exported.body.challengeResponses).toEqual([
      expect.objectContaining({ challengeId: challenge.id, proposal: '我的揭榜方案', status: 'submitted' }),
    ]);
    expect(exported.body.notifications).toEqual([
      expect.objectContaining({ titleZh: '通知标题', bodyEn: 'The body', readAt: null }),
    ]);
  });
});
