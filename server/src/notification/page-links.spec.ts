import * as fs from 'node:fs';
import * as path from 'node:path';
import { isPageName, PAGES, SUBPACKAGES, TAB_PAGES } from '@ihaigui/shared';

/** Every `.ts` file below a directory. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [full] : [];
  });
}

describe('links from the server into mini-app pages', () => {
  it('name only pages of the shared page table', () => {
    const named = new Set<string>();
    for (const file of sources(path.join(__dirname, '..'))) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/\blink: \{ page: '([A-Za-z]+)'/g)) named.add(m[1]);
    }
    expect(named.size).toBeGreaterThan(5);
    expect([...named].filter((name) => !isPageName(name))).toEqual([]);
  });

  it('resolve to the page paths the mini-app registers', () => {
    expect(PAGES.intentionDetail).toBe(`${SUBPACKAGES.intention.root}/${SUBPACKAGES.intention.pages.intentionDetail}`);
    expect(PAGES.me).toBe(TAB_PAGES.me);
    const all = Object.values(PAGES);
    expect(new Set(all).size).toBe(all.length);
  });
});
