import type { Highlight } from './search.schema';

/**
 * The search analyser, the same on every database: Chinese is cut into overlapping character pairs (人才补贴 →
 * 人才 才补 补贴) plus one "end" term per run (贴_) so that a one-character query still finds its character as a
 * prefix; Latin text into lower-case words with a light English stemmer. A query matches a document when every one
 * of its terms is in the document, which for Chinese means the query's characters appear next to each other.
 */
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const WORD = /[a-z0-9]/;
export const END_MARK = '_';
export const TERM_MAX = 24;

const STOP_WORDS = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'by', 'for', 'in', 'is', 'of', 'on', 'or', 'the', 'to', 'with']);

export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) {
    return word.slice(0, -1);
  }
  return word;
}

export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

interface Run {
  kind: 'cjk' | 'word';
  text: string;
  start: number;
}

/** Splits normalised text into Chinese runs and Latin words, keeping positions (for highlighting). */
function runs(normalized: string): Run[] {
  const out: Run[] = [];
  let i = 0;
  while (i < normalized.length) {
    const ch = normalized[i]!;
    if (CJK.test(ch)) {
      let j = i + 1;
      while (j < normalized.length && CJK.test(normalized[j]!)) j++;
      out.push({ kind: 'cjk', text: normalized.slice(i, j), start: i });
      i = j;
    } else if (WORD.test(ch)) {
      let j = i + 1;
      while (j < normalized.length && WORD.test(normalized[j]!)) j++;
      out.push({ kind: 'word', text: normalized.slice(i, j), start: i });
      i = j;
    } else {
      i++;
    }
  }
  return out;
}

function wordTerm(word: string): string | null {
  if (word.length < 2 || STOP_WORDS.has(word)) return null;
  return stem(word).slice(0, TERM_MAX);
}

/** Terms of a document field with their counts. */
export function analyze(text: string | null | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  if (!text) return counts;
  const add = (t: string) => counts.set(t, (counts.get(t) ?? 0) + 1);
  for (const run of runs(normalize(text))) {
    if (run.kind === 'word') {
      const t = wordTerm(run.text);
      if (t) add(t);
      continue;
    }
    for (let k = 0; k + 1 < run.text.length; k++) add(run.text.slice(k, k + 2));
    add(run.text[run.text.length - 1] + END_MARK);
  }
  return counts;
}

export interface QueryTerms {
  /** Terms every match must contain. */
  exact: string[];
  /** A lone Chinese character: matched as the first character of a term. */
  prefix: string | null;
  /** What the highlighter looks for: the query's Chinese runs and English word stems. */
  cjkRuns: string[];
  words: string[];
}

export const QUERY_TERMS_MAX = 8;

export function analyzeQuery(query: string): QueryTerms {
  const exact = new Set<string>();
  const cjkRuns: string[] = [];
  const words: string[] = [];
  let prefix: string | null = null;
  for (const run of runs(normalize(query))) {
    if (run.kind === 'word') {
      const t = wordTerm(run.text);
      if (t) {
        exact.add(t);
        words.push(t);
      }
    } else if (run.text.length === 1) {
      prefix ??= run.text;
      cjkRuns.push(run.text);
    } else {
      for (let k = 0; k + 1 < run.text.length; k++) exact.add(run.text.slice(k, k + 2));
      cjkRuns.push(run.text);
    }
  }
  const list = [...exact].slice(0, QUERY_TERMS_MAX);
  // A lone character only narrows a query that has nothing else.
  return { exact: list, prefix: list.length === 0 ? prefix : null, cjkRuns, words };
}

/** Marks every place the query matches in a text: Chinese runs as substrings, English words by stem. */
export function highlight(text: string, q: QueryTerms): Highlight {
  if (!text) return [];
  const normalized = normalize(text);
  // NFKC can change lengths (full-width forms keep theirs); fall back to no highlight when it does.
  if (normalized.length !== text.length) return [{ text, hit: false }];
  const marks = new Array<boolean>(text.length).fill(false);
  for (const r of q.cjkRuns) {
    let at = normalized.indexOf(r);
    while (at >= 0) {
      marks.fill(true, at, at + r.length);
      at = normalized.indexOf(r, at + 1);
    }
  }
  if (q.words.length > 0) {
    const wanted = new Set(q.words);
    for (const run of runs(normalized)) {
      if (run.kind === 'word' && wanted.has(stem(run.text).slice(0, TERM_MAX))) marks.fill(true, run.start, run.start + run.text.length);
    }
  }
  const out: Highlight = [];
  for (let i = 0; i < text.length; i++) {
    const last = out[out.length - 1];
    if (last && last.hit === marks[i]) last.text += text[i];
    else out.push({ text: text[i]!, hit: marks[i]! });
  }
  return out;
}

/** A window of the text around its first match, for result snippets. */
export function snippetAround(text: string, q: QueryTerms, width = 72): string {
  if (text.length <= width) return text;
  const normalized = normalize(text);
  let first = -1;
  for (const r of q.cjkRuns) {
    const at = normalized.indexOf(r);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  for (const w of q.words) {
    const at = normalized.indexOf(w);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  if (first < 0) return `${text.slice(0, width)}…`;
  const start = Math.max(0, first - Math.floor(width / 3));
  const end = Math.min(text.length, start + width);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** Text of an HTML fragment, for indexing and snippets. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
