import { PRIVACY_POLICY_VERSION } from '../../../server/src/account/privacy-policy';
import type { TestApp } from './test-app';

export interface NewAccount {
  username: string;
  password: string;
  role: 'talent' | 'enterprise';
  displayName: string;
}

/** Registers an account through the API and gives the privacy consent every feature asks for; its access token. */
export async function registerWithConsent(t: TestApp, account: NewAccount): Promise<string> {
  const res = await t.http.post('/api/v1/auth/register').send(account).expect(201);
  const token = res.body.accessToken as string;
  await t.http
    .post('/api/v1/me/consent')
    .set({ Authorization: `Bearer ${token}` })
    .send({ policyVersion: PRIVACY_POLICY_VERSION })
    .expect(200);
  return token;
}
