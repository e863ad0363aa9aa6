import { DEV_PERSONAS, type DevPersona, type Role } from '@ihaigui/shared';
import { registeredRoutes } from '../../server/src/app.factory';
import { personaTokens } from './support/personas';
import { DIALECTS, startTestApp, type TestApp } from './support/test-app';

type Caller = 'anonymous' | DevPersona;
const CALLERS: Caller[] = ['anonymous', ...DEV_PERSONAS];
const ROLE_OF: Record<DevPersona, Role> = {
  talent: 'talent',
  enterprise: 'enterprise',
  enterprise_unverified: 'enterprise',
  staff: 'staff',
  admin: 'admin',
  provider: 'enterprise',
  reviewer: 'reviewer',
};
const SIGNED_IN: Role[] = ['talent', 'enterprise', 'staff', 'admin', 'reviewer'];
const STAFF: Role[] = ['staff', 'admin'];
/** Enterprise users whose organisation is verified (VerifiedOrganization routes); the unverified one gets 403. */
const VERIFIED_ORG = 'verified_org';
const VERIFIED_ORG_MEMBERS: DevPersona[] = ['enterprise', 'provider'];
type Rule = 'public' | typeof VERIFIED_ORG | Role[];

/**
 * Who may call each route. Every route the app registers must appear here: a route added without an entry
 * fails this test until its author declares who may call it.
 */
