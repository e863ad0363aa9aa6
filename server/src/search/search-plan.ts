import type { TermSample } from './search.repository';

/** Postings sampled per term when planning a query of several terms. */
export const TERM_SAMPLE = 100;
/** A term in at most this many documents is cheap to drive a complete pass over its matches. */
export const RARE_TERM_MAX = 5_000;

export interface AllTermsPlan {
  /** Term indexes, rarest first: the first drives the joins. */
  order: number[];
  /**
   * none: some term is in no document. every-match: read every match in one pass (a rare term, or terms that
   * seldom meet). lists: the ordered lists (many matches).
   */
  path: 'none' | 'every-match' | 'lists';
}

/**
 * Chooses how to answer a query of several terms from a sample of each term's postings (the first ones by
 * document id). A term's document count is estimated from how far into the id range its sample reaches, and
 * how often its documents hold all the other terms from the share of the sample that does. Only speed depends on
 * the estimates: every path gives the same result.
 */
export function planAllTerms(samples: readonly TermSample[], maxDocumentId: number, countLimit: number, typeCount: number): AllTermsPlan {
  const documents = samples.map((s) =>
    s.count < TERM_SAMPLE ? s.count : Math.round((s.count * Math.max(maxDocumentId, s.lastDocumentId)) / Math.max(1, s.lastDocumentId)),
  );
  const order = samples.map((_, i) => i).sort((a, b) => documents[a]! - documents[b]! || a - b);
  if (documents[order[0]!] === 0) return { order, path: 'none' };
  const rarest = samples[order[0]!]!;
  const expectedMatches = documents[order[0]!]! * (rarest.count ? rarest.matched / rarest.count : 0);
  // Few matches in all: counting them per type would read every one anyway, so read them once and rank them here.
  const sparse = expectedMatches <= 2 * typeCount * countLimit;
  return { order, path: documents[order[0]!]! <= RARE_TERM_MAX || sparse ? 'every-match' : 'lists' };
}
