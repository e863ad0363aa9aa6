import { DataSource } from 'typeorm';
import { usccCheckCharacter } from '@ihaigui/shared';
import { PRIVACY_POLICY_VERSION } from '../../server/src/account/privacy-policy';
import { DIALECTS, startTestApp, type TestApp } from './support/test-app';

const uscc = (body: string) => body + usccCheckCharacter(body);
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x20), Buffer.from('\n%%EOF\n')]);

describe.each(DIALECTS)('privacy, organisations and the staff console on %s', (dialect) => {
  let t: TestApp;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  async function register(username: string, role: 'talent' | 'enterprise') {
    const res = await t.http
      .post('/api/v1/auth/register')
      .send({ username, password: 'a long pass 2026 phrase', role, displayName: `${username} 名` })
      .expect(201);
    return res.body.accessToken as string;
  }
  async function devLogin(persona: string) {
    return (await t.http.post('/api/v1/auth/dev-login').send({ persona }).expect(200)).body.accessToken as string;
  }

  beforeAll(async () => {
    t = await startTestApp(dialect, {
      env: { SEED_DEMO: 'true', RATE_LIMIT_AUTH_PER_MINUTE: '1000', RATE_LIMIT_SENSITIVE_PER_MINUTE: '1000' },
    });
  });
  afterAll(() => t.close());

  it('browsing public content needs no account', async () => {
    await t.http.get('/api/v1/announcements').expect(200);
    const policy = await t.http.get('/api/v1/privacy-policy').expect(200);
    expect(policy.body.version).toBe(PRIVACY_POLICY_VERSION);
    expect(policy.body.zh).toContain('138****1234');
  });

  it('collects no personal data before consent, then keeps profile, phone and CV for the owner only', async () => {
    const token = await register('talent_pipl', 'talent');
    const profile = {
      name: '张远航',
      nationality: '中国',
      studyCountry: '英国',
      degree: 'master',
      school: 'University of Edinburgh',
      major: 'Data Science',
      field: '人工智能',
      returnYear: 2025,
      intent: 'job',
      visibility: 'private',
    };
    const before = await t.http.put('/api/v1/me/talent-profile').set(auth(token)).send(profile).expect(403);
    expect(before.body.code).toBe('CONSENT_REQUIRED');
    await t.http.put('/api/v1/me/phone').set(auth(token)).send({ phone: '13912345678' }).expect(403);

    const stale = await t.http
      .post('/api/v1/me/consent')
      .set(auth(token))
      .send({ policyVersion: '1999-01' })
      .expect(400);
    expect(stale.body.code).toBe('VALIDATION_FAILED');
    const consented = await t.http
      .post('/api/v1/me/consent')
      .set(auth(token))
      .send({ policyVersion: PRIVACY_POLICY_VERSION })
      .expect(200);
    expect(consented.body.consentCurrent).toBe(true);

    await t.http.put('/api/v1/me/talent-profile').set(auth(token)).send(profile).expect(200);
    const me = await t.http.put('/api/v1/me/phone').set(auth(token)).send({ phone: '13912345678' }).expect(200);
    expect(me.body.phone).toBe('13912345678');

    // CV: judged by content, not by name; size-limited.
    const fake = await t.http
      .post('/api/v1/me/talent-profile/cv')
      .set(auth(token))
      .attach('file', Buffer.from('MZ not a pdf'), 'cv.pdf')
      .expect(400);
    expect(fake.body.code).toBe('CV_NOT_PDF');
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(5 * 1024 * 1024 + 10)]);
    const tooBig = await t.http
      .post('/api/v1/me/talent-profile/cv')
      .set(auth(token))
      .attach('file', big, 'big.pdf')
      .expect(413);
    expect(tooBig.body.code).toBe('CV_TOO_LARGE');
    const uploaded = await t.http
      .post('/api/v1/me/talent-profile/cv')
      .set(auth(token))
      .attach('file', PDF, '../../简历 final.pdf')
      .expect(200);
    expect(uploaded.body.cv).toMatchObject({ fileName: '简历 final.pdf', size: PDF.length });
    const download = await t.http
      .get('/api/v1/me/talent-profile/cv')
      .set(auth(token))
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);

    // The export holds everything, including the profile.
    const exported = await t.http.get('/api/v1/me/export').set(auth(token)).expect(200);
    expect(exported.body.account).toMatchObject({ username: 'talent_pipl', phone: '13912345678' });
    expect(exported.body.talentProfile).toMatchObject({
      name: '张远航',
      school: 'University of Edinburgh',
      cv: { fileName: '简历 final.pdf' },
    });
    expect(exported.body.consents).toEqual([expect.objectContaining({ policyVersion: PRIVACY_POLICY_VERSION })]);

    // The phone number never reaches the logs.
    expect(t.rawLogs.join('\n')).not.toContain('13912345678');

    // Deletion: name and phone gone from the database, sessions dead.
    const userId = me.body.id as number;
    await t.http.delete('/api/v1/me').set(auth(token)).expect(204);
    await t.http.get('/api/v1/me').set(auth(token)).expect(401);
    const ds = t.app.get(DataSource);
    const [row] = await ds.query(
      'SELECT displayName, phone, username, openid, passwordHash, deletedAt FROM `user` WHERE id = ?'.replace(
        /`/g,
        dialect === 'sqlite' ? '"' : '`',
      ),
      [userId],
    );
    expect(row).toMatchObject({ phone: null, username: null, openid: null, passwordHash: null });
    expect(row.displayName).not.toContain('talent_pipl');
    expect(row.deletedAt).not.toBeNull();
    const profiles = await ds.query('SELECT * FROM talent_profile WHERE userId = ?', [userId]);
    expect(profiles).toEqual([]);
    const all = JSON.stringify(await ds.query('SELECT * FROM `user`'.replace(/`/g, dialect === 'sqlite' ? '"' : '`')));
    expect(all).not.toContain('13912345678');
    expect(all).not.toContain('张远航');
    await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'talent_pipl', password: 'a long pass 2026 phrase' })
      .expect(401);
  });

  it('an enterprise registers its organisation; staff reject with a reason, then verify; all of it audited', async () => {
    const token = await register('ent_owner', 'enterprise');
    const body = {
      name: '厦门远航数据科技有限公司',
      uscc: uscc('91350203MA31ABCD2'),
      type: 'enterprise',
      industry: '软件和信息服务',
      district: '思明区',
      contactName: '周经理',
      contactPhone: '13712345678',
    };
    await t.http.post('/api/v1/organizations').set(auth(token)).send(body).expect(403);
    await t.http
      .post('/api/v1/me/consent')
      .set(auth(token))
      .send({ policyVersion: PRIVACY_POLICY_VERSION })
      .expect(200);
    const badCode = await t.http
      .post('/api/v1/organizations')
      .set(auth(token))
      .send({ ...body, uscc: body.uscc.slice(0, 17) + (body.uscc[17] === '0' ? '1' : '0') })
      .expect(400);
    expect(badCode.body.issues[0].path).toBe('uscc');
    const created = await t.http
      .post('/api/v1/organizations')
      .set(auth(token))
      .send({ ...body, uscc: body.uscc.toLowerCase() })
      .expect(201);
    expect(created.body).toMatchObject({ status: 'pending', uscc: body.uscc, contactPhone: '13712345678' });
    const twice = await t.http.post('/api/v1/organizations').set(auth(token)).send(body).expect(409);
    expect(twice.body.code).toBe('ORGANIZATION_ALREADY_MEMBER');

    const staff = await devLogin('staff');
    const queue = await t.http.get('/api/v1/staff/organizations?status=pending').set(auth(staff)).expect(200);
    expect(queue.body.items.map((o: { id: number }) => o.id)).toContain(created.body.id);
    const noReason = await t.http
      .post(`/api/v1/staff/organizations/${created.body.id}/verification`)
      .set(auth(staff))
      .send({ decision: 'reject' })
      .expect(400);
    expect(noReason.body.issues[0].path).toBe('reason');
    const rejected = await t.http
      .post(`/api/v1/staff/organizations/${created.body.id}/verification`)
      .set(auth(staff))
      .send({ decision: 'reject', reason: '营业执照照片不清晰' })
      .expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectReason: '营业执照照片不清晰' });
    const seen = await t.http.get('/api/v1/organizations/mine').set(auth(token)).expect(200);
    expect(seen.body.rejectReason).toBe('营业执照照片不清晰');
    const verified = await t.http
      .post(`/api/v1/staff/organizations/${created.body.id}/verification`)
      .set(auth(staff))
      .send({ decision: 'verify' })
      .expect(200);
    expect(verified.body.status).toBe('verified');
    await t.http
      .post(`/api/v1/staff/organizations/${created.body.id}/verification`)
      .set(auth(staff))
      .send({ decision: 'verify' })
      .expect(409);

    const admin = await devLogin('admin');
    const audit = await t.http.get('/api/v1/admin/audit-log?entityType=organization').set(auth(admin)).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['organization.register', 'organization.reject', 'organization.verify']),
    );
  });

  it('staff write, schedule, publish, pin and archive announcements that readers then see', async () => {
    const staff = await devLogin('staff');
    const draft = await t.http
      .post('/api/v1/staff/announcements')
      .set(auth(staff))
      .send({ title: '测试发布的公告', summary: '摘要', body: '<p>正文<script>x()</script></p>', category: 'notice' })
      .expect(201);
    expect(draft.body).toMatchObject({ status: 'draft', body: '<p>正文</p>' });
    const list = () => t.http.get('/api/v1/announcements?pageSize=50').expect(200);
    expect((await list()).body.items.map((a: { id: number }) => a.id)).not.toContain(draft.body.id);

    const future = new Date(Date.now() + 3600_000).toISOString();
    const scheduled = await t.http
      .post(`/api/v1/staff/announcements/${draft.body.id}/publish`)
      .set(auth(staff))
      .send({ at: future })
      .expect(200);
    expect(scheduled.body.publishedAt).toBe(future);
    expect((await list()).body.items.map((a: { id: number }) => a.id)).not.toContain(draft.body.id);

    await t.http.post(`/api/v1/staff/announcements/${draft.body.id}/archive`).set(auth(staff)).expect(200);
    await t.http.post(`/api/v1/staff/announcements/${draft.body.id}/publish`).set(auth(staff)).send({}).expect(200);
    await t.http
      .put(`/api/v1/staff/announcements/${draft.body.id}/pin`)
      .set(auth(staff))
      .send({ pinned: true })
      .expect(200);
    const after = (await list()).body.items;
    expect(after[0]).toMatchObject({ id: draft.body.id, pinned: true, title: '测试发布的公告' });
    const staffList = await t.http
      .get('/api/v1/staff/announcements?status=published&pageSize=5')
      .set(auth(staff))
      .expect(200);
    expect(staffList.body.items[0].id).toBe(draft.body.id);
  });

  it('admins create staff accounts that can sign in', async () => {
    const admin = await devLogin('admin');
    await t.http
      .post('/api/v1/admin/staff')
      .set(auth(admin))
      .send({ username: 'staff_new', password: 'service center 2026', displayName: '新同事', role: 'staff' })
      .expect(201);
    const login = await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'staff_new', password: 'service center 2026' })
      .expect(200);
    expect(login.body.user.role).toBe('staff');
  });
});
