import { highlight, snippetAround, type QueryTerms, type SearchHit } from '@ihaigui/shared';
import type { ScoredDocument } from './search.repository';

/** Snippet length in characters (a little over two lines on a phone). */
export const SNIPPET_WIDTH = 72;

export function toSearchHit(doc: ScoredDocument, q: QueryTerms): SearchHit {
  return {
    type: doc.docType,
    id: doc.refId,
    title: highlight(doc.title, q),
    titleEn: doc.titleEn ? highlight(doc.titleEn, q) : null,
    snippet: highlight(snippetAround(doc.content, q, SNIPPET_WIDTH), q),
    score: doc.score,
  };
}
