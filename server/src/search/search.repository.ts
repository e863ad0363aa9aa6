import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { SearchType } from '@ihaigui/shared';
import { SearchDocumentEntity, SearchTermEntity } from './search.entity';

/** What a search looks for: every exact term, or (alone) a Chinese character as the start of a term. */
export interface MatchSpec {
  terms: string[];
  prefix: string | null;
  now: Date;
}

export interface MatchedDocument {
  id: number;
  docType: SearchType;
  refId: number;
  title: string;
  titleEn: string | null;
  content: string;
  score: number;
}

/** Rows per multi-row INSERT: 4 parameters each, well under every driver's limit. */
export const TERM_BATCH = 500;

/** Every SQL statement about the search index, one method per query. Parameters are always bound. */
@Injectable()
export class SearchRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  /** Named parameters (:name, :...list) to the driver's placeholders, dates in the driver's format. */
  private query<T>(sql: string, params: Record<string, unknown>, manager?: EntityManager): Promise<T[]> {
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    return this.em(manager).query(text, values);
  }

  findDocumentId(type: SearchType, refId: number, manager?: EntityManager): Promise<number | null> {
    return this.em(manager)
      .findOne(SearchDocumentEntity, { select: { id: true }, where: { docType: type, refId } })
      .then((d) => d?.id ?? null);
  }

  async insertDocument(values: Omit<SearchDocumentEntity, 'id'>, manager?: EntityManager): Promise<number> {
    const result = await this.em(manager).insert(SearchDocumentEntity, values);
    return Number(result.identifiers[0]!.id);
  }

  async updateDocument(id: number, values: Omit<SearchDocumentEntity, 'id'>, manager?: EntityManager): Promise<void> {
    await this.em(manager).update(SearchDocumentEntity, { id }, values);
  }

  async deleteDocument(id: number, manager?: EntityManager): Promise<void> {
    await this.em(manager).delete(SearchDocumentEntity, { id });
  }

  async deleteTerms(documentId: number, manager?: EntityManager): Promise<void> {
    await this.em(manager).delete(SearchTermEntity, { documentId });
  }

  /** Multi-row INSERTs of `batch` rows each. */
  async insertTerms(rows: readonly SearchTermEntity[], manager?: EntityManager, batch = TERM_BATCH): Promise<void> {
    for (let i = 0; i < rows.length; i += batch) {
      await this.em(manager).createQueryBuilder().insert().into(SearchTermEntity).values(rows.slice(i, i + batch)).updateEntity(false).execute();
    }
  }

  /** Matches per document type, visible now. One statement. */
  async countMatches(spec: MatchSpec): Promise<Map<SearchType, number>> {
    const m = matchSource(spec);
    const rows = await this.query<{ docType: SearchType; n: number | string }>(
      `SELECT m.docType AS docType, COUNT(*) AS n FROM ${m.sql} m
       INNER JOIN search_document d ON d.id = m.documentId
       WHERE ${VISIBLE} GROUP BY m.docType`,
      { ...m.params, now: spec.now },
    );
    return new Map(rows.map((r) => [r.docType, Number(r.n)]));
  }

  /** One page of matches visible now, best first (ties: newest document first). One statement. */
  async findMatchPage(spec: MatchSpec, type: SearchType | undefined, offset: number, limit: number): Promise<MatchedDocument[]> {
    const m = matchSource(spec);
    const rows = await this.query<MatchedDocument & { score: number | string }>(
      `SELECT d.id AS id, d.docType AS docType, d.refId AS refId, d.title AS title, d.titleEn AS titleEn, d.content AS content, m.score AS score
       FROM ${m.sql} m INNER JOIN search_document d ON d.id = m.documentId
       WHERE ${VISIBLE}${type ? ' AND m.docType = :type' : ''}
       ORDER BY m.score DESC, m.documentId DESC LIMIT :limit OFFSET :offset`,
      { ...m.params, now: spec.now, type, limit, offset },
    );
    return rows.map((r) => ({ ...r, id: Number(r.id), refId: Number(r.refId), score: Number(r.score) }));
  }
}

const VISIBLE = '(d.visibleFrom IS NULL OR d.visibleFrom <= :now) AND (d.visibleTo IS NULL OR d.visibleTo > :now)';

/** A derived table (documentId, docType, score) of the documents containing every term. */
function matchSource(spec: MatchSpec): { sql: string; params: Record<string, unknown> } {
  if (spec.prefix) {
    return {
      sql: `(SELECT t.documentId AS documentId, MIN(t.docType) AS docType, SUM(t.weight) AS score
             FROM search_term t WHERE ${prefixCondition(spec.prefix)} GROUP BY t.documentId)`,
      params: prefixParams(spec.prefix),
    };
  }
  const params: Record<string, unknown> = {};
  const joins = spec.terms.map((term, i) => {
    params[`t${i}`] = term;
    return i === 0 ? 'search_term t0' : `INNER JOIN search_term t${i} ON t${i}.term = :t${i} AND t${i}.documentId = t0.documentId`;
  });
  const score = spec.terms.map((_, i) => `t${i}.weight`).join(' + ');
  return {
    sql: `(SELECT t0.documentId AS documentId, t0.docType AS docType, ${score} AS score FROM ${joins.join(' ')} WHERE t0.term = :t0)`,
    params,
  };
}

const BLOCK_ENDS = new Set([0x4dbf, 0x9fff]);

/**
 * Terms that start with one Chinese character. Inside the main ideograph blocks, code-point order is also the
 * order of MySQL's Unicode collation, so the terms form one index range [c, c+1); elsewhere LIKE is exact.
 */
function prefixCondition(char: string): string {
  const cp = char.codePointAt(0)!;
  const ranged = ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)) && !BLOCK_ENDS.has(cp);
  return ranged ? 't.term >= :prefixLow AND t.term < :prefixHigh' : 't.term LIKE :prefixLike';
}

function prefixParams(char: string): Record<string, unknown> {
  const cp = char.codePointAt(0)!;
  return { prefixLow: char, prefixHigh: String.fromCodePoint(cp + 1), prefixLike: `${char}%` };
}
