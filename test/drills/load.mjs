// Load for the fault drills, run as its own process so that it never shares an event loop with the server or with the
// drill that freezes and stops things. Loopback only, bounded in time and in count.
//
//   node test/drills/load.mjs '<json options>'   (options: see below; the result is one JSON line on stdout)
//
// Readers and writers run in loops on a keep-alive agent; readiness is polled on an agent of its own so it never
// queues behind the load. With `stopWhenNotReady`, the load stops sending `lbDelayMs` after readiness first answers
// 503, the way a load balancer takes an instance out.
//
// Modes: 'db' (default: public reads and sign-ups), 'redis' (the rate-limited sign-in routes — register, login,
// refresh — next to a limited public read and a route without a limit), 'creates' (project creates, each with its
// own Idempotency-Key; every create that failed is retried with the same key once the load ends, until it is answered
// or `retryForMs` has passed).
import http from 'node:http';

const options = JSON.parse(process.argv[2]);
const {
  url, // http://127.0.0.1:PORT
  durationMs,
  maxRequests = 50_000,
  readers = 6,
  writers = 2,
  readyEveryMs = 250,
  stopWhenNotReady = false,
  lbDelayMs = 1000,
  runId,
  mode = 'db',
  retryForMs = 90_000,
} = options;

const target = new URL(url);
if (target.hostname !== '127.0.0.1' && target.hostname !== 'localhost') throw new Error('drills load loopback only');

const loadAgent = new http.Agent({ keepAlive: true, maxSockets: readers + writers });
const readyAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const started = Date.now();
const deadline = started + durationMs;
let stopAt = deadline;
let sent = 0;

const requests = [];
const readiness = [];

function call(agent, method, path, body, headers = {}) {
  return new Promise((resolve) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        method,
        path,
        agent,
        timeout: 120_000,
        headers: {
          ...headers,
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => {
          let json = null;
          try {
            json = JSON.parse(text);
          } catch {
            // not JSON
          }
          resolve({
            status: res.statusCode,
            json,
            code: json && typeof json.code === 'string' ? json.code : undefined,
            retryAfter: res.headers['retry-after'],
            connection: res.headers.connection,
          });
        });
        res.on('error', (err) => resolve({ status: 0, error: err.code ?? err.message }));
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('client timeout'), { code: 'CLIENT_TIMEOUT' })));
    req.on('error', (err) => resolve({ status: 0, error: err.code ?? err.message }));
    req.end(payload);
  });
}

// The drill may end the load early (the creates drill ends it once its outages are over).
process.on('SIGUSR2', () => {
  stopAt = Math.min(stopAt, Date.now());
});

const more = () => Date.now() < stopAt && sent < maxRequests;

/** What a request's record keeps of its answer (not the body). */
function outcome(res) {
  const rest = { ...res };
  delete rest.json;
  return rest;
}

async function reader() {
  while (more()) {
    sent++;
    const start = Date.now();
    const res = await call(loadAgent, 'GET', '/api/v1/announcements?pageSize=5');
    requests.push({ kind: 'read', start, end: Date.now(), ...outcome(res) });
  }
}

let writeSeq = 0;
async function writer(n) {
  while (more()) {
    sent++;
    const username = `d${runId}w${n}n${writeSeq++}`;
    const start = Date.now();
    const res = await call(loadAgent, 'POST', '/api/v1/auth/register', {
      username,
      password: 'drill-password-1234',
      role: 'talent',
      displayName: 'Drill',
    });
    requests.push({ kind: 'write', username, start, end: Date.now(), ...outcome(res) });
  }
}

let notReadySeen = false;
async function readyPoller() {
  while (Date.now() < stopAt) {
    const start = Date.now();
    const res = await call(readyAgent, 'GET', '/api/v1/health/ready');
    readiness.push({ start, end: Date.now(), status: res.status, redis: res.json?.checks?.redis });
    if (stopWhenNotReady && !notReadySeen && res.status !== 200) {
      notReadySeen = true;
      stopAt = Math.min(stopAt, Date.now() + lbDelayMs);
    }
    await new Promise((r) => setTimeout(r, readyEveryMs));
  }
}

// ---- mode 'redis' ----------------------------------------------------------------------------------------------
const PASSWORD = 'drill-password-1234';
let session = null; // { username, accessToken, refreshToken }

