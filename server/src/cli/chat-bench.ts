/**
 * Live chat benchmark: the built server (`server/dist/main.js`) on a fresh SQLite file with one admin, `--pairs` organisations and
 * talents (made through the API: accounts, consent, organisation registered and verified by staff, the talent's
 * intention with it), one live socket per account (2 × pairs sockets on the one instance), then `--messages` messages
 * sent over HTTP at `--rate` per second, each by one party of a random conversation. Prints the median and p95
 * delivery latency (from the send request to the frame on the other party's socket), the server's memory (RSS before
 * the sockets, with them open, after the run) and the delivery ratio: every message must reach both parties' sockets
 * exactly once, else the exit code is 1.
 *
 *   node server/dist/cli/chat-bench.js [--pairs 100] [--rate 20] [--messages 300] [--settle-ms 5000]
 *
 * The sign-in and upload limits are raised for the one load generator on one address; the limiter still runs.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import WebSocket from 'ws';
import { LIVE_PATH, type LiveServerFrame, usccCheckCharacter } from '@ihaigui/shared';
import { PRIVACY_POLICY_VERSION } from '../account/privacy-policy';

interface Options {
  pairs: number;
  rate: number;
  messages: number;
  settleMs: number;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { pairs: 100, rate: 20, messages: 300, settleMs: 5000 };
  const args = argv.filter((a) => a !== '--');
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = () => {
      const v = Number(args[++i]);
      if (!Number.isFinite(v) || v <= 0) throw new Error(`${arg} needs a positive number`);
      return v;
    };
    if (arg === '--pairs') options.pairs = Math.floor(value());
    else if (arg === '--rate') options.rate = value();
    else if (arg === '--messages') options.messages = Math.floor(value());
    else if (arg === '--settle-ms') options.settleMs = value();
    else throw new Error(`unknown option ${arg} (see the header of chat-bench.ts)`);
  }
  return options;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The server's resident memory in MB (Linux /proc). */
function rssMb(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 102.4) / 10 : null;
  } catch {
    return null;
  }
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

const ADMIN = { username: 'bench_admin', password: 'bench admin password 2026' };

/** An empty database with one admin (who verifies the organisations): quicker than the demo seed. */
function createAdmin(dir: string): void {
  const res = spawnSync(process.execPath, [path.resolve(__dirname, 'create-admin.js'), ADMIN.username, '基准管理员'], {
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl(dir), ADMIN_PASSWORD: ADMIN.password },
    encoding: 'utf8',
  });
  if (res.status !== 0) throw new Error(`create-admin failed: ${res.stderr}`);
}

const databaseUrl = (dir: string) => `sqlite:${path.join(dir, 'bench.sqlite')}`;

