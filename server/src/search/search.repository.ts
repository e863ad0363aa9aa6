import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SEARCH_TYPES, type SearchType } from '@ihaigui/shared';
import type { ListRow, RankedCandidate, TypeMatches } from './search-ranking';
import {
  allTermsCondition,
  allTermsJoin,
  anyTermDocuments,
  hiddenDocuments,
  hiddenParams,
  prefixCondition,
  prefixParams,
  termParams,
  typeParams,
} from './search-sql';
import { SearchDocumentEntity, SearchTermEntity } from './search.entity';

/**
 * What a search matches: every one of `terms` ("all": score = sum of weights), any of `terms` ("any": score =
 * best weight), or any term starting with the character `prefix` (like "any", when it has too many terms to list).
 */
export type MatchSpec = { mode: 'all' | 'any'; terms: string[] } | { mode: 'any'; prefix: string };

export interface DocumentText {
  id: number;
  docType: SearchType;
  refId: number;
  title: string;
  titleEn: string | null;
  content: string;
}

export interface ScoredDocument extends DocumentText {
  score: number;
}

export interface TermSample {
  /** Postings read (fewer than asked: all of them). */
  count: number;
  firstDocumentId: number;
  lastDocumentId: number;
  /** How many of them hold every other query term. */
  matched: number;
}

/** Rows per multi-row INSERT: 4 parameters each, well under every driver's limit. */
export const TERM_BATCH = 500;

const DOCUMENT_COLUMNS =
  'd.id AS id, d.docType AS docType, d.refId AS refId, d.title AS title, d.titleEn AS titleEn, d.content AS content';

/**
 * Every SQL statement about the search index, one method per query. Parameters are always bound (named here,
 * turned into each driver's placeholders by TypeORM), and every statement is plain enough for MySQL 8, MariaDB
 * and SQLite. search-ranking.ts explains how the reads below make a ranked page.
 */
