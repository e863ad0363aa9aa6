import * as fs from 'node:fs';
import type { Page } from 'playwright-core';

/** The axe-core engine, read once and put into each page that is checked. */
let source: string | undefined;
function axeSource(): string {
  source ??= fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe (WCAG 2 A and AA rules) on the page shown now (the H5 router keeps earlier pages in the document,
 * hidden) and returns what it finds, one line per rule and element. `disable` turns off rules a check must skip.
 */
export async function axeViolations(page: Page, disable: readonly string[] = []): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  // Evaluated through the debugging protocol: the app's Content-Security-Policy allows no inline script.
  if (!loaded) await page.evaluate(axeSource());
  return page.evaluate(
    async (rules: string[]) => {
      type Result = {
        violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }>;
      };
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<Result> } }).axe;
      const shown = document.querySelector('.taro_page_show.taro_page_stationed') ?? document.body;
      const result = await axe.run(
        { include: [shown], exclude: [['.taro_page_shade']] },
        {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          rules: Object.fromEntries(rules.map((r) => [r, { enabled: false }])),
        },
      );
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
    },
    [...disable],
  );
}

/** Fails with a readable list when axe finds anything on the page shown now. */
export async function expectAccessible(page: Page, label: string, disable: readonly string[] = []): Promise<void> {
  const violations = await axeViolations(page, disable);
  const lines = violations.map((v) => `${label}: ${v.id} (${v.impact ?? '?'}) ${v.help} → ${v.targets.join(', ')}`);
  expect(lines).toEqual([]);
}
