// Fault drills: the built server (`node server/dist/main.js`) against a MariaDB and a Redis of its own (other ports,
// temporary data directories, no persistence for Redis), load from a separate process (test/drills/load.mjs). Drills:
// the database frozen (SIGSTOP/SIGCONT), the database stopped and started again, Redis stopped and frozen, creates
// with an Idempotency-Key while the database is killed at random moments, the server stopped with SIGTERM under load.
// Prints each figure and exits 1 when a target is missed. Every process it starts is killed by pid at the end, also on
// failure.
//
//   pnpm test:drills            full figures (30 s freeze)
//   pnpm test:drills --short    for CI (10 s freeze, shorter phases; about three minutes)
//   --only=redis,creates        only those drills
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const MAIN = path.join(ROOT, 'server', 'dist', 'main.js');
const SHORT = process.argv.includes('--short');
/** `--only=redis,creates` runs only those drills (names: freeze, stop-start, redis, creates, sigterm). */
const ONLY = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const runs = (name) => !ONLY || ONLY.includes(name);
const DB_TIMEOUT_MS = 5000;
const DRAIN_MS = SHORT ? 3000 : 5000;
const REDIS_TIMEOUT_MS = 500;
const REDIS_PHASE = SHORT ? { down: 5000, frozen: 5000 } : { down: 15_000, frozen: 15_000 };
/** Database outages during the creates drill: how many, and the longest time up between two. */
const KILLS = SHORT ? { count: 3, upMs: 3000 } : { count: 8, upMs: 5000 };
const PHASE = SHORT
  ? { before: 2000, freeze: 10_000, after: 8000, down: 5000 }
  : { before: 3000, freeze: 30_000, after: 10_000, down: 15_000 };
/** Targets: the longest wait may exceed the limit by this much (scheduling, the HTTP round trip). */
const WAIT_MARGIN_MS = 1000;
const RECOVER_TARGET_MS = 5000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const started = new Set();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ihaigui-drills-'));
const runId = Date.now().toString(36).slice(-6);
const results = [];
let failed = false;

function track(child, name) {
  started.add(child);
  child.once('exit', () => started.delete(child));
  child.drillName = name;
  return child;
}

function killAll() {
  for (const child of started) {
    try {
      // A frozen process gets SIGCONT first, or SIGKILL is its only way out (it still works, but be tidy).
      process.kill(child.pid, 'SIGCONT');
      process.kill(child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}
process.on('exit', () => {
  killAll();
  fs.rmSync(work, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    process.stderr.write(`drills: ${signal}, stopping\n`);
    process.exit(130);
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: 20_000, ...opts }, (err, stdout, stderr) =>
      resolve({ ok: !err, stdout: String(stdout), stderr: String(stderr) }),
    );
  });
}

// ---- MariaDB of our own ---------------------------------------------------------------------------------------
const datadir = path.join(work, 'mariadb');
let dbPort;
let mariadb;

async function sql(query) {
  return run('mariadb', ['--no-defaults', '-h127.0.0.1', `-P${dbPort}`, '-uroot', '-N', '-B', '-e', query]);
}

async function startMariadb() {
  mariadb = track(
    spawn(
      'mariadbd',
      [
        '--no-defaults',
        '--user=root',
        `--datadir=${datadir}`,
        `--port=${dbPort}`,
        `--socket=${datadir}.sock`,
        '--bind-address=127.0.0.1',
        `--pid-file=${datadir}.pid`,
        `--log-error=${datadir}.err`,
        '--innodb-buffer-pool-size=128M',
        '--character-set-server=utf8mb4',
        '--collation-server=utf8mb4_unicode_ci',
        '--skip-name-resolve',
      ],
      { stdio: 'ignore' },
    ),
    'mariadbd',
  );
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if ((await sql('SELECT 1')).ok) return Date.now();
    if (mariadb.exitCode !== null) break;
    await sleep(200);
  }
  throw new Error(
    `MariaDB did not start:\n${fs.existsSync(`${datadir}.err`) ? fs.readFileSync(`${datadir}.err`, 'utf8') : ''}`,
  );
}

