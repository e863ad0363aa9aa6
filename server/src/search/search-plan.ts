import { SEARCH_COUNT_LIMIT } from '@ihaigui/shared';
import type { TermSample } from './search.repository';

/** The knobs of the search plan. Only speed depends on them (and the counts on countLimit). */
export interface SearchTuning {
  /** Matches are counted per type up to this many. */
  countLimit: number;
  /** Postings sampled per term when planning a query of several terms. */
  termSample: number;
  /** A term in at most this many documents is cheap to drive a pass over all of its matches. */
  rareTermMax: number;
  /** A lone character is looked up through the terms that start with it, listed when there are at most this many. */
  prefixTermsMax: number;
}

export const SEARCH_TUNING = Symbol('SEARCH_TUNING');

export const DEFAULT_SEARCH_TUNING: SearchTuning = {
  countLimit: SEARCH_COUNT_LIMIT,
  termSample: 100,
  rareTermMax: 8_000,
  prefixTermsMax: 64,
};

export interface AllTermsPlan {
  /** Term indexes, rarest first: the first drives the joins. */
  order: number[];
  /**
   * none: some term is in no document. every-match: read every match in one pass (a rare term, or terms that
   * seldom meet). lists: per type, the best matches in the rarest term's order (many matches).
   */
  path: 'none' | 'every-match' | 'lists';
}

/**
 * Chooses how to answer a query of several terms from a sample of each term's postings (the first ones by
 * document id). A term's document count is estimated from the density of its sample over the id range it spans,
 * carried on to the highest id; how often its documents hold all the other terms, from the share of the sample
 * that does.
 */
export function planAllTerms(
  samples: readonly TermSample[],
  maxDocumentId: number,
  typeCount: number,
  tuning: SearchTuning,
): AllTermsPlan {
  const documents = samples.map((s) => {
    if (s.count < tuning.termSample) return s.count;
    const span = s.lastDocumentId - s.firstDocumentId + 1;
    return Math.round((s.count * (Math.max(maxDocumentId, s.lastDocumentId) - s.firstDocumentId + 1)) / span);
  });
  const order = samples.map((_, i) => i).sort((a, b) => documents[a]! - documents[b]! || a - b);
  const rarest = order[0]!;
  if (documents[rarest] === 0) return { order, path: 'none' };
  const expectedMatches =
    documents[rarest]! * (samples[rarest]!.count ? samples[rarest]!.matched / samples[rarest]!.count : 0);
  // Few matches in all: counting them per type would read every one anyway, so read them once and rank them here.
  const sparse = expectedMatches <= 2 * typeCount * tuning.countLimit;
  return { order, path: documents[rarest]! <= tuning.rareTermMax || sparse ? 'every-match' : 'lists' };
}
