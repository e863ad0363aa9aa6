#!/usr/bin/env node
/**
 * `pnpm start`: the whole product on one URL. Builds the server, builds the H5 app when its sources are newer
 * than the last build, then runs the server (embedded SQLite with demo data unless DATABASE_URL says otherwise).
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function run(args) {
  const res = spawnSync('pnpm', args, { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) process.exit(res.status ?? 1);
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

run(['build:server']);

const h5Index = path.join(root, 'miniapp', 'dist', 'h5', 'index.html');
const sources = [
  path.join(root, 'miniapp', 'src'),
  path.join(root, 'miniapp', 'config'),
  path.join(root, 'shared', 'src'),
];
const stale = !fs.existsSync(h5Index) || Math.max(...sources.map(newestMtime)) > fs.statSync(h5Index).mtimeMs;
if (stale && !process.env.H5_DIR) {
  console.log('Building the H5 app (first start or sources changed)…');
  run(['build:h5']);
}

const server = spawn(process.execPath, [path.join(root, 'server', 'dist', 'main.js')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