async function stopMariadb() {
  const exited = new Promise((r) => mariadb.once('exit', r));
  process.kill(mariadb.pid, 'SIGTERM');
  await Promise.race([exited, sleep(30_000)]);
  if (mariadb.exitCode === null && mariadb.signalCode === null) process.kill(mariadb.pid, 'SIGKILL');
}

// ---- Redis of our own -------------------------------------------------------------------------------------------
const redisDir = path.join(work, 'redis');
let redisPort;
let redis;

async function redisAnswers() {
  return new Promise((resolve) => {
    const socket = net.connect(redisPort, '127.0.0.1');
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(300, () => done(false));
    socket.once('error', () => done(false));
    socket.once('data', (d) => done(String(d).startsWith('+PONG')));
    socket.write('PING\r\n');
  });
}

async function startRedis() {
  fs.mkdirSync(redisDir, { recursive: true });
  redis = track(
    spawn(
      'redis-server',
      [
        '--port',
        String(redisPort),
        '--bind',
        '127.0.0.1',
        '--dir',
        redisDir,
        '--save',
        '',
        '--appendonly',
        'no',
        '--daemonize',
        'no',
      ],
      { stdio: 'ignore' },
    ),
    'redis-server',
  );
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    if (await redisAnswers()) return Date.now();
    if (redis.exitCode !== null) break;
    await sleep(100);
  }
  throw new Error('redis-server did not start');
}

async function stopRedis() {
  const exited = new Promise((r) => redis.once('exit', r));
  process.kill(redis.pid, 'SIGTERM');
  await Promise.race([exited, sleep(10_000)]);
  if (redis.exitCode === null && redis.signalCode === null) process.kill(redis.pid, 'SIGKILL');
}

// ---- the server -------------------------------------------------------------------------------------------------
let server;
let serverOutput = '';
let serverUrl;

async function startServer() {
  const port = await freePort();
  serverOutput = '';
  server = track(
    spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        JWT_SECRET: 'drills-only-secret-0123456789abcdef0123456789',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: `mysql://root@127.0.0.1:${dbPort}/ihaigui`,
        REDIS_URL: `redis://127.0.0.1:${redisPort}`,
        REDIS_COMMAND_TIMEOUT_MS: String(REDIS_TIMEOUT_MS),
        H5_DIR: '',
        SEED_DEMO: 'false',
        STORAGE_DIR: path.join(work, 'files'),
        RATE_LIMIT_AUTH_PER_MINUTE: '100000',
        // One load generator on one address: the per-client limits would answer it before the database does.
        RATE_LIMIT_PUBLIC_PER_MINUTE: '1000000',
        RATE_LIMIT_SENSITIVE_PER_MINUTE: '100000',
        POSITION_EXPIRY_INTERVAL_SECONDS: '0',
        DB_TIMEOUT_MS: String(DB_TIMEOUT_MS),
        SHUTDOWN_DRAIN_MS: String(DRAIN_MS),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
    'server',
  );
  server.stdout.on('data', (c) => (serverOutput += c));
  server.stderr.on('data', (c) => (serverOutput += c));
  serverUrl = `http://127.0.0.1:${port}`;
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    if (server.exitCode !== null) break;
    try {
      const res = await fetch(`${serverUrl}/api/v1/health/ready`);
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not yet
    }
    await sleep(200);
  }
  throw new Error(`server did not become ready:\n${serverOutput}`);
}

// ---- load -------------------------------------------------------------------------------------------------------
let loads = 0;
function startLoad(opts) {
  const tag = `${runId}${(loads += 1)}`;
  const child = track(
    spawn(
      process.execPath,
      [path.join(ROOT, 'test', 'drills', 'load.mjs'), JSON.stringify({ url: serverUrl, runId: tag, ...opts })],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    ),
    'load',
  );
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      code === 0 ? resolve({ tag, ...JSON.parse(out) }) : reject(new Error(`load exited ${code}`)),
    );
  });
}

