import type { Bilingual } from '@ihaigui/shared';

/** A name in quotes as each language writes it — 「…」 in Chinese, “…” in English (the Chinese name when there is no English one). */
export function quoted(zh: string, en: string | null): Bilingual {
  return { zh: `「${zh}」`, en: `“${en ?? zh}”` };
}
