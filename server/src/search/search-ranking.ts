/**
 * Top-k ranking without scoring every match (in the spirit of Fagin's threshold algorithm).
 *
 * The index idx_search_term_type (term, docType, weight) hands out a term's postings of one type best first
 * (weight DESC, then documentId DESC). Two uses:
 *
 * "all" queries (every term required, score = sum of weights): per type, the repository reads the matches in
 * the order of the first (rarest) term's weight, up to a row limit, each with its exact score. A type with fewer
 * matches than the limit is complete. For the others, a match not read has a first-term weight no higher than
 * the last one read, and other-term weights no higher than their maxima: that sum bounds its score. The page is
 * proven when the last document it needs scores strictly above every bound (one term: always, the order is the
 * score order).
 *
 * "any" queries (a lone character expanded to the terms that start with it, score = best weight): per term and
 * type, the first rows in weight order. A document's best term ranks it in that term's list at least as high as
 * in the overall ranking, so the page is proven when each list holds as many visible rows as the page needs (or
 * all of its rows).
 *
 * When the page is not proven but at least a page's worth of matches was scored, the last of those gives a floor
 * that every document of the page reaches; such a document has a term weighing at least floor / terms ("all") or
 * floor ("any"), a short range of the same index, which the caller ranks instead of every match (termFloors).
 */

export interface RankedCandidate {
  documentId: number;
  score: number;
}

export interface PageRanking {
  /** False when the page is not proven; rank the matches above `floor` (or all of them) instead. */
  conclusive: boolean;
  /** The requested page (already offset), best first; meaningful only when conclusive. */
  page: RankedCandidate[];
  /** A score the page's last document reaches for sure (null: not known). */
  floor: number | null;
}

export const byScoreThenNewest = (a: RankedCandidate, b: RankedCandidate) =>
  b.score - a.score || b.documentId - a.documentId;

/** The matches of one type read in first-term weight order. */
export interface TypeMatches {
  matches: Array<RankedCandidate & { driverWeight: number }>;
  /** Every match of the type is in `matches`. */
  complete: boolean;
  /** Each term's highest weight in this type (the first term drives the order). */
  maxima: number[];
}

function finish(
  candidates: RankedCandidate[],
  offset: number,
  limit: number,
  proven: (floor: number | null) => boolean,
): PageRanking {
  candidates.sort(byScoreThenNewest);
  const need = offset + limit;
  const floor = candidates.length >= need ? candidates[need - 1]!.score : null;
  return proven(floor)
    ? { conclusive: true, page: candidates.slice(offset, need), floor }
    : { conclusive: false, page: [], floor };
}

export function rankAllTerms(params: {
  termCount: number;
  types: readonly TypeMatches[];
  offset: number;
  limit: number;
}): PageRanking {
  const { termCount, types, offset, limit } = params;
  let unseenBound = Number.NEGATIVE_INFINITY;
  for (const t of types) {
    if (t.complete || t.matches.length === 0) continue;
    if (termCount === 1) continue; // read in score order: nothing unread can outrank what was read
    const lastDriverWeight = Math.min(...t.matches.map((m) => m.driverWeight));
    const otherMaxima = t.maxima.slice(1).reduce((sum, w) => sum + w, 0);
    unseenBound = Math.max(unseenBound, lastDriverWeight + otherMaxima);
  }
  // One term: each type's first rows are its best, so the page is right once every type gave enough of them.
  const need = offset + limit;
  const enough = types.every((t) => t.complete || t.matches.length >= need);
  return finish(
    types.flatMap((t) => t.matches.map((m) => ({ documentId: m.documentId, score: m.score }))),
    offset,
    limit,
    (floor) =>
      termCount === 1 ? enough : unseenBound === Number.NEGATIVE_INFINITY || (floor !== null && floor > unseenBound),
  );
}

/** One row of one "any" list: `list` numbers (term, type) pairs as termIndex * typeCount + typeIndex. */
export interface ListRow {
  list: number;
  documentId: number;
  weight: number;
  hidden: boolean;
}

export function rankAnyTerm(params: {
  listCount: number;
  depth: number;
  rows: readonly ListRow[];
  offset: number;
  limit: number;
}): PageRanking {
  const { listCount, depth, rows, offset, limit } = params;
  const size = new Array<number>(listCount).fill(0);
  const visible = new Array<number>(listCount).fill(0);
  const best = new Map<number, number>();
  for (const row of rows) {
    size[row.list]! += 1;
    if (row.hidden) continue;
    visible[row.list]! += 1;
    best.set(row.documentId, Math.max(row.weight, best.get(row.documentId) ?? 0));
  }
  const need = offset + limit;
  const proven = size.every((n, list) => n < depth || visible[list]! >= need);
  return finish(
    [...best].map(([documentId, score]) => ({ documentId, score })),
    offset,
    limit,
    () => proven,
  );
}

/**
 * For an "all" page with a floor: the least weight of each term that can put a document on the page through that
 * term. A document scoring at least `floor` has some term j weighing at least floor / terms (else the sum falls
 * short), and weighing at least floor − (the other terms' highest weights); so the page lies within the union of
 * the ranges "term j weighs at least its value here".
 */
export function termFloors(floor: number, maxima: readonly number[]): number[] {
  const total = maxima.reduce((sum, w) => sum + w, 0);
  const share = Math.ceil(floor / maxima.length);
  return maxima.map((max) => Math.max(1, share, floor - (total - max)));
}