// ---- figures ----------------------------------------------------------------------------------------------------
function figure(drill, name, value, unit, ok, target) {
  results.push({ drill, name, value, unit, ok, target });
  if (ok === false) failed = true;
  const mark = ok === undefined ? '   ' : ok ? 'ok ' : 'MISS';
  process.stdout.write(`  ${mark} ${name}: ${value}${unit}${target ? `  (target ${target})` : ''}\n`);
}

/** A failure is anything but success or the documented 503 DATABASE_UNAVAILABLE with Retry-After. */
function isFailure(r) {
  if (r.status >= 200 && r.status < 300) return false;
  return !(r.status === 503 && r.code === 'DATABASE_UNAVAILABLE' && r.retryAfter);
}

async function checkWrites(drill, load) {
  const writes = load.requests.filter((r) => r.kind === 'write');
  const acknowledged = new Set(writes.filter((r) => r.status === 201 || r.status === 200).map((r) => r.username));
  const prefix = `d${load.tag}w`;
  const res = await sql(`SELECT username FROM ihaigui.user WHERE username LIKE '${prefix}%'`);
  if (!res.ok) throw new Error(`cannot read back writes: ${res.stderr}`);
  const stored = new Set(res.stdout.split('\n').filter(Boolean));
  const attempted = new Set(writes.map((r) => r.username));
  const lost = [...acknowledged].filter((u) => !stored.has(u)).length;
  const phantom = [...stored].filter((u) => attempted.has(u) && !acknowledged.has(u)).length;
  figure(drill, 'acknowledged writes', acknowledged.size, '');
  figure(drill, 'lost writes', lost, '', lost === 0, '0');
  // A write committed just before its time-out is answered 503 although it exists; retries with an Idempotency-Key
  // are what makes that safe, so this is reported, not held against the target.
  figure(drill, 'phantom writes (stored, answered as failed)', phantom, '');
}

function longestWait(load, from, to) {
  return Math.max(0, ...load.requests.filter((r) => r.end >= from && r.start <= to).map((r) => r.end - r.start));
}

function firstReadyAfter(load, t) {
  const hit = load.readiness.find((r) => r.start >= t && r.status === 200);
  return hit ? hit.end - t : Infinity;
}

function countLines(text, msg) {
  return text.split('\n').filter((l) => l.includes(`"msg":"${msg}"`)).length;
}

// ---- drills -----------------------------------------------------------------------------------------------------
async function freezeDrill() {
  const drill = 'freeze';
  process.stdout.write(`\ndrill: database frozen ${PHASE.freeze / 1000} s (SIGSTOP/SIGCONT)\n`);
  const total = PHASE.before + PHASE.freeze + PHASE.after;
  const loading = startLoad({ durationMs: total });
  await sleep(PHASE.before);
  const frozeAt = Date.now();
  process.kill(mariadb.pid, 'SIGSTOP');
  await sleep(PHASE.freeze);
  process.kill(mariadb.pid, 'SIGCONT');
  const thawedAt = Date.now();
  const load = await loading;
  // The first 503 answered after the freeze, whenever its request began: requests in flight at the freeze are the
  // first to hit the limit (later ones may wait for the thaw instead when every load worker is already waiting).
  const first503 = load.requests
    .filter((r) => r.end >= frozeAt && r.status === 503)
    .reduce((first, r) => (first && first.end <= r.end ? first : r), undefined);
  const wait = longestWait(load, frozeAt, Infinity);
  figure(drill, 'requests', load.requests.length, '');
  figure(
    drill,
    'longest wait',
    wait,
    ' ms',
    wait <= DB_TIMEOUT_MS + WAIT_MARGIN_MS,
    `≤ ${DB_TIMEOUT_MS + WAIT_MARGIN_MS} ms`,
  );
  const to503 = first503 ? first503.end - frozeAt : Infinity;
  figure(
    drill,
    'time to first 503',
    to503,
    ' ms',
    to503 <= DB_TIMEOUT_MS + WAIT_MARGIN_MS,
    `≤ ${DB_TIMEOUT_MS + WAIT_MARGIN_MS} ms`,
  );
  const recover = firstReadyAfter(load, thawedAt);
  figure(
    drill,
    'readiness 200 after SIGCONT',
    recover,
    ' ms',
    recover <= RECOVER_TARGET_MS,
    `≤ ${RECOVER_TARGET_MS} ms`,
  );
  const failures = load.requests.filter(isFailure);
  figure(
    drill,
    'failed requests (not 2xx, not 503 DATABASE_UNAVAILABLE + Retry-After)',
    failures.length,
    '',
    failures.length === 0,
    '0',
  );
  if (failures.length) process.stdout.write(`       e.g. ${JSON.stringify(failures.slice(0, 3))}\n`);
  await checkWrites(drill, load);
}

