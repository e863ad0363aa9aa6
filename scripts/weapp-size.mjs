#!/usr/bin/env node
/** Prints the weapp main-package size (everything outside subpackage roots) and fails above WeChat's 2 MB limit. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'miniapp', 'dist', 'weapp');
const LIMIT = 2 * 1024 * 1024;
const app = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'));
const subRoots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/$/, ''));

function sizeOf(dir, rel = '') {
  let main = 0;
  let sub = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const relPath = rel ? `${rel}/${entry.name}` : entry.name;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const r = sizeOf(full, relPath);
      main += r.main;
      sub += r.sub;
    } else if (!entry.name.endsWith('.map')) {
      const size = fs.statSync(full).size;
      if (subRoots.some((root) => relPath === root || relPath.startsWith(`${root}/`))) sub += size;
      else main += size;
    }
  }
  return { main, sub };
}

const { main, sub } = sizeOf(dist);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `weapp main package: ${kb(main)} (limit ${kb(LIMIT)}); subpackages: ${kb(sub)} in ${subRoots.length} (${subRoots.join(', ')})`,
);
if (main > LIMIT) {
  console.error('weapp main package is over the 2 MB limit');
  process.exit(1);
}
