// Load for the fault drills, run as its own process so that it never shares an event loop with the server or with the
// drill that freezes and stops things. Loopback only, bounded in time and in count.
//
//   node test/drills/load.mjs '<json options>'   (options: see below; the result is one JSON line on stdout)
//
// Readers and writers run in loops on a keep-alive agent; readiness is polled on an agent of its own so it never
// queues behind the load. With `stopWhenNotReady`, the load stops sending `lbDelayMs` after readiness first answers
// 503, the way a load balancer takes an instance out.
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

function call(agent, method, path, body) {
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
        headers: payload
          ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
          : undefined,
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

const more = () => Date.now() < stopAt && sent < maxRequests;

async function reader() {
  while (more()) {
    sent++;
    const start = Date.now();
    const res = await call(loadAgent, 'GET', '/api/v1/announcements?pageSize=5');
    requests.push({ kind: 'read', start, end: Date.now(), ...res });
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
    requests.push({ kind: 'write', username, start, end: Date.now(), ...res });
  }
}

let notReadySeen = false;
async function readyPoller() {
  while (Date.now() < stopAt) {
    const start = Date.now();
    const res = await call(readyAgent, 'GET', '/api/v1/health/ready');
    readiness.push({ start, end: Date.now(), status: res.status });
    if (stopWhenNotReady && !notReadySeen && res.status !== 200) {
      notReadySeen = true;
      stopAt = Math.min(stopAt, Date.now() + lbDelayMs);
    }
    await new Promise((r) => setTimeout(r, readyEveryMs));
  }
}

await Promise.all([
  readyPoller(),
  ...Array.from({ length: readers }, () => reader()),
  ...Array.from({ length: writers }, (_, i) => writer(i)),
]);
loadAgent.destroy();
readyAgent.destroy();
process.stdout.write(`${JSON.stringify({ started, requests, readiness })}\n`);
