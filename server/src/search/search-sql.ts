import { SEARCH_TYPES } from '@ihaigui/shared';
import { fromMarker, timeStamp, toMarker } from './search-terms';

/** SQL fragments the search repository composes; each runs unchanged on MySQL 8, MariaDB and SQLite. */

export const termParams = (terms: readonly string[]) => Object.fromEntries(terms.map((term, i) => [`t${i}`, term]));
export const typeParams = () => Object.fromEntries(SEARCH_TYPES.map((type, i) => [`type${i}`, type]));

/**
 * search_term t0, t1… one alias per term (bound as :t0, :t1…), with allTermsCondition in the WHERE clause.
 * A CROSS JOIN, so that SQLite keeps t0 (the rarest term) as the driving table; MySQL and MariaDB read it as an
 * inner join and order it by their own estimates.
 */
export function allTermsJoin(count: number): string {
  let sql = 'search_term t0';
  for (let i = 1; i < count; i++) sql += ` CROSS JOIN search_term t${i}`;
  return sql;
}

/** The rest of the WHERE clause of allTermsJoin: every other term on the same document. */
export function allTermsCondition(count: number): string {
  let sql = '';
  for (let i = 1; i < count; i++) sql += ` AND t${i}.term = :t${i} AND t${i}.documentId = t0.documentId`;
  return sql;
}

/** The visible documents of one type holding any of :...anyTerms (or a term starting with the prefix), once each. */
export function anyTermDocuments(typeIndex: number, prefix?: string): string {
  return `SELECT DISTINCT t.documentId AS documentId FROM search_term t
    WHERE ${prefix ? prefixCondition('t', prefix) : 't.term IN (:...anyTerms)'} AND t.docType = :type${typeIndex}
      AND t.documentId NOT IN (${hiddenDocuments(typeIndex)})`;
}

/**
 * Documents hidden now, read from the visibility markers (search-terms.ts): visibleFrom after now, or
 * visibleTo at or before now. Two short index ranges per type; the stamps are fixed-width digits, so both bounds
 * of each range share the marker's prefix and compare the same way under every collation.
 */
function hiddenOfType(typeIndex: number): string {
  return `(h.term > :hiddenFromLow${typeIndex} AND h.term <= :hiddenFromHigh${typeIndex})
    OR (h.term >= :hiddenToLow${typeIndex} AND h.term <= :hiddenToHigh${typeIndex})`;
}

/** Hidden documents of one type (as a subquery for NOT IN), or of every type. */
export function hiddenDocuments(typeIndex?: number): string {
  const ranges =
    typeIndex === undefined ? SEARCH_TYPES.map((_, i) => hiddenOfType(i)).join(' OR ') : hiddenOfType(typeIndex);
  return `SELECT h.documentId FROM search_term h WHERE ${ranges}`;
}

export function hiddenParams(now: Date): Record<string, string> {
  const stamp = timeStamp(now);
  const params: Record<string, string> = {};
  SEARCH_TYPES.forEach((type, i) => {
    params[`hiddenFromLow${i}`] = fromMarker(type) + stamp;
    params[`hiddenFromHigh${i}`] = fromMarker(type) + '9'.repeat(stamp.length);
    params[`hiddenToLow${i}`] = toMarker(type) + '0'.repeat(stamp.length);
    params[`hiddenToHigh${i}`] = toMarker(type) + stamp;
  });
  return params;
}

const BLOCK_ENDS = new Set([0x4dbf, 0x9fff]);

/**
 * Terms that start with one Chinese character. Inside the main ideograph blocks, code-point order is also the
 * order of MySQL's Unicode collation, so the terms form one index range [c, c+1); elsewhere LIKE is exact.
 */
export function prefixCondition(alias: string, char: string): string {
  const cp = char.codePointAt(0)!;
  const ranged = ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)) && !BLOCK_ENDS.has(cp);
  return ranged ? `${alias}.term >= :prefixLow AND ${alias}.term < :prefixHigh` : `${alias}.term LIKE :prefixLike`;
}

export function prefixParams(char: string): Record<string, unknown> {
  const cp = char.codePointAt(0)!;
  return { prefixLow: char, prefixHigh: String.fromCodePoint(cp + 1), prefixLike: `${char}%` };
}