@Injectable()
export class SearchRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  private query<T>(sql: string, params: Record<string, unknown>, manager?: EntityManager): Promise<T[]> {
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    return this.em(manager).query(text, values);
  }

  // ── writing ──────────────────────────────────────────────────────────────────────────────────────────────

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

  /** Multi-row INSERTs of TERM_BATCH rows each. */
  async insertTerms(rows: readonly SearchTermEntity[], manager?: EntityManager): Promise<void> {
    for (let i = 0; i < rows.length; i += TERM_BATCH) {
      await this.em(manager)
        .createQueryBuilder()
        .insert()
        .into(SearchTermEntity)
        .values(rows.slice(i, i + TERM_BATCH))
        .updateEntity(false)
        .execute();
    }
  }

  // ── planning ─────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * A cheap look at each term: its first `sample` postings by document id, how many of those hold every other
   * term too, and the highest document id (hidden documents included). One statement.
   */
  async sampleTerms(terms: readonly string[], sample: number): Promise<{ terms: TermSample[]; maxDocumentId: number }> {
    const branches = terms.map((_, i) => {
      const others = terms.map((_, j) => j).filter((j) => j !== i);
      return `SELECT ${i} AS termIndex, COUNT(*) AS n, MIN(s.documentId) AS firstId, MAX(s.documentId) AS lastId,
          SUM(CASE WHEN ${others.map((j) => `x${j}.documentId IS NOT NULL`).join(' AND ')} THEN 1 ELSE 0 END) AS matched
        FROM (SELECT t.documentId AS documentId FROM search_term t WHERE t.term = :t${i} ORDER BY t.documentId LIMIT :sample) s
        ${others.map((j) => `LEFT JOIN search_term x${j} ON x${j}.term = :t${j} AND x${j}.documentId = s.documentId`).join(' ')}`;
    });
    const rows = await this.query<Record<string, number | string | null>>(
      `${branches.join(' UNION ALL ')} UNION ALL SELECT -1 AS termIndex, 0 AS n, 0 AS firstId, MAX(d.id) AS lastId, 0 AS matched FROM search_document d`,
      { ...termParams(terms), sample },
    );
    const samples = terms.map((): TermSample => ({ count: 0, firstDocumentId: 0, lastDocumentId: 0, matched: 0 }));
    let maxDocumentId = 0;
    for (const r of rows) {
      const i = Number(r.termIndex);
      if (i < 0) maxDocumentId = Number(r.lastId ?? 0);
      else
        samples[i] = {
          count: Number(r.n),
          firstDocumentId: Number(r.firstId ?? 0),
          lastDocumentId: Number(r.lastId ?? 0),
          matched: Number(r.matched ?? 0),
        };
    }
    return { terms: samples, maxDocumentId };
  }

  /** The distinct terms that start with a Chinese character (an index-only scan), at most `limit`. */
  async findTermsStartingWith(char: string, limit: number): Promise<string[]> {
    const rows = await this.query<{ term: string }>(
      `SELECT DISTINCT t.term AS term FROM search_term t WHERE ${prefixCondition('t', char)} ORDER BY t.term LIMIT :limit`,
      { ...prefixParams(char), limit },
    );
    return rows.map((r) => r.term);
  }

  // ── matching ─────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * For every type, its visible documents holding all the terms, best first by the first term's weight, at most
   * `rowLimit`, each with its score; and for each type of `types`, each term's highest weight.
   * The first term drives: the caller puts the rarest first. One statement.
   */
  async scanTypeMatches(params: {
    terms: readonly string[];
    types: readonly SearchType[];
    rowLimit: number;
    now: Date;
  }): Promise<Map<SearchType, TypeMatches>> {
    const { terms, types, rowLimit } = params;
    const score = terms.map((_, i) => `t${i}.weight`).join(' + ');
    const matches = SEARCH_TYPES.map(
      (
        _,
        typeIndex,
      ) => `SELECT 'm' AS kind, ${typeIndex} AS typeIndex, b.documentId AS documentId, b.score AS score, b.driverWeight AS driverWeight
        FROM (SELECT t0.documentId AS documentId, ${score} AS score, t0.weight AS driverWeight FROM ${allTermsJoin(terms.length)}
              WHERE t0.term = :t0${allTermsCondition(terms.length)} AND t0.docType = :type${typeIndex}
                AND t0.documentId NOT IN (${hiddenDocuments(typeIndex)})
              ORDER BY t0.weight DESC, t0.documentId DESC LIMIT :rowLimit) b`,
    );
    // The highest weight of a term in a type is the last entry of its index range: one read.
    const maxima = types.flatMap((type) =>
      terms.map((_, termIndex) => {
        const typeIndex = SEARCH_TYPES.indexOf(type);
        return `SELECT 'x' AS kind, ${typeIndex} AS typeIndex, ${termIndex} AS documentId,
          (SELECT MAX(x.weight) FROM search_term x WHERE x.term = :t${termIndex} AND x.docType = :type${typeIndex}) AS score, 0 AS driverWeight`;
      }),
    );
    const rows = await this.query<Record<string, number | string | null>>([...matches, ...maxima].join(' UNION ALL '), {
      ...hiddenParams(params.now),
      ...termParams(terms),
      ...typeParams(),
      rowLimit,
    });
    const result = new Map<SearchType, TypeMatches>(
      SEARCH_TYPES.map((t) => [t, { matches: [], complete: false, maxima: terms.map(() => 0) }]),
    );
    for (const r of rows) {
      const entry = result.get(SEARCH_TYPES[Number(r.typeIndex)]!)!;
      if (r.kind === 'x') entry.maxima[Number(r.documentId)] = Number(r.score ?? 0);
      else
        entry.matches.push({
          documentId: Number(r.documentId),
          score: Number(r.score),
          driverWeight: Number(r.driverWeight),
        });
    }
    for (const entry of result.values()) entry.complete = entry.matches.length < rowLimit;
    return result;
  }

  /**
   * Every visible document holding all the terms, with its type and score, for when they are few. Driven from
   * the first term: the caller puts the rarest first. One statement.
   */
  async findAllMatches(terms: readonly string[], now: Date): Promise<Array<RankedCandidate & { docType: SearchType }>> {
    const rows = await this.query<{ documentId: number | string; docType: SearchType; score: number | string }>(
      `SELECT t0.documentId AS documentId, t0.docType AS docType, ${terms.map((_, i) => `t${i}.weight`).join(' + ')} AS score
       FROM ${allTermsJoin(terms.length)}
       WHERE t0.term = :t0${allTermsCondition(terms.length)} AND t0.documentId NOT IN (${hiddenDocuments()})`,
      { ...hiddenParams(now), ...termParams(terms) },
    );
    return rows.map((r) => ({ documentId: Number(r.documentId), docType: r.docType, score: Number(r.score) }));
  }

  /**
   * For a lone character's terms: the visible documents per type holding any of them (each counted up to
   * `countLimit`), and for every (term, type) pair of `types` the first `depth` postings, best first, each marked
   * hidden or not. One statement.
   */
  async scanAnyTermLists(params: {
    terms: readonly string[];
    types: readonly SearchType[];
    depth: number;
    countLimit: number;
    now: Date;
  }): Promise<{ counts: Map<SearchType, number>; rows: ListRow[] }> {
    const { terms, types } = params;
    const counts = SEARCH_TYPES.map(
      (
        _,
        typeIndex,
      ) => `SELECT 'c' AS kind, ${typeIndex} AS list, c${typeIndex}.n AS documentId, 0 AS weight, 0 AS hidden
        FROM (SELECT COUNT(*) AS n FROM (${anyTermDocuments(typeIndex)} LIMIT :countLimit) m) c${typeIndex}`,
    );
    const lists = terms.flatMap((_, termIndex) =>
      types.map((type, typeIndex) => {
        const list = termIndex * types.length + typeIndex;
        return `SELECT ${list} AS list, b.documentId AS documentId, b.weight AS weight FROM (
            SELECT t.documentId AS documentId, t.weight AS weight FROM search_term t
            WHERE t.term = :t${termIndex} AND t.docType = :type${SEARCH_TYPES.indexOf(type)}
            ORDER BY t.weight DESC, t.documentId DESC LIMIT :depth) b`;
      }),
    );
    const sql = `${counts.join(' UNION ALL ')}
      UNION ALL
      SELECT 'l' AS kind, l.list AS list, l.documentId AS documentId, l.weight AS weight,
        CASE WHEN l.documentId IN (${hiddenDocuments()}) THEN 1 ELSE 0 END AS hidden
      FROM (${lists.join(' UNION ALL ')}) l`;
    const raw = await this.query<Record<string, number | string>>(sql, {
      ...hiddenParams(params.now),
      ...termParams(terms),
      ...typeParams(),
      anyTerms: terms,
      depth: params.depth,
      countLimit: params.countLimit,
    });
    const result = { counts: new Map<SearchType, number>(), rows: [] as ListRow[] };
    for (const r of raw) {
      if (r.kind === 'c') result.counts.set(SEARCH_TYPES[Number(r.list)]!, Number(r.documentId));
      else
        result.rows.push({
          list: Number(r.list),
          documentId: Number(r.documentId),
          weight: Number(r.weight),
          hidden: Number(r.hidden) === 1,
        });
    }
    return result;
  }

  /** Visible documents per type holding any term that starts with a character, each counted up to `countLimit`. */
  async countPrefixMatches(prefix: string, now: Date, countLimit: number): Promise<Map<SearchType, number>> {
    const branches = SEARCH_TYPES.map(
      (_, i) =>
        `SELECT ${i} AS typeIndex, c${i}.n AS n FROM (SELECT COUNT(*) AS n FROM (${anyTermDocuments(i, prefix)} LIMIT :countLimit) m) c${i}`,
    );
    const rows = await this.query<{ typeIndex: number | string; n: number | string }>(branches.join(' UNION ALL '), {
      ...hiddenParams(now),
      ...prefixParams(prefix),
      ...typeParams(),
      countLimit,
    });
    return new Map(rows.map((r) => [SEARCH_TYPES[Number(r.typeIndex)]!, Number(r.n)]));
  }

  // ── pages ────────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * One page with its text, ranked among the visible matches that have some term i weighing at least
   * minWeights[i] ("any": one floor for all), short ranges of idx_search_term_type. Exact when every document of
   * the page has such a term; with 1 everywhere, it ranks every match. One statement.
   */
  async findPageAbove(
    match: MatchSpec,
    types: readonly SearchType[],
    minWeights: readonly number[],
    now: Date,
    offset: number,
    limit: number,
  ): Promise<ScoredDocument[]> {
    const floors = Object.fromEntries(minWeights.map((w, i) => [`minWeight${i}`, w]));
    const hidden = hiddenDocuments(types.length === 1 ? SEARCH_TYPES.indexOf(types[0]!) : undefined);
    let ranked: string;
    if (match.mode === 'all' && 'terms' in match) {
      const candidates = match.terms
        .map(
          (_, i) =>
            `SELECT t.documentId AS documentId FROM search_term t WHERE t.term = :t${i} AND t.docType IN (:...types) AND t.weight >= :minWeight${i}`,
        )
        .join(' UNION ');
      ranked = `SELECT c.documentId AS documentId, ${match.terms.map((_, i) => `x${i}.weight`).join(' + ')} AS score
        FROM (${candidates}) c
        ${match.terms.map((_, i) => `INNER JOIN search_term x${i} ON x${i}.term = :t${i} AND x${i}.documentId = c.documentId`).join(' ')}
        WHERE c.documentId NOT IN (${hidden})`;
    } else {
      const condition = 'prefix' in match ? prefixCondition('t', match.prefix) : 't.term IN (:...anyTerms)';
      ranked = `SELECT t.documentId AS documentId, MAX(t.weight) AS score FROM search_term t
        WHERE ${condition} AND t.docType IN (:...types) AND t.weight >= :minWeight0 AND t.documentId NOT IN (${hidden})
        GROUP BY t.documentId`;
    }
    const params =
      'prefix' in match ? prefixParams(match.prefix) : { ...termParams(match.terms), anyTerms: match.terms };
    const rows = await this.query<ScoredDocument>(
      `SELECT ${DOCUMENT_COLUMNS}, s.score AS score
       FROM (SELECT r.documentId, r.score FROM (${ranked}) r ORDER BY r.score DESC, r.documentId DESC LIMIT :limit OFFSET :offset) s
       INNER JOIN search_document d ON d.id = s.documentId
       ORDER BY s.score DESC, s.documentId DESC`,
      { ...hiddenParams(now), ...params, ...floors, types, offset, limit },
    );
    return rows.map((r) => ({ ...r, id: Number(r.id), refId: Number(r.refId), score: Number(r.score) }));
  }

  /** The text of the documents on a page. One statement. */
  async findDocuments(ids: readonly number[]): Promise<DocumentText[]> {
    if (ids.length === 0) return [];
    const rows = await this.query<DocumentText>(
      `SELECT ${DOCUMENT_COLUMNS} FROM search_document d WHERE d.id IN (:...ids)`,
      { ids },
    );
    return rows.map((r) => ({ ...r, id: Number(r.id), refId: Number(r.refId) }));
  }
}