const ACCESS: Record<string, Rule> = {
  'GET /api/v1/health/live': 'public',
  'GET /api/v1/health/ready': 'public',
  'GET /api/v1/announcements': 'public',
  'GET /api/v1/announcements/:id': 'public',
  'GET /api/v1/privacy-policy': 'public',
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/wechat': 'public',
  'POST /api/v1/auth/dev-login': 'public',
  'POST /api/v1/auth/register': 'public',
  'POST /api/v1/auth/refresh': 'public',
  'POST /api/v1/auth/logout': SIGNED_IN,
  'GET /api/v1/me': SIGNED_IN,
  'PATCH /api/v1/me': SIGNED_IN,
  'POST /api/v1/me/consent': SIGNED_IN,
  'PUT /api/v1/me/phone': SIGNED_IN,
  'GET /api/v1/me/export': SIGNED_IN,
  'DELETE /api/v1/me': SIGNED_IN,
  'GET /api/v1/me/talent-profile': ['talent'],
  'PUT /api/v1/me/talent-profile': ['talent'],
  'POST /api/v1/me/talent-profile/cv': ['talent'],
  'GET /api/v1/me/talent-profile/cv': ['talent'],
  'POST /api/v1/organizations': ['enterprise'],
  'GET /api/v1/organizations/mine': ['enterprise'],
  'GET /api/v1/staff/organizations': STAFF,
  'POST /api/v1/staff/organizations/:id/verification': STAFF,
  'GET /api/v1/staff/announcements': STAFF,
  'POST /api/v1/staff/announcements': STAFF,
  'GET /api/v1/staff/announcements/:id': STAFF,
  'PATCH /api/v1/staff/announcements/:id': STAFF,
  'POST /api/v1/staff/announcements/:id/publish': STAFF,
  'POST /api/v1/staff/announcements/:id/archive': STAFF,
  'PUT /api/v1/staff/announcements/:id/pin': STAFF,
  'GET /api/v1/policies': 'public',
  'GET /api/v1/policies/:id': 'public',
  'POST /api/v1/policies/match': 'public',
  'GET /api/v1/policies/match/me': ['talent'],
  'PUT /api/v1/policies/:id/favorite': SIGNED_IN,
  'DELETE /api/v1/policies/:id/favorite': SIGNED_IN,
  'GET /api/v1/policies/:id/attachments/:attachmentId': 'public',
  'GET /api/v1/me/favorites/policies': SIGNED_IN,
  'GET /api/v1/staff/policies': STAFF,
  'GET /api/v1/staff/policies/import/template': STAFF,
  'POST /api/v1/staff/policies/import': STAFF,
  'GET /api/v1/staff/policies/:id': STAFF,
  'POST /api/v1/staff/policies': STAFF,
  'PATCH /api/v1/staff/policies/:id': STAFF,
  'POST /api/v1/staff/policies/:id/publish': STAFF,
  'POST /api/v1/staff/policies/:id/archive': STAFF,
  'POST /api/v1/staff/policies/:id/attachments': STAFF,
  'DELETE /api/v1/staff/policies/:id/attachments/:attachmentId': STAFF,
  'GET /api/v1/search': 'public',
  'GET /api/v1/parks': 'public',
  'GET /api/v1/parks/:id': 'public',
  'POST /api/v1/parks/:id/bookings': ['talent', 'enterprise'],
  'GET /api/v1/me/visit-bookings': ['talent', 'enterprise'],
  'POST /api/v1/me/visit-bookings/:id/cancel': ['talent', 'enterprise'],
  'GET /api/v1/host/visit-bookings': ['enterprise', ...STAFF],
  'POST /api/v1/host/visit-bookings/:id/respond': ['enterprise', ...STAFF],
  'POST /api/v1/staff/parks': STAFF,
  'PATCH /api/v1/staff/parks/:id': STAFF,
  'POST /api/v1/staff/parks/:id/slots': STAFF,
  'GET /api/v1/finance': 'public',
  'GET /api/v1/finance/:id': 'public',
  'POST /api/v1/finance/:id/contact-requests': ['talent', 'enterprise'],
  'GET /api/v1/me/contact-requests': ['talent', 'enterprise'],
  'GET /api/v1/host/contact-requests': ['enterprise', ...STAFF],
  'POST /api/v1/host/contact-requests/:id/answer': ['enterprise', ...STAFF],
  'POST /api/v1/staff/finance': STAFF,
  'PATCH /api/v1/staff/finance/:id': STAFF,
  // Positions (job demands)
  'GET /api/v1/positions': 'public',
  'GET /api/v1/positions/:id': 'public',
  'PUT /api/v1/positions/:id/favorite': SIGNED_IN,
  'DELETE /api/v1/positions/:id/favorite': SIGNED_IN,
  'GET /api/v1/me/favorites/positions': SIGNED_IN,
  'POST /api/v1/org/positions': VERIFIED_ORG,
  'GET /api/v1/org/positions': VERIFIED_ORG,
  'GET /api/v1/org/positions/:id': VERIFIED_ORG,
  'PATCH /api/v1/org/positions/:id': VERIFIED_ORG,
  'POST /api/v1/org/positions/:id/close': VERIFIED_ORG,
  'POST /api/v1/org/positions/:id/extend': VERIFIED_ORG,
  'GET /api/v1/org/positions/:id/share': VERIFIED_ORG,
  'GET /api/v1/org/positions/:id/wxacode': VERIFIED_ORG,
  'GET /api/v1/org/positions/:id/channels': VERIFIED_ORG,
  'GET /api/v1/staff/positions': STAFF,
  'GET /api/v1/staff/positions/:id': STAFF,
  'POST /api/v1/staff/positions/:id/review': STAFF,
  // Applications and the inbox
  'POST /api/v1/positions/:id/applications': ['talent'],
  'GET /api/v1/me/applications': ['talent'],
  'GET /api/v1/me/applications/:id': ['talent'],
  'POST /api/v1/me/applications/:id/withdraw': ['talent'],
  'GET /api/v1/org/positions/:id/applications': ['enterprise'],
  'GET /api/v1/org/applications/:id': ['enterprise'],
  'GET /api/v1/org/applications/:id/cv': ['enterprise'],
  'POST /api/v1/org/applications/:id/status': ['enterprise'],
  'GET /api/v1/me/notifications': SIGNED_IN,
  'GET /api/v1/me/notifications/unread-count': SIGNED_IN,
  'POST /api/v1/me/notifications/:id/read': SIGNED_IN,
  'POST /api/v1/me/notifications/read-all': SIGNED_IN,
  'POST /api/v1/me/wechat-subscriptions': SIGNED_IN,
  // Staff dashboard (数据看板)
  'GET /api/v1/staff/dashboard': STAFF,
  'GET /api/v1/staff/dashboard/export': STAFF,
  // Talent projects, expert review, shortlist; talents organisations browse
  'POST /api/v1/me/projects': ['talent'],
  'GET /api/v1/me/projects': ['talent'],
  'GET /api/v1/me/projects/:id': ['talent'],
  'PATCH /api/v1/me/projects/:id': ['talent'],
  'DELETE /api/v1/me/projects/:id': ['talent'],
  'POST /api/v1/me/projects/:id/submit': ['talent'],
  'POST /api/v1/me/projects/:id/pitch-deck': ['talent'],
  'DELETE /api/v1/me/projects/:id/pitch-deck': ['talent'],
  'GET /api/v1/projects': 'public',
  'GET /api/v1/projects/:id': 'public',
  'GET /api/v1/projects/:id/pitch-deck': SIGNED_IN,
  'GET /api/v1/staff/projects': STAFF,
  'GET /api/v1/staff/projects/ranking': STAFF,
  'GET /api/v1/staff/projects/:id': STAFF,
  'POST /api/v1/staff/projects/:id/screen': STAFF,
  'POST /api/v1/staff/projects/:id/reviewers': STAFF,
  'DELETE /api/v1/staff/projects/:id/reviewers/:userId': STAFF,
  'PUT /api/v1/staff/projects/:id/shortlist': STAFF,
  'GET /api/v1/staff/reviewers': STAFF,
  'GET /api/v1/reviews': ['reviewer', ...STAFF],
  'GET /api/v1/reviews/:projectId': ['reviewer', ...STAFF],
  'PUT /api/v1/reviews/:projectId': ['reviewer', ...STAFF],
  'GET /api/v1/org/talents': VERIFIED_ORG,
  // Intentions (对接意向): parties and staff only; a caller without an organisation gets 404 from /org/intentions
  'POST /api/v1/org/intentions': VERIFIED_ORG,
  'GET /api/v1/org/intentions': SIGNED_IN,
  'POST /api/v1/me/intentions': ['talent'],
  'GET /api/v1/me/intentions': ['talent'],
  'GET /api/v1/intentions/:id': SIGNED_IN,
  'POST /api/v1/intentions/:id/steps': SIGNED_IN,
  'GET /api/v1/staff/intentions': STAFF,
  'POST /api/v1/staff/intentions': STAFF,
  'POST /api/v1/staff/intentions/:id/steps': STAFF,
  // 揭榜挂帅 challenges and responses
  'GET /api/v1/challenges': 'public',
  'GET /api/v1/challenges/:id': 'public',
  'POST /api/v1/challenges/:id/responses': ['talent'],
  'DELETE /api/v1/challenges/:id/responses/me': ['talent'],
  'GET /api/v1/me/challenge-responses': ['talent'],
  'POST /api/v1/org/challenges': VERIFIED_ORG,
  'GET /api/v1/org/challenges': ['enterprise'],
  'GET /api/v1/org/challenges/:id': ['enterprise'],
  'PATCH /api/v1/org/challenges/:id': ['enterprise'],
  'POST /api/v1/org/challenges/:id/close': ['enterprise'],
  'GET /api/v1/org/challenges/:id/responses': ['enterprise'],
  'POST /api/v1/org/challenges/:id/responses/:responseId': ['enterprise'],
  'GET /api/v1/staff/challenges': STAFF,
  'GET /api/v1/staff/challenges/:id': STAFF,
  'GET /api/v1/staff/challenges/:id/responses': STAFF,
  'POST /api/v1/staff/challenges/:id/review': STAFF,
  // Events, registrations, check-in, roadshow slots and interest
  'GET /api/v1/events': 'public',
  'GET /api/v1/events/:id': 'public',
  'POST /api/v1/events/:id/registrations': SIGNED_IN,
  'DELETE /api/v1/events/:id/registrations/me': SIGNED_IN,
  'POST /api/v1/events/:id/slots/:slotId/interest': VERIFIED_ORG,
  'GET /api/v1/me/events': SIGNED_IN,
  'GET /api/v1/staff/events': STAFF,
  'POST /api/v1/staff/events': STAFF,
  'GET /api/v1/staff/events/:id': STAFF,
  'PATCH /api/v1/staff/events/:id': STAFF,
  'POST /api/v1/staff/events/:id/publish': STAFF,
  'POST /api/v1/staff/events/:id/cancel': STAFF,
  'GET /api/v1/staff/events/:id/attendees': STAFF,
  'POST /api/v1/staff/events/:id/check-in': STAFF,
  'POST /api/v1/staff/events/:id/slots': STAFF,
  'PUT /api/v1/staff/events/:id/slots/order': STAFF,
  'DELETE /api/v1/staff/events/:id/slots/:slotId': STAFF,
  // Service desk (咨询): talents and organisation members ask; a consultation is its asker's and staff's only (404 to
  // anyone else, see desk.e2e-spec); the FAQ is public to read, staff-only to write
  'POST /api/v1/desk/attachments': SIGNED_IN,
  'GET /api/v1/desk/attachments/:id': SIGNED_IN,
  'POST /api/v1/me/consultations': ['talent', 'enterprise'],
  'GET /api/v1/me/consultations': SIGNED_IN,
  'GET /api/v1/consultations/:id': SIGNED_IN,
  'POST /api/v1/me/consultations/:id/messages': SIGNED_IN,
  'POST /api/v1/me/consultations/:id/rating': SIGNED_IN,
  'POST /api/v1/me/consultations/:id/reopen': SIGNED_IN,
  'GET /api/v1/staff/consultations': STAFF,
  'GET /api/v1/staff/consultations/counts': STAFF,
  'POST /api/v1/staff/consultations/:id/messages': STAFF,
  'POST /api/v1/staff/consultations/:id/assignee': STAFF,
  'POST /api/v1/staff/consultations/:id/resolve': STAFF,
  'GET /api/v1/staff/desk/assignees': STAFF,
  'GET /api/v1/staff/desk/settings': STAFF,
  'PUT /api/v1/staff/desk/settings/:category': STAFF,
  'GET /api/v1/staff/desk/calendar': STAFF,
  'PUT /api/v1/staff/desk/calendar/:date': STAFF,
  'DELETE /api/v1/staff/desk/calendar/:date': STAFF,
  'GET /api/v1/staff/desk/stats': STAFF,
  'GET /api/v1/staff/desk/stats/export': STAFF,
  'GET /api/v1/faqs': 'public',
  'GET /api/v1/faqs/suggest': 'public',
  'GET /api/v1/faqs/:id': 'public',
  'POST /api/v1/staff/faqs': STAFF,
  'PUT /api/v1/staff/faqs/:id': STAFF,
  'DELETE /api/v1/staff/faqs/:id': STAFF,
  'GET /api/v1/admin/audit-log': ['admin'],
  'POST /api/v1/admin/staff': ['admin'],
};

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH']);