async function stopStartDrill() {
  const drill = 'stop/start';
  process.stdout.write(`\ndrill: database stopped for ${PHASE.down / 1000} s, then started again\n`);
  const logFrom = serverOutput.length;
  const total = PHASE.before + PHASE.down + PHASE.after + 5000;
  const loading = startLoad({ durationMs: total });
  await sleep(PHASE.before);
  const stoppedAt = Date.now();
  await stopMariadb();
  await sleep(PHASE.down);
  const answeringAt = await startMariadb();
  const load = await loading;
  const log = serverOutput.slice(logFrom);
  const wait = longestWait(load, stoppedAt, Infinity);
  figure(drill, 'requests', load.requests.length, '');
  figure(
    drill,
    'longest wait',
    wait,
    ' ms',
    wait <= DB_TIMEOUT_MS + WAIT_MARGIN_MS,
    `≤ ${DB_TIMEOUT_MS + WAIT_MARGIN_MS} ms`,
  );
  const answered500 = load.requests.filter((r) => r.status >= 500 && r.status !== 503).length;
  figure(drill, 'answers 500', answered500, '', answered500 === 0, '0');
  const failures = load.requests.filter(isFailure);
  figure(
    drill,
    'failed requests (not 2xx, not 503 DATABASE_UNAVAILABLE + Retry-After)',
    failures.length,
    '',
    failures.length === 0,
    '0',
  );
  if (failures.length) process.stdout.write(`       e.g. ${JSON.stringify(failures.slice(0, 3))}\n`);
  const recover = firstReadyAfter(load, answeringAt);
  figure(
    drill,
    'readiness 200 after the database answers',
    recover,
    ' ms',
    recover <= RECOVER_TARGET_MS,
    `≤ ${RECOVER_TARGET_MS} ms`,
  );
  const away = countLines(log, 'database unavailable: answering 503 DATABASE_UNAVAILABLE');
  const back = countLines(log, 'database available again');
  const stacks = countLines(log, 'unhandled error');
  figure(drill, 'log lines "database unavailable"', away, '', away === 1, '1');
  figure(drill, 'log lines "database available again"', back, '', back === 1, '1');
  figure(drill, 'stack traces logged', stacks, '', stacks === 0, '0');
  await checkWrites(drill, load);
}

async function drainDrill() {
  const drill = 'SIGTERM';
  process.stdout.write(`\ndrill: server SIGTERM under load (drain ${DRAIN_MS / 1000} s)\n`);
  const loading = startLoad({
    durationMs: DRAIN_MS + 20_000,
    stopWhenNotReady: true,
    lbDelayMs: Math.min(1000, DRAIN_MS / 2),
  });
  await sleep(PHASE.before);
  const exited = new Promise((r) => server.once('exit', (code, signal) => r(signal ?? code)));
  const termAt = Date.now();
  process.kill(server.pid, 'SIGTERM');
  const load = await loading;
  const exit = await Promise.race([exited, sleep(DRAIN_MS + 15_000).then(() => 'still running')]);
  const firstNotReady = load.readiness.find((r) => r.start >= termAt && r.status !== 200);
  const to503 = firstNotReady ? firstNotReady.end - termAt : Infinity;
  figure(drill, 'requests', load.requests.length, '');
  figure(drill, 'readiness 503 after SIGTERM', to503, ' ms', to503 <= 1000, '≤ 1000 ms');
  const failures = load.requests.filter((r) => !(r.status >= 200 && r.status < 300));
  figure(drill, 'failed requests', failures.length, '', failures.length === 0, '0');
  if (failures.length) process.stdout.write(`       e.g. ${JSON.stringify(failures.slice(0, 3))}\n`);
  const closing = load.requests.filter((r) => r.start >= termAt && r.connection === 'close').length;
  figure(drill, 'answers with Connection: close after SIGTERM', closing, '');
  figure(drill, 'server exit', exit, '', exit === 0, '0');
  await checkWrites(drill, load);
}

