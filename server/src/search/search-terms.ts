import { analyze, type SearchType } from '@ihaigui/shared';
import type { SearchDocumentEntity, SearchTermEntity } from './search.entity';

/** The largest weight a smallint column holds; a term's weight saturates there. */
export const WEIGHT_MAX = 32_767;
export const TITLE_MAX = 240;
/** search_document.content: plain text for snippets. */
export const CONTENT_MAX = 4_000;

export interface WeightedField {
  text: string | null | undefined;
  weight: number;
}

/** Weight of each term of a document: the sum over its fields of field weight × occurrences. */
export function termWeights(fields: readonly WeightedField[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const field of fields) {
    if (!field.text || field.weight <= 0) continue;
    for (const [term, occurrences] of analyze(field.text)) {
      weights.set(term, Math.min(WEIGHT_MAX, (weights.get(term) ?? 0) + field.weight * occurrences));
    }
  }
  return weights;
}

/**
 * Visibility windows live in the term index too, as marker terms that sort by time: `#<type code>f<stamp>` for
 * visibleFrom and `#<type code>t<stamp>` for visibleTo (e.g. #pt20270101160000000: a policy visible until then).
 * The few documents of a type hidden at a given moment are then one or two short index ranges away (visibleFrom
 * after now, visibleTo at or before now) without touching the document rows of the many visible ones. Analysed
 * terms never start with "#", so a marker can never be matched by a query.
 */
const TYPE_CODES: Record<SearchType, string> = { policy: 'p', park: 'k', finance: 'f', announcement: 'a', faq: 'q' };
export const fromMarker = (type: SearchType) => `#${TYPE_CODES[type]}f`;
export const toMarker = (type: SearchType) => `#${TYPE_CODES[type]}t`;

/** Fixed-width UTC digits (YYYYMMDDhhmmssSSS) so that text order is time order, on every collation. */
export function timeStamp(at: Date): string {
  return at.toISOString().replace(/\D/g, '');
}

export function visibilityMarkers(
  type: SearchType,
  visibleFrom: Date | null | undefined,
  visibleTo: Date | null | undefined,
): string[] {
  const markers: string[] = [];
  if (visibleFrom) markers.push(fromMarker(type) + timeStamp(visibleFrom));
  if (visibleTo) markers.push(toMarker(type) + timeStamp(visibleTo));
  return markers;
}

/** The rows the index holds for one document: its weighted terms plus its visibility markers (weight 0). */
export function termRows(
  documentId: number,
  docType: SearchType,
  fields: readonly WeightedField[],
  visibleFrom: Date | null | undefined,
  visibleTo: Date | null | undefined,
): SearchTermEntity[] {
  const rows: SearchTermEntity[] = [];
  for (const [term, weight] of termWeights(fields)) rows.push({ term, documentId, docType, weight });
  for (const term of visibilityMarkers(docType, visibleFrom, visibleTo))
    rows.push({ term, documentId, docType, weight: 0 });
  return rows;
}

/** The document row without its id: the text results show, cut to the column sizes. */
export function documentValues(
  entry: {
    type: SearchType;
    refId: number;
    title: string;
    titleEn: string | null;
    content: string;
    visibleFrom?: Date | null;
    visibleTo?: Date | null;
  },
  indexedAt: Date,
): Omit<SearchDocumentEntity, 'id'> {
  return {
    docType: entry.type,
    refId: entry.refId,
    title: entry.title.slice(0, TITLE_MAX),
    titleEn: entry.titleEn ? entry.titleEn.slice(0, TITLE_MAX) : null,
    content: entry.content.slice(0, CONTENT_MAX),
    visibleFrom: entry.visibleFrom ?? null,
    visibleTo: entry.visibleTo ?? null,
    indexedAt,
  };
}
