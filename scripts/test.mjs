#!/usr/bin/env node
/**
 * `pnpm test`: builds what the tests start (shared, server, H5) when their sources changed since the last build, then
 * runs every jest project. FORCE_BUILD=1 builds them anyway; SKIP_H5_BUILD=1 never builds the H5 app.
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

/**
 * Newest modification time (ms) under each path (files and folders, so a deleted file counts too), leaving out
 * node_modules and unit tests (*.spec.ts, not part of any build); 0 when none exists.
 */
function newest(paths) {
  let latest = 0;
  const visit = (p) => {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      latest = Math.max(latest, st.mtimeMs);
      for (const name of fs.readdirSync(p)) if (name !== 'node_modules') visit(path.join(p, name));
    } else if (!p.endsWith('.spec.ts')) latest = Math.max(latest, st.mtimeMs);
  };
  for (const p of paths) visit(path.join(root, p));
  return latest;
}

/**
 * Runs `pnpm <script>` unless each of its builds is newer than that build's sources; says which it did. `builds` lists
 * what the script builds: each its sources and the paths it writes.
 */
function buildIfStale(what, script, builds) {
  const stale = builds.filter(({ sources, outputs }) => {
    const built = newest(outputs);
    return built === 0 || newest(sources) > built;
  });
  if (!process.env.FORCE_BUILD && stale.length === 0) {
    console.log(
      `${what}: up to date (nothing in ${[...new Set(builds.flatMap((b) => b.sources))].join(', ')} is newer than the build), not rebuilt`,
    );
    return;
  }
  const why = process.env.FORCE_BUILD
    ? 'FORCE_BUILD is set'
    : `${stale.map((b) => b.outputs[0]).join(', ')} ${stale.length === 1 ? 'is' : 'are'} missing or older than ${stale.length === 1 ? 'its' : 'their'} sources`;
  console.log(`${what}: ${why}, building (pnpm ${script})`);
  run('pnpm', [script]);
}

const SHARED = ['shared/src', 'shared/tsconfig.json', 'tsconfig.base.json'];
// tsc -b brings the outputs (or at least the .tsbuildinfo) up to date whenever its inputs changed.
buildIfStale('server', 'build:server', [
  { sources: SHARED, outputs: ['shared/dist', 'shared/tsconfig.tsbuildinfo'] },
  {
    sources: [...SHARED, 'server/src', 'server/tsconfig.json'],
    outputs: ['server/dist', 'server/tsconfig.tsbuildinfo'],
  },
]);
if (haveChromium && !process.env.SKIP_H5_BUILD) {
  buildIfStale('H5 app', 'build:h5', [
    {
      sources: [
        ...SHARED,
        'shared/package.json',
        'miniapp/src',
        'miniapp/config',
        'miniapp/types',
        'miniapp/babel.config.js',
        'miniapp/tsconfig.json',
        'miniapp/package.json',
        'package.json',
        'pnpm-lock.yaml',
      ],
      outputs: ['miniapp/dist/h5'],
    },
  ]);
}

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
if (!process.env.TEST_MYSQL_URL)
  notes.push(
    'API e2e ran on SQLite only. Set TEST_MYSQL_URL=mysql://root@127.0.0.1:3306/test to run it on MySQL/MariaDB too.',
  );
if (!process.env.TEST_REDIS_URL)
  notes.push(
    'Redis checks (readiness, rate limit shared by two instances) skipped. Set TEST_REDIS_URL=redis://127.0.0.1:6379 to run them.',
  );
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