async function redisDrill() {
  const drill = 'redis';
  process.stdout.write(
    `\ndrill: Redis stopped ${REDIS_PHASE.down / 1000} s, then frozen ${REDIS_PHASE.frozen / 1000} s (SIGSTOP/SIGCONT)\n`,
  );
  const logFrom = serverOutput.length;
  const total = PHASE.before * 2 + REDIS_PHASE.down + REDIS_PHASE.frozen + 4000;
  const loading = startLoad({ mode: 'redis', durationMs: total });
  await sleep(PHASE.before + 1000); // the load signs its account up first
  const stoppedAt = Date.now();
  await stopRedis();
  await sleep(REDIS_PHASE.down);
  const restartedAt = await startRedis();
  await sleep(PHASE.before);
  const frozenAt = Date.now();
  process.kill(redis.pid, 'SIGSTOP');
  await sleep(REDIS_PHASE.frozen);
  process.kill(redis.pid, 'SIGCONT');
  const thawedAt = Date.now();
  const load = await loading;
  const log = serverOutput.slice(logFrom);

  const during = (from, to) => load.requests.filter((r) => r.end >= from && r.start <= to);
  const kinds = (rs) => [...new Set(rs.map((r) => r.kind))].sort().join(', ');
  figure(drill, 'requests', load.requests.length, '');
  const before = during(0, stoppedAt);
  figure(drill, 'longest wait before the fault', longestWait({ requests: before }, 0, stoppedAt), ' ms');

  process.stdout.write('  Redis stopped:\n');
  const stopped = during(stoppedAt, restartedAt);
  figure(drill, `requests while stopped (${kinds(stopped)})`, stopped.length, '', stopped.length > 0, '> 0');
  const stoppedFailures = stopped.filter((r) => !(r.status >= 200 && r.status < 300));
  figure(drill, 'failed requests while stopped', stoppedFailures.length, '', stoppedFailures.length === 0, '0');
  if (stoppedFailures.length) process.stdout.write(`       e.g. ${JSON.stringify(stoppedFailures.slice(0, 3))}\n`);
  const answered500 = load.requests.filter((r) => r.status >= 500).length;
  figure(drill, 'answers 5xx (whole drill)', answered500, '', answered500 === 0, '0');
  const readyStopped = load.readiness.filter((r) => r.start >= stoppedAt + 1500 && r.end <= restartedAt);
  const notReady = readyStopped.filter((r) => r.status !== 200).length;
  figure(drill, 'readiness answers other than 200 while stopped', notReady, '', notReady === 0, '0');
  const degraded = readyStopped.filter((r) => r.redis === 'degraded').length;
  figure(
    drill,
    'readiness reports Redis degraded while stopped',
    `${degraded}/${readyStopped.length}`,
    '',
    readyStopped.length > 0 && degraded === readyStopped.length,
    'all',
  );
  const upAgain = load.readiness.find((r) => r.start >= restartedAt && r.redis === 'up');
  const upAfter = upAgain ? upAgain.end - restartedAt : Infinity;
  figure(drill, 'readiness reports Redis up after the restart', upAfter, ' ms', upAfter <= 5000, '≤ 5000 ms');

  process.stdout.write('  Redis frozen:\n');
  const frozen = during(frozenAt, thawedAt);
  figure(drill, `requests while frozen (${kinds(frozen)})`, frozen.length, '', frozen.length > 0, '> 0');
  const limit = REDIS_TIMEOUT_MS + WAIT_MARGIN_MS;
  for (const kind of ['register', 'login', 'refresh', 'limited read', 'unlimited read']) {
    const wait = longestWait({ requests: frozen.filter((r) => r.kind === kind) }, frozenAt, thawedAt);
    figure(drill, `longest wait while frozen: ${kind}`, wait, ' ms', wait <= limit, `≤ ${limit} ms`);
  }
  const frozenFailures = frozen.filter((r) => !(r.status >= 200 && r.status < 300));
  figure(drill, 'failed requests while frozen', frozenFailures.length, '', frozenFailures.length === 0, '0');
  if (frozenFailures.length) process.stdout.write(`       e.g. ${JSON.stringify(frozenFailures.slice(0, 3))}\n`);
  const readyFrozen = load.readiness.filter((r) => r.start >= frozenAt && r.end <= thawedAt);
  const frozenNotReady = readyFrozen.filter((r) => r.status !== 200).length;
  figure(drill, 'readiness answers other than 200 while frozen', frozenNotReady, '', frozenNotReady === 0, '0');
  const readyWait = Math.max(0, ...readyFrozen.map((r) => r.end - r.start));
  figure(drill, 'longest readiness answer while frozen', readyWait, ' ms', readyWait <= limit, `≤ ${limit} ms`);
  const after = during(thawedAt + 1500, Infinity);
  const afterFailures = after.filter((r) => !(r.status >= 200 && r.status < 300)).length;
  figure(drill, 'failed requests after SIGCONT', afterFailures, '', afterFailures === 0, '0');
  const away = countLines(log, 'redis unavailable; using per-instance fallbacks');
  const back = countLines(log, 'redis available again');
  figure(drill, 'log lines "redis unavailable" (stop, freeze)', away, '', away === 2, '2');
  figure(drill, 'log lines "redis available again"', back, '', back === 2, '2');
}