function destructiveness(route: { method: string; url: string }): number {
  if (route.method !== 'DELETE') return 0;
  return route.url === '/api/v1/me' ? 2 : 1;
}

function allowed(rule: Rule, caller: Caller): boolean {
  if (rule === 'public') return true;
  if (rule === VERIFIED_ORG) return caller !== 'anonymous' && VERIFIED_ORG_MEMBERS.includes(caller);
  return caller !== 'anonymous' && rule.includes(ROLE_OF[caller]);
}

describe.each(DIALECTS)('access matrix on %s', (dialect) => {
  let t: TestApp;
  let tokens: Record<string, string>;
  let apiRoutes: Array<{ method: string; url: string }>;

  beforeAll(async () => {
    t = await startTestApp(dialect, {
      env: {
        SEED_DEMO: 'true',
        RATE_LIMIT_AUTH_PER_MINUTE: '100000',
        RATE_LIMIT_SENSITIVE_PER_MINUTE: '100000',
        BODY_LIMIT: '4096',
      },
    });
    tokens = await personaTokens(t, DEV_PERSONAS);
    const seen = new Set<string>();
    apiRoutes = registeredRoutes(t.app)
      .filter((r) => r.url.startsWith('/api/v1/') && r.method !== 'HEAD' && r.method !== 'OPTIONS')
      .filter((r) => !seen.has(`${r.method} ${r.url}`) && seen.add(`${r.method} ${r.url}`))
      // Destructive calls last, and deleting one's own account at the very end, so the personas exist for everything else.
      .sort((a, b) => destructiveness(a) - destructiveness(b));
  });
  afterAll(() => t.close());

  function call(method: string, url: string, caller: Caller, body?: unknown) {
    const path = url.replace(/:[A-Za-z]+/g, '1');
    let req = t.http[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path);
    if (caller !== 'anonymous') req = req.set('Authorization', `Bearer ${tokens[caller]}`);
    if (body !== undefined)
      req = req.set('Content-Type', 'application/json').send(typeof body === 'string' ? body : JSON.stringify(body));
    return req;
  }

  it('declares every registered route, and only documentation lives outside /api/v1', () => {
    const declared = new Set(Object.keys(ACCESS));
    const registered = apiRoutes.map((r) => `${r.method} ${r.url}`);
    expect(registered.filter((r) => !declared.has(r))).toEqual([]);
    expect([...declared].filter((d) => !registered.includes(d))).toEqual([]);
    const outside = registeredRoutes(t.app).filter((r) => !r.url.startsWith('/api/v1/'));
    // CORS preflight answers OPTIONS for any path; it never runs a handler.
    expect(outside.filter((r) => !r.url.startsWith('/api/docs') && !(r.method === 'OPTIONS' && r.url === '*'))).toEqual(
      [],
    );
  });

  it('answers every route for every caller exactly as declared (no unexpected 2xx, no 5xx)', async () => {
    const surprises: string[] = [];
    for (const route of apiRoutes) {
      const rule = ACCESS[`${route.method} ${route.url}`];
      for (const caller of CALLERS) {
        const res = await call(route.method, route.url, caller, WRITE_METHODS.has(route.method) ? {} : undefined);
        const ok = allowed(rule, caller);
        const expected = ok ? 'not 401/403' : caller === 'anonymous' ? '401' : '403';
        const fine = ok
          ? ![401, 403].includes(res.status) && res.status < 500
          : res.status === (caller === 'anonymous' ? 401 : 403);
        if (!fine)
          surprises.push(
            `${route.method} ${route.url} as ${caller}: ${res.status} (expected ${expected}) ${JSON.stringify(res.body).slice(0, 120)}`,
          );
      }
    }
    expect(surprises).toEqual([]);
  });

  it('refuses unknown fields, wrong types and oversize bodies on every write route with a 4xx code, never 500', async () => {
    const problems: string[] = [];
    const writes = apiRoutes.filter((r) => WRITE_METHODS.has(r.method));
    for (const route of writes) {
      const rule = ACCESS[`${route.method} ${route.url}`];
      const caller = CALLERS.find((c) => c !== 'anonymous' && allowed(rule, c)) ?? 'anonymous';
      for (const [label, body] of [
        ['unknown field', { __proto_pollution: true, unexpectedField: 'x' }],
        ['wrong type', '[1, 2, 3]'],
        ['oversize', { text: 'x'.repeat(8000) }],
      ] as const) {
        const res = await call(route.method, route.url, caller, body);
        if (res.status < 400 || res.status >= 500 || typeof res.body?.code !== 'string') {
          problems.push(
            `${route.method} ${route.url} (${label}) as ${caller}: ${res.status} ${JSON.stringify(res.body).slice(0, 120)}`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
