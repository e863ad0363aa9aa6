import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { type ServerProcess, startServerProcess } from '../../support/server-process';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SCREENSHOT_DIR = path.join(ROOT, 'test-output', 'screenshots');

export interface RunningServer {
  url: string;
  /** Ends the server (SIGTERM, SIGKILL after a grace period) and removes its database. */
  stop(): Promise<void>;
}

/** The built server as users run it (`node server/dist/main.js`), on a fresh SQLite file with demo data. */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const main = path.join(ROOT, 'server', 'dist', 'main.js');
  const h5Index = path.join(ROOT, 'miniapp', 'dist', 'h5', 'index.html');
  for (const [file, hint] of [
    [main, 'pnpm build:server'],
    [h5Index, 'pnpm build:h5'],
  ]) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run ${hint} (pnpm test does this for you)`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ihaigui-browser-'));
  const removeDir = () => fs.rmSync(dir, { recursive: true, force: true });
  let server: ServerProcess;
  try {
    server = await startServerProcess({
      main,
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: `sqlite:${dir}/app.sqlite`,
        // Nothing balances load in front of a test server: no drain period before it stops.
        SHUTDOWN_DRAIN_MS: '0',
        // One browser clicks through many pages from one address in little time; the limits have e2e tests of their own.
        RATE_LIMIT_PUBLIC_PER_MINUTE: '100000',
        ...env,
      },
    });
  } catch (err) {
    removeDir();
    throw err;
  }
  // However it ends (stop(), or the clean-up after the test file), its database goes with it.
  server.child.once('exit', removeDir);
  return {
    url: server.url,
    async stop() {
      try {
        await server.stop();
      } finally {
        removeDir();
      }
    },
  };
}

/** Browsers launched by this test file and not closed yet: closed after the file's own hooks, whatever happened. */
const browsers = new Set<Browser>();
afterAll(() => Promise.all([...browsers].map((b) => b.close())));

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  browsers.add(browser);
  browser.on('disconnected', () => browsers.delete(browser));
  return browser;
}

export function screenshotPath(name: string): string {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, `${name}.png`);
}
