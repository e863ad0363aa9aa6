import type { Highlight } from './search.schema';

/**
 * The search analyser, the same on every database: Chinese is cut into overlapping character pairs (人才补贴 →
 * 人才 才补 补贴) plus one "end" term per run (贴_) so that a one-character query still finds its character as a
 * prefix; Latin text into lower-case words with a light English stemmer. A query matches a document when every one
 * of its terms is in the document, which for Chinese means the query's characters appear next to each other.
 */
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const WORD = /[a-z0-9]/;
const MARKS = /\p{M}/gu;
export const END_MARK = '_';
export const TERM_MAX = 24;

const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'by',
  'for',
  'in',
  'is',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

/** English plurals to their singular: policies → policy, visas → visa, taxes → tax, classes → class. */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('sses')) return word.slice(0, -2);
  if (word.length > 4 && /(?:ch|sh|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) {
    return word.slice(0, -1);
  }
  return word;
}

/**
 * Compatibility forms folded (full-width ＶＩＳＡ → visa, ⼈ → 人), accents dropped (résumé → resume), lower case.
 * Works character by character, so folding a text piece by piece gives the same result as folding it whole.
 */
export function normalize(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
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

/** What a query was cut into, as shown to the user: its terms, or the lone character it looks for. */
export function queryTermList(q: QueryTerms): string[] {
  return q.prefix ? [q.prefix] : q.exact;
}

/**
 * For each UTF-16 unit of `text`, whether the query matches there: Chinese runs as substrings, English words by
 * stem. The text is folded one character at a time so that a position in the folded text leads back to the
 * original even where folding changes lengths (㎡ → m2, é → e).
 */
function matchMarks(text: string, q: QueryTerms): boolean[] {
  const marks = new Array<boolean>(text.length).fill(false);
  if (q.cjkRuns.length === 0 && q.words.length === 0) return marks;
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < text.length;) {
    const width = text.codePointAt(i)! > 0xffff ? 2 : 1;
    const piece = normalize(text.slice(i, i + width));
    for (let k = 0; k < piece.length; k++) {
      from.push(i);
      to.push(i + width);
    }
    folded += piece;
    i += width;
  }
  const mark = (start: number, end: number) => marks.fill(true, from[start]!, to[end - 1]!);
  for (const r of q.cjkRuns) {
    for (let at = folded.indexOf(r); at >= 0; at = folded.indexOf(r, at + 1)) mark(at, at + r.length);
  }
  if (q.words.length > 0) {
    const wanted = new Set(q.words);
    for (const run of runs(folded)) {
      if (run.kind === 'word' && wanted.has(stem(run.text).slice(0, TERM_MAX)))
        mark(run.start, run.start + run.text.length);
    }
  }
  return marks;
}

/** Marks every place the query matches in a text, as plain and matched segments. */
export function highlight(text: string, q: QueryTerms): Highlight {
  if (!text) return [];
  const marks = matchMarks(text, q);
  const out: Highlight = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marks[i] !== marks[start]) {
      out.push({ text: text.slice(start, i), hit: marks[start]! });
      start = i;
    }
  }
  return out;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** A window of the text around its first match, for result snippets; cut where a word or character begins. */
export function snippetAround(text: string, q: QueryTerms, width = 72): string {
  if (text.length <= width) return text;
  const first = matchMarks(text, q).indexOf(true);
  if (first < 0) return `${text.slice(0, isLowSurrogate(text.charCodeAt(width)) ? width - 1 : width)}…`;
  let start = Math.max(0, Math.min(first - Math.floor(width / 3), text.length - width));
  // Do not start in the middle of an English word (nor of a surrogate pair).
  while (start > 0 && start < first && /[A-Za-z0-9]/.test(text[start - 1]!) && /[A-Za-z0-9]/.test(text[start]!))
    start++;
  if (isLowSurrogate(text.charCodeAt(start))) start++;
  let end = Math.min(text.length, start + width);
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end--;
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

const NAMED_ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text of an HTML fragment, for indexing and snippets. Entities are decoded once (&amp;lt; stays "&lt;"). */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/gi, (whole, dec?: string, hex?: string, name?: string) => {
      if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
      const code = dec ? Number(dec) : parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}
