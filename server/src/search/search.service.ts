import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  analyzeQuery,
  queryTermList,
  SEARCH_TYPES,
  type SearchQuery,
  type SearchResult,
  type SearchType,
} from '@ihaigui/shared';
import { CLOCK, type Clock } from '../common/clock';
import { pageOf, window } from '../common/db/paging';
import { DEFAULT_SEARCH_TUNING, planAllTerms, SEARCH_TUNING, type SearchTuning } from './search-plan';
import {
  byScoreThenNewest,
  type PageRanking,
  rankAllTerms,
  rankAnyTerm,
  type RankedCandidate,
  termFloors,
} from './search-ranking';
import { toSearchHit } from './search.mapper';
import { type MatchSpec, type ScoredDocument, SearchRepository } from './search.repository';

/** Extra rows per list (a quarter more, at least this many) so that hidden documents near the top rarely matter. */
const HIDDEN_ALLOWANCE = 16;

interface Request {
  types: readonly SearchType[];
  now: Date;
  offset: number;
  limit: number;
}

/**
 * Search across the public content. A document matches when it holds every term of the query (or, for a lone
 * Chinese character, any word starting with it) and is visible now; the best come first (highest sum of term
 * weights; for a lone character, its best weight), then the newest. Counts per type stop at SEARCH_COUNT_LIMIT.
 * At most three statements per request whatever the page size: [a sample of each term, or the terms of a lone
 * character,] the counts with the best candidates, then the page (search-ranking.ts explains why that is exact).
 */
@Injectable()
export class SearchService {
  private readonly tuning: SearchTuning;

  constructor(
    private readonly repository: SearchRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(SEARCH_TUNING) tuning?: Partial<SearchTuning>,
  ) {
    this.tuning = { ...DEFAULT_SEARCH_TUNING, ...tuning };
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const q = analyzeQuery(query.q);
    const result: SearchResult = {
      ...pageOf([], 0, query),
      query: query.q,
      terms: queryTermList(q),
      counts: { policy: 0, park: 0, finance: 0, announcement: 0, faq: 0 },
    };
    // Only punctuation or stop words: nothing to look for.
    if (q.exact.length === 0 && !q.prefix) return result;

    const request: Request = {
      types: query.type ? [query.type] : SEARCH_TYPES,
      now: this.clock.now(),
      ...window(query),
    };
    const found = q.prefix ? await this.searchPrefix(q.prefix, request) : await this.searchAllTerms(q.exact, request);
    if (!found) return result;
    for (const type of SEARCH_TYPES)
      result.counts[type] = Math.min(this.tuning.countLimit, found.counts.get(type) ?? 0);
    result.total = request.types.reduce((sum, t) => sum + result.counts[t], 0);
    if (request.offset >= result.total) return result;
    result.items = (await found.page()).map((d) => toSearchHit(d, q));
    return result;
  }

  /** Documents holding every term: counts, and how to read the page (the last statement). */
  private async searchAllTerms(terms: string[], request: Request): Promise<Found | null> {
    const { types, now, offset, limit } = request;
    if (terms.length > 1) {
      const sample = await this.repository.sampleTerms(terms, this.tuning.termSample);
      const plan = planAllTerms(sample.terms, sample.maxDocumentId, SEARCH_TYPES.length, this.tuning);
      if (plan.path === 'none') return null;
      terms = plan.order.map((i) => terms[i]!);
      if (plan.path === 'every-match') {
        // Few matches: read them all once, count and rank them here.
        const all = await this.repository.findAllMatches(terms, now);
        const counts = new Map<SearchType, number>();
        for (const m of all) counts.set(m.docType, (counts.get(m.docType) ?? 0) + 1);
        const ranked = all.filter((m) => types.includes(m.docType)).sort(byScoreThenNewest);
        return { counts, page: () => this.pageDocuments(ranked.slice(offset, offset + limit)) };
      }
    }
    const rowLimit = Math.max(this.tuning.countLimit + 1, offset + limit);
    const scan = await this.repository.scanTypeMatches({ terms, types, rowLimit, now });
    const counts = new Map([...scan].map(([type, t]) => [type, t.matches.length]));
    const ranking = rankAllTerms({ termCount: terms.length, types: types.map((t) => scan.get(t)!), offset, limit });
    // Each term's highest weight over the requested types bounds what the others can add (see termFloors).
    const maxima = terms.map((_, i) => Math.max(...types.map((t) => scan.get(t)!.maxima[i]!)));
    return {
      counts,
      page: () => this.readPage(ranking, { mode: 'all', terms }, (floor) => termFloors(floor, maxima), request),
    };
  }

  /** Documents holding a word that starts with the character. */
  private async searchPrefix(char: string, request: Request): Promise<Found | null> {
    const { types, now, offset, limit } = request;
    const terms = await this.repository.findTermsStartingWith(char, this.tuning.prefixTermsMax + 1);
    if (terms.length === 0) return null;
    if (terms.length > this.tuning.prefixTermsMax) {
      // Too many words to list: count and rank over the character's whole index range.
      const match: MatchSpec = { mode: 'any', prefix: char };
      const counts = await this.repository.countPrefixMatches(char, now, this.tuning.countLimit);
      return { counts, page: () => this.repository.findPageAbove(match, types, [1], now, offset, limit) };
    }
    const need = offset + limit;
    const depth = need + Math.max(HIDDEN_ALLOWANCE, Math.ceil(need / 4));
    const scan = await this.repository.scanAnyTermLists({
      terms,
      types,
      depth,
      countLimit: this.tuning.countLimit,
      now,
    });
    const ranking = rankAnyTerm({ listCount: terms.length * types.length, depth, rows: scan.rows, offset, limit });
    return {
      counts: scan.counts,
      page: () => this.readPage(ranking, { mode: 'any', terms }, (floor) => [floor], request),
    };
  }

  /** The page the ranking proved, or the page among the matches above its floor (or among all of them). */
  private readPage(
    ranking: PageRanking,
    match: MatchSpec,
    floors: (floor: number) => number[],
    request: Request,
  ): Promise<ScoredDocument[]> {
    if (ranking.conclusive) return this.pageDocuments(ranking.page);
    const termCount = 'terms' in match && match.mode === 'all' ? match.terms.length : 1;
    const minWeights =
      ranking.floor && ranking.floor > 0 ? floors(ranking.floor) : new Array<number>(termCount).fill(1);
    return this.repository.findPageAbove(match, request.types, minWeights, request.now, request.offset, request.limit);
  }

  /** The text of a ranked page, in rank order (a document deleted meanwhile drops out). */
  private async pageDocuments(page: readonly RankedCandidate[]): Promise<ScoredDocument[]> {
    const texts = new Map((await this.repository.findDocuments(page.map((c) => c.documentId))).map((d) => [d.id, d]));
    return page.flatMap((c) => {
      const text = texts.get(c.documentId);
      return text ? [{ ...text, score: c.score }] : [];
    });
  }
}

interface Found {
  /** Visible matches per type (the caller caps them). */
  counts: Map<SearchType, number>;
  /** Reads the requested page: one statement. */
  page: () => Promise<ScoredDocument[]>;
}
