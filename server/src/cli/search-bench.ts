/**
 * Search benchmark: a fresh database filled with a synthetic corpus through the app's own analyser and term
 * weights, then Chinese and English queries through the app's own SearchService, with latency percentiles.
 *
 *   node server/dist/cli/search-bench.js [--url mysql://root@127.0.0.1:3306 | sqlite:[file]]
 *        [--docs 100000] [--runs 30] [--keep] [--reuse] [--seed 42]
 *
 * The server URL may also come from DATABASE. A MySQL/MariaDB run works in its own database
 * (ihaigui_bench_search), dropped at the end unless --keep; --reuse runs the queries on a kept one.
 */
import 'reflect-metadata';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { SEARCH_TYPES, type SearchQuery, type SearchType } from '@ihaigui/shared';
import type { Clock } from '../common/clock';
import { parseDatabaseUrl, type DatabaseConfig } from '../common/config/config';
import { dataSourceOptions } from '../common/db/data-source-options';
import { runMigrationsLocked } from '../common/db/migration-runner';
import { createDatabase, dropDatabase, withDatabase, withFlavor } from '../common/db/mysql-admin';
import { documentValues, termRows } from '../search/search-terms';
// Benchmark: builds a SearchService by hand on its own database, outside the Nest container.
import { SearchRepository } from '../search/search.repository';
import { SearchService } from '../search/search.service';
import { CorpusGenerator } from './search-bench-corpus';

const BENCH_DATABASE = 'ihaigui_bench_search';

interface Options {
  url: string;
  docs: number;
  runs: number;
  keep: boolean;
  reuse: boolean;
  seed: number;
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    url: process.env.DATABASE || 'mysql://root@127.0.0.1:3306',
    docs: 100_000,
    runs: 30,
    keep: false,
    reuse: false,
    seed: 42,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    const count = (v: string, min: number) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < min) throw new Error(`${arg} must be an integer ≥ ${min}`);
      return n;
    };
    if (arg === '--url') options.url = value();
    else if (arg === '--docs') options.docs = count(value(), 4);
    else if (arg === '--runs') options.runs = count(value(), 1);
    else if (arg === '--seed') options.seed = count(value(), 0);
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--reuse') options.reuse = options.keep = true;
    else throw new Error(`unknown option ${arg} (see the header of search-bench.ts)`);
  }
  return options;
}

/** The bench's own database: created fresh (or reused), and how to get rid of it. */
async function benchDatabase(options: Options): Promise<{ db: DatabaseConfig; drop: () => Promise<void> }> {
  if (options.url.startsWith('sqlite:')) {
    const given = options.url.slice('sqlite:'.length);
    const file = given ? path.resolve(given) : path.join(os.tmpdir(), `${BENCH_DATABASE}.sqlite`);
    const remove = async () => {
      for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    };
    if (!options.reuse) await remove();
    return { db: { type: 'sqlite', path: file }, drop: remove };
  }
  // Checks the URL and normalises it (mariadb:// → mysql:// with the flavor noted).
  const db = parseDatabaseUrl(withDatabase(options.url, BENCH_DATABASE));
  if (db.type !== 'mysql') throw new Error('--url must be mysql://…, mariadb://… or sqlite:…');
  if (!options.reuse) {
    await dropDatabase(db.url, BENCH_DATABASE);
    await createDatabase(db.url, BENCH_DATABASE);
  }
  return { db, drop: () => dropDatabase(db.url, BENCH_DATABASE) };
}

