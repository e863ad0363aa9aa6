import { PRIVACY_POLICY_VERSION } from '../../server/src/account/privacy-policy';
import { fakeOpenid, startFakeWechat, type FakeWechat } from '../support/fake-wechat';
import { personaTokens } from './support/personas';
import { ProbeModule } from './support/probe.module';
import { startTestApp, type TestApp } from './support/test-app';

describe('verified organisations and phone numbers', () => {
  let t: TestApp;
  let wechat: FakeWechat;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    wechat = await startFakeWechat();
    t = await startTestApp('sqlite', {
      extraModules: [ProbeModule],
      env: {
        SEED_DEMO: 'true',
        WECHAT_BASE_URL: wechat.baseUrl,
        WECHAT_APP_ID: wechat.appId,
        WECHAT_APP_SECRET: wechat.appSecret,
      },
    });
    tokens = await personaTokens(t, ['enterprise', 'enterprise_unverified', 'talent']);
  });
  afterAll(async () => {
    await t.close();
    await wechat.close();
  });

  it('lets only a verified organisation publish', async () => {
    await t.http.post('/api/v1/probe-publish').set('Authorization', `Bearer ${tokens.enterprise}`).send({}).expect(201);
    const pending = await t.http
      .post('/api/v1/probe-publish')
      .set('Authorization', `Bearer ${tokens.enterprise_unverified}`)
      .send({})
      .expect(403);
    expect(pending.body.code).toBe('ORGANIZATION_NOT_VERIFIED');
    await t.http.post('/api/v1/probe-publish').set('Authorization', `Bearer ${tokens.talent}`).send({}).expect(403);
    await t.http.post('/api/v1/probe-publish').send({}).expect(401);
  });

  it('takes the phone number from a getPhoneNumber code and keeps it (and the openid) out of the logs', async () => {
    const login = await t.http.post('/api/v1/auth/wechat').send({ code: 'ok-phone-user' }).expect(200);
    const auth = { Authorization: `Bearer ${login.body.accessToken}` };
    await t.http.post('/api/v1/me/consent').set(auth).send({ policyVersion: PRIVACY_POLICY_VERSION }).expect(200);
    const invalid = await t.http.put('/api/v1/me/phone').set(auth).send({ wechatCode: 'phone-invalid' }).expect(400);
    expect(invalid.body.code).toBe('WECHAT_CODE_INVALID');
    const me = await t.http.put('/api/v1/me/phone').set(auth).send({ wechatCode: 'phone-ok' }).expect(200);
    expect(me.body.phone).toBe('13812345678');
    const both = await t.http
      .put('/api/v1/me/phone')
      .set(auth)
      .send({ wechatCode: 'phone-ok', phone: '13900000000' })
      .expect(400);
    expect(both.body.code).toBe('VALIDATION_FAILED');
    expect(t.rawLogs.join('\n')).not.toContain('13812345678');
    expect(t.rawLogs.join('\n')).not.toContain(fakeOpenid('ok-phone-user'));
    expect(JSON.stringify(login.body)).not.toContain('session_key');
  });
});
