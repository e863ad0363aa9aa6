import { type ChildProcess, spawn } from 'node:child_process';

/**
 * The built server (`node server/dist/main.js`) started as its own process, the way users run it. On a busy machine a
 * demo-seeded start can take minutes, so readiness is waited for (the printed URL, then the readiness endpoint answering
 * 200) up to a generous cap; a start that fails or runs out of time kills the process before it throws, so nothing is
 * left running on a random port.
 */

/** How long a server may take to become ready: TEST_SERVER_START_TIMEOUT_MS, else 180 s. */
export const SERVER_START_TIMEOUT_MS = Number(process.env.TEST_SERVER_START_TIMEOUT_MS) || 180_000;
/** How long SIGTERM gets before SIGKILL. */
const STOP_GRACE_MS = 10_000;

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Ends the process (SIGTERM, SIGKILL after a grace period); resolves with its exit code, or null when killed by a signal. */
  stop(): Promise<number | null>;
}

export interface StartOptions {
  main: string;
  env: Record<string, string>;
  cwd?: string;
  timeoutMs?: number;
}

/** Every server process started here and not yet ended. */
const running = new Set<ChildProcess>();

/**
 * Ends every server process this test file started and that is still running, or still starting. Registered to run
 * after the file's own hooks: a start that outlived its hook's time-out, or a test file whose afterAll never got a
 * handle on its server, leaves nothing behind.
 */
export async function endAllServerProcesses(): Promise<void> {
  await Promise.all([...running].map((child) => endProcess(child)));
}
if (typeof afterAll === 'function') afterAll(endAllServerProcesses);

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

/** Ends `child`: SIGTERM (or `signal`), then SIGKILL after the grace period; resolves once it has exited. */
export async function endProcess(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGTERM',
  graceMs = STOP_GRACE_MS,
): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  try {
    return await exited;
  } finally {
    clearTimeout(timer);
  }
}

/** Starts the server and resolves once it serves; on failure or time-out the process is ended and the error carries its output. */
export async function startServerProcess({
  main,
  env,
  cwd,
  timeoutMs = SERVER_START_TIMEOUT_MS,
}: StartOptions): Promise<ServerProcess> {
  const child = spawn(process.execPath, [main], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));
  const exit = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(`exited with ${signal ?? code}`)),
  );

  const printed = new Promise<string>((resolve) => {
    const look = () => {
      const m = output.match(/running: (http:\/\/\S+\/)/);
      if (!m) return;
      child.stdout!.off('data', look);
      resolve(m[1]);
    };
    child.stdout!.on('data', look);
  });
  const ready = printed.then(async (url) => {
    // The URL is printed once it listens; readiness also checks the database answers.
    for (;;) {
      try {
        const res = await fetch(`${url}api/v1/health/ready`);
        await res.arrayBuffer();
        if (res.ok) return url;
      } catch {
        // not answering yet
      }
      if (child.exitCode !== null || child.signalCode !== null) return url;
      await sleep(200);
    }
  });

  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<string>((resolve) => {
    timer = setTimeout(
      () => resolve(`was not ready within ${timeoutMs / 1000} s (TEST_SERVER_START_TIMEOUT_MS)`),
      timeoutMs,
    );
  });
  const outcome = await Promise.race([
    ready.then((url) => ({ url })),
    exit.then((problem) => ({ problem })),
    timedOut.then((problem) => ({ problem })),
  ]);
  clearTimeout(timer);
  if ('problem' in outcome || child.exitCode !== null || child.signalCode !== null) {
    const problem = 'problem' in outcome ? outcome.problem : 'exited before it was ready';
    await endProcess(child, 'SIGKILL');
    throw new Error(`server ${problem}:\n${output}`);
  }
  return { url: outcome.url, child, output: () => output, stop: () => endProcess(child) };
}