async function waitForMariadb(ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if ((await sql('SELECT 1')).ok) return true;
    await sleep(200);
  }
  return false;
}

async function createsDrill() {
  const drill = 'creates';
  process.stdout.write(
    `\ndrill: creates with an Idempotency-Key while the database is stopped or killed ${KILLS.count} times at random moments\n`,
  );
  const rnd = (min, max) => min + Math.floor(Math.random() * (max - min));
  const loading = startLoad({ mode: 'creates', durationMs: 600_000, writers: 4 });
  const loadChild = [...started].find((c) => c.drillName === 'load');
  await sleep(PHASE.before + 1000); // the load signs its account up first
  const outages = [];
  for (let i = 0; i < KILLS.count; i++) {
    await sleep(rnd(300, KILLS.upMs));
    const how = Math.random() < 0.5 ? 'SIGKILL' : 'SIGTERM';
    const exited = new Promise((r) => mariadb.once('exit', r));
    process.kill(mariadb.pid, how);
    await Promise.race([exited, sleep(30_000)]);
    if (mariadb.exitCode === null && mariadb.signalCode === null) process.kill(mariadb.pid, 'SIGKILL');
    const downMs = rnd(500, 3000);
    await sleep(downMs);
    await startMariadb();
    outages.push(`${how} +${downMs} ms`);
  }
  await sleep(2000);
  process.kill(loadChild.pid, 'SIGUSR2');
  const load = await loading;
  if (!(await waitForMariadb(30_000))) throw new Error('MariaDB does not answer after the creates drill');

  const prefix = `d${load.tag}k`;
  const res = await sql(
    `SELECT name, COUNT(*), MIN(id) FROM ihaigui.project WHERE name LIKE '${prefix}%' GROUP BY name ORDER BY name`,
  );
  if (!res.ok) throw new Error(`cannot read back creates: ${res.stderr}`);
  const rows = new Map(
    res.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [name, count, id] = line.split('\t');
        return [name, { count: Number(count), id: Number(id) }];
      }),
  );
  const keys = Object.entries(load.creates);
  const acknowledged = keys.filter(([, e]) => e.id !== null);
  const firstTryFailed = keys.filter(([, e]) => e.answers[0] !== 201);
  const lost = acknowledged.filter(([key]) => !rows.has(key));
  const phantom = keys.filter(([key, e]) => e.id === null && rows.has(key));
  const duplicates = [...rows].filter(([, r]) => r.count > 1);
  const otherId = acknowledged.filter(([key, e]) => rows.has(key) && rows.get(key).id !== e.id);
  const strays = [...rows.keys()].filter((name) => !load.creates[name]);
  const unanswered = keys.filter(([, e]) => e.id === null);
  figure(drill, 'outages', outages.join(', '), '');
  figure(drill, 'keys (creates)', keys.length, '', keys.length > 0, '> 0');
  figure(drill, 'requests, retries included', load.requests.length, '');
  figure(drill, 'creates that failed at first and were retried', firstTryFailed.length, '');
  const codes = {};
  for (const r of load.requests) {
    if (r.status === 201) continue;
    const label = r.status === 0 ? r.error : `${r.status}${r.code ? ` ${r.code}` : ''}`;
    codes[label] = (codes[label] ?? 0) + 1;
  }
  figure(drill, 'failed answers by kind', JSON.stringify(codes), '');
  const answered500 = load.requests.filter((r) => r.status >= 500 && r.status !== 503).length;
  figure(drill, 'answers 5xx other than 503', answered500, '', answered500 === 0, '0');
  figure(drill, 'acknowledged creates', acknowledged.length, '');
  figure(drill, 'keys never acknowledged (retries gave up)', unanswered.length, '', unanswered.length === 0, '0');
  figure(drill, 'lost (acknowledged, no row)', lost.length, '', lost.length === 0, '0');
  figure(drill, 'phantom (row, client finally got an error)', phantom.length, '', phantom.length === 0, '0');
  figure(drill, 'duplicates (key with more than one row)', duplicates.length, '', duplicates.length === 0, '0');
  figure(drill, 'answers naming another row than the stored one', otherId.length, '', otherId.length === 0, '0');
  figure(drill, 'rows without a key the client sent', strays.length, '', strays.length === 0, '0');
  if (lost.length + phantom.length + duplicates.length + otherId.length)
    process.stdout.write(
      `       e.g. ${JSON.stringify({ lost: lost.slice(0, 2), phantom: phantom.slice(0, 2), duplicates: duplicates.slice(0, 2), otherId: otherId.slice(0, 2) })}\n`,
    );
}

