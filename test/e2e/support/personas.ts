import type { DevPersona } from '@ihaigui/shared';
import type { TestApp } from './test-app';

/** Signs in as each seeded demo persona through the real dev-login route. */
export async function personaTokens(t: TestApp, personas: readonly DevPersona[]): Promise<Record<string, string>> {
  const tokens: Record<string, string> = {};
  for (const persona of personas) {
    const res = await t.http.post('/api/v1/auth/dev-login').send({ persona });
    if (res.status !== 200) {
      const cause = t.logs.filter((l) => l.msg === 'unhandled error').pop();
      throw new Error(`dev-login ${persona}: ${res.status} ${JSON.stringify(res.body)} ${JSON.stringify(cause ?? {})}`);
    }
    tokens[persona] = res.body.accessToken;
  }
  return tokens;
}
