import { Inject, Injectable } from '@nestjs/common';
import { analyzeQuery, queryTermList, SEARCH_TYPES, type SearchQuery, type SearchResult, type SearchType } from '@ihaigui/shared';
import { CLOCK, type Clock } from '../common/clock';
import { toSearchHit } from './search.mapper';
import { SearchRepository } from './search.repository';

type Counts = SearchResult['counts'];

/**
 * Search across the public content. A document matches when it holds every term of the query and is visible now;
 * the best (highest sum of term weights) come first. Two statements per request whatever the page size:
 * the counts per type, then the page.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly repository: SearchRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async search(query: SearchQuery): Promise<SearchResult> {
    const q = analyzeQuery(query.q);
    const result: SearchResult = {
      items: [],
      page: query.page,
      pageSize: query.pageSize,
      total: 0,
      query: query.q,
      terms: queryTermList(q),
      counts: zeroCounts(),
    };
    // Only punctuation or stop words: nothing to look for.
    if (q.exact.length === 0 && !q.prefix) return result;

    const spec = { terms: q.exact, prefix: q.prefix, now: this.clock.now() };
    const found = await this.repository.countMatches(spec);
    for (const type of SEARCH_TYPES) result.counts[type] = found.get(type) ?? 0;
    result.total = query.type ? result.counts[query.type] : SEARCH_TYPES.reduce((sum, t) => sum + result.counts[t], 0);

    const offset = (query.page - 1) * query.pageSize;
    if (offset >= result.total) return result;
    const docs = await this.repository.findMatchPage(spec, query.type, offset, query.pageSize);
    result.items = docs.map((d) => toSearchHit(d, q));
    return result;
  }
}

function zeroCounts(): Counts {
  return Object.fromEntries(SEARCH_TYPES.map((t: SearchType) => [t, 0])) as Counts;
}