// ---- main -------------------------------------------------------------------------------------------------------
async function main() {
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: run pnpm build:server first`);
  const t0 = Date.now();
  dbPort = await freePort();
  const init = await run(
    'mariadb-install-db',
    ['--no-defaults', '--user=root', `--datadir=${datadir}`, '--auth-root-authentication-method=normal'],
    { timeout: 120_000 },
  );
  if (!init.ok) throw new Error(`mariadb-install-db failed:\n${init.stderr}`);
  await startMariadb();
  redisPort = await freePort();
  await startRedis();
  const created = await sql('CREATE DATABASE ihaigui CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
  if (!created.ok) throw new Error(created.stderr);
  await startServer();
  process.stdout.write(
    `drills${SHORT ? ' (short)' : ''}: MariaDB on 127.0.0.1:${dbPort}, Redis on 127.0.0.1:${redisPort}, server ${serverUrl}\n`,
  );

  if (runs('freeze')) await freezeDrill();
  if (runs('stop-start')) await stopStartDrill();
  if (runs('redis')) await redisDrill();
  if (runs('creates')) await createsDrill();
  if (runs('sigterm')) await drainDrill();

  process.stdout.write(
    `\n${failed ? 'FAILED: a target was missed' : 'all targets met'} (${Math.round((Date.now() - t0) / 1000)} s)\n`,
  );
}

main()
  .catch((err) => {
    failed = true;
    process.stderr.write(`drills: ${err instanceof Error ? err.message : String(err)}\n`);
    if (serverOutput) process.stderr.write(`server output (tail):\n${serverOutput.slice(-3000)}\n`);
  })
  .finally(() => {
    killAll();
    process.exit(failed ? 1 : 0);
  });