async function signUp(username) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const res = await call(loadAgent, 'POST', '/api/v1/auth/register', {
      username,
      password: PASSWORD,
      role: 'talent',
      displayName: 'Drill',
    });
    if (res.status === 201) return res.json;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`cannot register ${username}`);
}

async function timed(kind, method, path, body, headers) {
  sent++;
  const start = Date.now();
  const res = await call(loadAgent, method, path, body, headers);
  requests.push({ kind, start, end: Date.now(), ...outcome(res) });
  return res;
}

async function redisLoad() {
  const username = `d${runId}s`;
  const tokens = await signUp(username);
  session = { username, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken };
  const auth = () => ({ authorization: `Bearer ${session.accessToken}` });
  const loop = (fn) =>
    (async () => {
      while (more()) await fn();
    })();
  let n = 0;
  await Promise.all([
    readyPoller(),
    loop(() =>
      timed('register', 'POST', '/api/v1/auth/register', {
        username: `d${runId}r${n++}`,
        password: PASSWORD,
        role: 'talent',
        displayName: 'Drill',
      }),
    ),
    loop(() => timed('login', 'POST', '/api/v1/auth/login', { username, password: PASSWORD })),
    loop(async () => {
      const res = await timed('refresh', 'POST', '/api/v1/auth/refresh', { refreshToken: session.refreshToken });
      if (res.status === 200) session = { ...session, ...res.json };
    }),
    loop(() => timed('limited read', 'GET', '/api/v1/announcements?pageSize=5')),
    loop(() => timed('limited read', 'GET', '/api/v1/announcements?pageSize=5')),
    loop(() => timed('unlimited read', 'GET', '/api/v1/me', undefined, auth())),
  ]);
}

// ---- mode 'creates' --------------------------------------------------------------------------------------------
function projectBody(name) {
  return {
    name,
    field: 'ai',
    originRegion: 'uk',
    teamSize: 3,
    leaderDegree: 'phd',
    stage: 'prototype',
    seeks: ['investment'],
    summary: 'A drill project: created under faults to count lost, phantom and duplicate writes.',
    details: 'Nothing here is real; the drill deletes its database when it ends.',
    contact: 'drill@example.com',
  };
}

const creates = new Map(); // key -> { attempts, answers: [status...], id (from the 2xx answer) }

async function create(token, key) {
  const entry = creates.get(key) ?? { attempts: 0, answers: [], id: null };
  creates.set(key, entry);
  entry.attempts++;
  const res = await timed('create', 'POST', '/api/v1/me/projects', projectBody(key), {
    authorization: `Bearer ${token}`,
    'idempotency-key': key,
  });
  entry.answers.push(res.status === 0 ? res.error : res.status);
  if (res.status === 201) entry.id = res.json?.id ?? null;
  return res.status === 201;
}

async function createsLoad() {
  const tokens = await signUp(`d${runId}c`);
  const policy = await call(loadAgent, 'GET', '/api/v1/privacy-policy');
  const consent = await call(
    loadAgent,
    'POST',
    '/api/v1/me/consent',
    { policyVersion: policy.json?.version },
    { authorization: `Bearer ${tokens.accessToken}` },
  );
  if (consent.status !== 200) throw new Error(`consent answered ${consent.status}`);
  let seq = 0;
  await Promise.all([
    readyPoller(),
    ...Array.from({ length: writers }, async (_, w) => {
      while (more()) await create(tokens.accessToken, `d${runId}k${w}n${seq++}`);
    }),
  ]);
  // The database is back (the drill ends the load after it answers again): retry every failed create with its key.
  const until = Date.now() + retryForMs;
  let failed = [...creates].filter(([, e]) => e.id === null).map(([key]) => key);
  while (failed.length && Date.now() < until) {
    const still = [];
    for (const key of failed) if (!(await create(tokens.accessToken, key))) still.push(key);
    failed = still;
    if (failed.length) await new Promise((r) => setTimeout(r, 500));
  }
}

if (mode === 'redis') await redisLoad();
else if (mode === 'creates') await createsLoad();
else
  await Promise.all([
    readyPoller(),
    ...Array.from({ length: readers }, () => reader()),
    ...Array.from({ length: writers }, (_, i) => writer(i)),
  ]);
loadAgent.destroy();
readyAgent.destroy();
process.stdout.write(`${JSON.stringify({ started, requests, readiness, creates: Object.fromEntries(creates) })}\n`);