async function startServer(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const main = path.resolve(__dirname, '..', 'main.js');
  const child = spawn(process.execPath, [main], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: '0',
      H5_DIR: '',
      DATABASE_URL: databaseUrl(dir),
      STORAGE_DIR: path.join(dir, 'files'),
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      // One load generator on one address registers every account: the limits must not answer it 429.
      RATE_LIMIT_AUTH_PER_MINUTE: '100000',
      RATE_LIMIT_SENSITIVE_PER_MINUTE: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));
  const deadline = Date.now() + 180_000;
  for (;;) {
    const m = /running: (http:\/\/\S+\/)/.exec(output);
    if (m) return { child, url: (m[1] as string).replace('localhost', '127.0.0.1') };
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not start:\n${output}`);
    }
    await sleep(100);
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ihaigui-chat-bench-'));
  let server: { child: ChildProcess; url: string } | null = null;
  const sockets: WebSocket[] = [];
  try {
    const started = Date.now();
    createAdmin(dir);
    server = await startServer(dir);
    const base = `${server.url}api/v1`;
    const call = async <T>(method: string, route: string, token: string | null, body?: unknown): Promise<T> => {
      const res = await fetch(`${base}${route}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        body: body !== undefined ? JSON.stringify(body) : undefined,
      });
      const text = await res.text();
      if (res.status >= 300) throw new Error(`${method} ${route}: ${res.status} ${text.slice(0, 200)}`);
      return (text ? JSON.parse(text) : null) as T;
    };
    const staff = (await call<{ accessToken: string }>('POST', '/auth/login', null, ADMIN)).accessToken;
    const policyVersion = PRIVACY_POLICY_VERSION;

    const account = async (role: 'talent' | 'enterprise', i: number) => {
      const token = (
        await call<{ accessToken: string }>('POST', '/auth/register', null, {
          username: `${role === 'talent' ? 't' : 'e'}bench${i}`,
          password: `bench-password-${i}`,
          role,
          displayName: `${role === 'talent' ? '人才' : '企业'}${i}`,
        })
      ).accessToken;
      await call('POST', '/me/consent', token, { policyVersion });
      return token;
    };
    /** One organisation (registered, verified) and one talent with an intention: their conversation. */
    const pair = async (i: number) => {
      const [org, talent] = await Promise.all([account('enterprise', i), account('talent', i)]);
      const first17 = `91350203${String(1_000_000_000 + i).slice(1)}`;
      const registered = await call<{ id: number }>('POST', '/organizations', org, {
        name: `基准测试企业${i}`,
        uscc: first17 + usccCheckCharacter(first17),
        type: 'enterprise',
        industry: '新材料',
        district: '湖里区',
        contactName: '联系人',
        contactPhone: `138${String(10000000 + i).slice(-8)}`,
      });
      await call('POST', `/staff/organizations/${registered.id}/verification`, staff, { decision: 'verify' });
      const intention = await call<{ id: number }>('POST', '/me/intentions', talent, {
        organizationId: registered.id,
        note: '基准测试洽谈',
      });
      const conversation = await call<{ id: number }>('GET', `/conversations/for/intention/${intention.id}`, talent);
      return { id: conversation.id, org, talent };
    };
    const pairs: Array<{ id: number; org: string; talent: string }> = [];
    const CONCURRENCY = 6;
    for (let i = 0; i < options.pairs; i += CONCURRENCY) {
      const batch = [];
      for (let j = i; j < Math.min(options.pairs, i + CONCURRENCY); j++) batch.push(pair(j));
      pairs.push(...(await Promise.all(batch)));
    }
    const setupSeconds = (Date.now() - started) / 1000;
    const rssBefore = rssMb(server.child.pid as number);

    // One socket per account; each frame is recorded as (socket, clientId, arrival time).
    const arrivals = new Map<string, Map<number, number>>();
    const duplicates: string[] = [];
    let socketIndex = 0;
    const open = (token: string) =>
      new Promise<number>((resolve, reject) => {
        const index = socketIndex++;
        const url = new URL(LIVE_PATH, server!.url.replace(/^http/, 'ws'));
        url.searchParams.set('token', token);
        const ws = new WebSocket(url);
        sockets.push(ws);
        ws.on('message', (data) => {
          const frame = JSON.parse((data as Buffer).toString('utf8')) as LiveServerFrame;
          if (frame.type === 'ready') return resolve(index);
          if (frame.type !== 'message' || !frame.message.clientId) return;
          const seen = arrivals.get(frame.message.clientId) ?? new Map<number, number>();
          if (seen.has(index)) duplicates.push(frame.message.clientId);
          seen.set(index, performance.now());
          arrivals.set(frame.message.clientId, seen);
        });
        ws.once('close', (code) => reject(new Error(`socket closed with ${code} before it was ready`)));
        ws.once('error', reject);
      });
    const conversations = [];
    for (const p of pairs) {
      const [orgSocket, talentSocket] = [await open(p.org), await open(p.talent)];
      conversations.push({ ...p, orgSocket, talentSocket });
    }
    await sleep(500);
    const rssOpen = rssMb(server.child.pid as number);

    // The load: one message every 1/rate s, by one party of a random conversation.
    interface Sent {
      at: number;
      receiver: number;
      sender: number;
      ok: boolean;
    }
    const sent = new Map<string, Sent>();
    const interval = 1000 / options.rate;
    const t0 = performance.now();
    const inFlight: Array<Promise<void>> = [];
    let failures = 0;
    for (let i = 0; i < options.messages; i++) {
      const wait = t0 + i * interval - performance.now();
      if (wait > 0) await sleep(wait);
      const c = conversations[Math.floor(Math.random() * conversations.length)]!;
      const byOrg = i % 2 === 0;
      const clientId = randomUUID();
      const entry: Sent = {
        at: performance.now(),
        receiver: byOrg ? c.talentSocket : c.orgSocket,
        sender: byOrg ? c.orgSocket : c.talentSocket,
        ok: false,
      };
      sent.set(clientId, entry);
      inFlight.push(
        call('POST', `/conversations/${c.id}/messages`, byOrg ? c.org : c.talent, {
          body: `基准消息 ${i}`,
          clientId,
        }).then(
          () => void (entry.ok = true),
          () => void (failures += 1),
        ),
      );
    }
    await Promise.all(inFlight);
    const sendSeconds = (performance.now() - t0) / 1000;
    // Let the last frames arrive.
    const settleUntil = performance.now() + options.settleMs;
    const complete = () =>
      [...sent].every(([id, s]) => arrivals.get(id)?.has(s.receiver) && arrivals.get(id)?.has(s.sender));
    while (!complete() && performance.now() < settleUntil) await sleep(50);
    const rssAfter = rssMb(server.child.pid as number);

    const latencies: number[] = [];
    let delivered = 0;
    for (const [id, s] of sent) {
      const seen = arrivals.get(id);
      const atReceiver = seen?.get(s.receiver);
      if (atReceiver !== undefined) {
        delivered += 1;
        latencies.push(atReceiver - s.at);
      }
      if (seen?.has(s.sender)) delivered += 1;
    }
    latencies.sort((a, b) => a - b);
    const expected = sent.size * 2;
    const ratio = expected ? delivered / expected : 0;
    const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
    const lines = [
      `chat bench: ${sockets.length} sockets on one instance (${pairs.length} conversations), ` +
        `${sent.size} messages at ${options.rate}/s over ${sendSeconds.toFixed(1)} s (setup ${setupSeconds.toFixed(1)} s)`,
      `delivery latency (send → other party's socket): median ${fmt(percentile(latencies, 50))}, ` +
        `p95 ${fmt(percentile(latencies, 95))}, max ${fmt(latencies[latencies.length - 1] ?? NaN)}`,
      `server RSS: ${rssBefore ?? '?'} MB before the sockets, ${rssOpen ?? '?'} MB with them open, ${rssAfter ?? '?'} MB after the run`,
      `delivery ratio: ${(ratio * 100).toFixed(2)} % (${delivered}/${expected} frames to the two parties' sockets), ` +
        `${duplicates.length} duplicates, ${failures} failed sends`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (ratio < 1 || duplicates.length || failures) {
      process.stdout.write('FAILED: not every message reached both sockets exactly once\n');
      process.exitCode = 1;
    }
  } finally {
    for (const ws of sockets) ws.terminate();
    if (server && server.child.exitCode === null) {
      const exited = new Promise((r) => server!.child.once('exit', r));
      server.child.kill('SIGTERM');
      const force = setTimeout(() => server?.child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(force);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
