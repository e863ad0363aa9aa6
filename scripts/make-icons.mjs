#!/usr/bin/env node
/**
 * Renders the tab-bar icons (81×81 PNG, as WeChat asks: local files, no SVG) and the H5 favicon from the SVG
 * shapes below with Chromium. Run again after changing a shape; the PNGs are committed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = createRequire(path.join(root, 'test', 'package.json'))('playwright-core');
const outDir = path.join(root, 'miniapp', 'src', 'assets', 'tab');
const COLORS = { normal: '#7a8599', active: '#1f4e9c' };

// 24×24 outline shapes drawn for this app.
const SHAPES = {
  home: '<path d="M3 11 12 3.5 21 11"/><path d="M5.5 9.5V20h5v-5.5h3V20h5V9.5"/>',
  policy: '<path d="M6 3h8.5L19 7.5V21H6z"/><path d="M14 3v5h5"/><path d="M9 12h7M9 15.5h7M9 19h4"/>',
  job: '<rect x="3.5" y="7.5" width="17" height="12" rx="2"/><path d="M9 7.5V5.5a1.5 1.5 0 0 1 1.5-1.5h3A1.5 1.5 0 0 1 15 5.5v2"/><path d="M3.5 13h17"/>',
  match: '<circle cx="8.5" cy="12" r="5"/><circle cx="15.5" cy="12" r="5"/>',
  me: '<circle cx="12" cy="8" r="4"/><path d="M4.5 20.5c.8-4 3.8-6 7.5-6s6.7 2 7.5 6"/>',
};

function svg(shape, color, size) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 24 24" fill="none" stroke="${color}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${shape}</svg>`;
}

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#1f4e9c"/><text x="32" y="44" font-family="sans-serif" font-size="34" font-weight="700" fill="#fff" text-anchor="middle">i</text><circle cx="46" cy="18" r="6" fill="#f2a33a"/></svg>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage({ deviceScaleFactor: 1 });
async function render(markup, size, file) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${markup}</body></html>`);
  await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}
fs.mkdirSync(outDir, { recursive: true });
for (const [name, shape] of Object.entries(SHAPES)) {
  await render(svg(shape, COLORS.normal, 81), 81, path.join(outDir, `${name}.png`));
  await render(svg(shape, COLORS.active, 81), 81, path.join(outDir, `${name}-active.png`));
}
await render(
  FAVICON.replace('width="64" height="64"', 'width="64" height="64" style="display:block"'),
  64,
  path.join(root, 'miniapp', 'src', 'assets', 'favicon.png'),
);
await browser.close();
console.log(`icons written to ${path.relative(root, outDir)}`);
