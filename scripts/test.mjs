#!/usr/bin/env node
/**
 * `pnpm test`: builds what the tests start (shared, server, H5), then runs every jest project.
 * API e2e runs on SQLite always and on MySQL/MariaDB too when TEST_MYSQL_URL is set.
 * Browser tests need Chromium; without it they are skipped and this says so loudly, it never passes silently.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const haveChromium = fs.existsSync(chromium);
const extraArgs = process.argv.slice(2);

function run(cmd, args, env = {}) {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (res.status !== 0) process.exit(res.status ?? 1);
}

run('pnpm', ['build:server']);
if (haveChromium && !process.env.SKIP_H5_BUILD) run('pnpm', ['build:h5']);

const projects = haveChromium ? ['unit', 'e2e', 'miniapp', 'browser'] : ['unit', 'e2e', 'miniapp'];
const resultsFile = path.join(root, 'test-output', 'jest-results.json');
fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
const jest = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
    '--selectProjects',
    ...projects,
    '--json',
    `--outputFile=${resultsFile}`,
    ...extraArgs,
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium } },
);

const notes = [];
if (!process.env.TEST_MYSQL_URL) notes.push('API e2e ran on SQLite only. Set TEST_MYSQL_URL=mysql://root@127.0.0.1:3306/test to run it on MySQL/MariaDB too.');
if (!process.env.TEST_REDIS_URL) notes.push('Redis checks (readiness, rate limit shared by two instances) skipped. Set TEST_REDIS_URL=redis://127.0.0.1:6379 to run them.');
if (!haveChromium) {
  notes.push(
    `BROWSER TESTS SKIPPED: no Chromium at ${chromium}. Install it (Debian: apt-get install chromium fonts-wqy-microhei) or set CHROMIUM_PATH, then run pnpm test again.`,
  );
}
try {
  const r = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  console.log(
    `\nTest totals: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped, ${r.numTotalTests} total (${r.numTotalTestSuites} suites)`,
  );
} catch {
  console.log('\nTest totals: unavailable (jest wrote no results)');
}
for (const n of notes) console.log(`NOTE: ${n}`);
process.exit(jest.status ?? 1);