/** One multi-row INSERT with positional parameters (the same placeholder on both drivers). */
async function insertRows(ds: DataSource, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  await ds.query(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${rows.map(() => tuple).join(', ')}`,
    rows.flat(),
  );
}

/** Datetime text both drivers store as is (UTC, milliseconds), like TypeORM writes it. */
const sqlTime = (d: Date | null) => (d ? d.toISOString().replace('T', ' ').replace('Z', '') : null);

/**
 * Fills the index with exactly the rows the indexer writes (same analyser, same weights, same visibility
 * markers), but in bulk: documents with explicit ids, then the term rows in (term, document) order so that the
 * primary key grows at its end instead of being split all over.
 */
async function seed(
  ds: DataSource,
  options: Options,
  now: Date,
): Promise<{ generateMs: number; insertMs: number; hidden: number }> {
  const started = Date.now();
  const generator = new CorpusGenerator(options.seed, now);
  const postings = new Map<string, number[]>();
  const typeOf = new Uint8Array(options.docs + 1);
  const docRows: unknown[][] = [];
  let hidden = 0;
  let insertMs = 0;
  const flushDocs = async () => {
    const t0 = Date.now();
    for (let i = 0; i < docRows.length; i += 1000) {
      await insertRows(
        ds,
        'search_document',
        ['id', 'docType', 'refId', 'title', 'titleEn', 'content', 'visibleFrom', 'visibleTo', 'indexedAt'],
        docRows.slice(i, i + 1000),
      );
    }
    docRows.length = 0;
    insertMs += Date.now() - t0;
  };
  for (let i = 0; i < options.docs; i++) {
    const doc = generator.document(i);
    const id = i + 1;
    if (doc.hidden) hidden++;
    typeOf[id] = SEARCH_TYPES.indexOf(doc.type);
    const v = documentValues(doc, now);
    docRows.push([
      id,
      v.docType,
      v.refId,
      v.title,
      v.titleEn,
      v.content,
      sqlTime(v.visibleFrom),
      sqlTime(v.visibleTo),
      sqlTime(v.indexedAt),
    ]);
    for (const row of termRows(id, doc.type, doc.fields, v.visibleFrom, v.visibleTo)) {
      let list = postings.get(row.term);
      if (!list) postings.set(row.term, (list = []));
      list.push(id, row.weight);
    }
    if (docRows.length >= 10_000) await flushDocs();
  }
  await flushDocs();
  const generateMs = Date.now() - started - insertMs;

  const t0 = Date.now();
  const batch = ds.options.type === 'better-sqlite3' ? 5_000 : 10_000;
  const pending: unknown[][] = [];
  const flushTerms = async () => {
    await insertRows(ds, 'search_term', ['term', 'documentId', 'docType', 'weight'], pending);
    pending.length = 0;
  };
  for (const term of [...postings.keys()].sort()) {
    const list = postings.get(term)!;
    for (let k = 0; k < list.length; k += 2) {
      pending.push([term, list[k], SEARCH_TYPES[typeOf[list[k]!]!], list[k + 1]]);
      if (pending.length >= batch) await flushTerms();
    }
  }
  await flushTerms();
  insertMs += Date.now() - t0;
  return { generateMs, insertMs, hidden };
}

interface BenchQuery {
  label: string;
  q: string;
  type?: SearchType;
  page?: number;
  pageSize?: number;
}

const QUERIES: BenchQuery[] = [
  { label: 'zh common', q: '人才' },
  { label: 'zh common', q: '创业' },
  { label: 'zh common', q: '贷款' },
  { label: 'zh common, 4 chars', q: '留学人员' },
  { label: 'zh rare', q: '脑机接口' },
  { label: 'zh rare', q: '石墨烯' },
  { label: 'zh 2 common words', q: '人才 补贴' },
  { label: 'zh 3 words', q: '留学 博士 住房' },
  { label: 'zh common + rare', q: '人才 量子计算' },
  { label: 'zh phrase', q: '生物医药产业园' },
  { label: 'one character', q: '贷' },
  { label: 'one character', q: '园' },
  { label: 'en common', q: 'talent' },
  { label: 'en plural', q: 'subsidies' },
  { label: 'en 2 words', q: 'startup loans' },
  { label: 'en rare', q: 'quantum' },
  { label: 'mixed', q: '人才 visa' },
  { label: 'mixed', q: 'PhD 补贴' },
  { label: 'type filter', q: '人才', type: 'policy' },
  { label: 'type filter', q: '园区', type: 'park' },
  { label: 'type filter', q: 'loan', type: 'finance' },
  { label: 'type filter, mixed', q: '创业 startup', type: 'announcement' },
  { label: 'page 20 of 50', q: '人才', page: 20, pageSize: 50 },
  { label: 'no match', q: '火星基地' },
];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const ms = (n: number) => n.toFixed(1).padStart(7);

async function runQueries(
  service: SearchService,
  runs: number,
): Promise<{ all: number[]; p50ByQuery: Map<string, number> }> {
  const all: number[] = [];
  const p50ByQuery = new Map<string, number>();
  console.log(
    `\n${'query'.padEnd(34)}${'type'.padEnd(13)}${'total'.padStart(8)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'max'.padStart(8)}  (ms, ${runs} runs after 3 warm-up)`,
  );
  for (const bq of QUERIES) {
    const query: SearchQuery = { q: bq.q, type: bq.type, page: bq.page ?? 1, pageSize: bq.pageSize ?? 10 };
    let total = 0;
    for (let i = 0; i < 3; i++) total = (await service.search(query)).total;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = process.hrtime.bigint();
      await service.search(query);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    if (!bq.type && !bq.page) p50ByQuery.set(bq.q, percentile(times, 50));
    const name = `${bq.label}: ${bq.q}${bq.page ? ` p${bq.page}` : ''}`;
    console.log(
      `${name.padEnd(34 - countWide(name))}${(bq.type ?? 'all').padEnd(13)}${String(total).padStart(8)}${ms(percentile(times, 50))}${ms(percentile(times, 95))}${ms(times[times.length - 1]!)}`,
    );
  }
  return { all: all.sort((a, b) => a - b), p50ByQuery };
}

/** What a portal without an index would run: a substring scan of titles and texts, page + count. */
const BASELINE_QUERIES = ['人才', '脑机接口', '人才 补贴', 'quantum', 'startup loans'];

async function runBaseline(ds: DataSource, p50ByQuery: Map<string, number>): Promise<void> {
  console.log(`
baseline in the same run: LIKE '%word%' over title and text (page + count), 5 runs after 1 warm-up`);
  console.log(`${'query'.padEnd(20)}${'LIKE p50'.padStart(10)}${'index p50'.padStart(11)}${'ratio'.padStart(8)}`);
  for (const q of BASELINE_QUERIES) {
    const words = q.split(' ');
    const where = words.map(() => '(d.title LIKE ? OR d.titleEn LIKE ? OR d.content LIKE ?)').join(' AND ');
    const params = words.flatMap((w) => [`%${w}%`, `%${w}%`, `%${w}%`]);
    const once = async () => {
      await ds.query(`SELECT d.id FROM search_document d WHERE ${where} ORDER BY d.id DESC LIMIT 10`, params);
      await ds.query(`SELECT COUNT(*) AS n FROM search_document d WHERE ${where}`, params);
    };
    await once();
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = process.hrtime.bigint();
      await once();
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    const like = percentile(times, 50);
    const indexed = p50ByQuery.get(q);
    const ratio = indexed ? `${(like / indexed).toFixed(1)}×` : '-';
    console.log(
      `${q.padEnd(20 - countWide(q))}${ms(like).padStart(10)}${(indexed ? ms(indexed) : '-').padStart(11)}${ratio.padStart(8)}`,
    );
  }
}

/** Other work on the machine skews the figures: say how busy it was. */
function loadAverage(): string {
  return `load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${os.cpus().length} CPUs`;
}

/** Chinese characters take two columns in a terminal. */
function countWide(s: string): number {
  return [...s].filter((c) => /[\u3000-\u9fff\uff00-\uffef]/.test(c)).length;
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const now = new Date();
  const clock: Clock = { now: () => now };
  const { db, drop } = await benchDatabase(options);
  const ds = new DataSource(dataSourceOptions(await withFlavor(db)));
  await ds.initialize();
  try {
    console.log(
      `search bench on ${ds.options.type} (${db.type === 'mysql' ? BENCH_DATABASE : db.path}), ${options.docs} documents, ${loadAverage()}`,
    );
    await runMigrationsLocked(ds);
    if (!options.reuse) {
      const s = await seed(ds, options, now);
      console.log(
        `seeded in ${((s.generateMs + s.insertMs) / 1000).toFixed(1)} s (analysis ${(s.generateMs / 1000).toFixed(1)} s, inserts ${(s.insertMs / 1000).toFixed(1)} s); ${s.hidden} documents outside their visibility window`,
      );
      if (db.type === 'mysql') await ds.query('ANALYZE TABLE search_document, search_term');
      else await ds.query('ANALYZE');
    }
    const [{ n }] = (await ds.query('SELECT COUNT(*) AS n FROM search_term')) as Array<{ n: unknown }>;
    const [{ d }] = (await ds.query('SELECT COUNT(DISTINCT term) AS d FROM search_term')) as Array<{ d: unknown }>;
    console.log(
      `term rows: ${Number(n)} (${Number(d)} distinct terms, ${(Number(n) / options.docs).toFixed(1)} per document)`,
    );
    const service = new SearchService(new SearchRepository(ds), clock);
    const { all, p50ByQuery } = await runQueries(service, options.runs);
    await runBaseline(ds, p50ByQuery);
    console.log(
      `\noverall: p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms, max ${all[all.length - 1]!.toFixed(1)} ms over ${all.length} searches (${loadAverage()})`,
    );
  } finally {
    await ds.destroy();
    if (!options.keep) await drop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
