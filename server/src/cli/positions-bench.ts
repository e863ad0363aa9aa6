/**
 * Position-list throughput benchmark: the public list (GET /api/v1/positions?page=1&pageSize=10) served by the
 * real application, then by a bare fastify + mysql2 server that runs the very SQL statements the application ran for
 * that request (captured from it) as prepared statements and answers the same JSON. Both run on the same freshly
 * seeded MariaDB/MySQL database, each in its own process, and are loaded one after the other (never together) over
 * loopback by autocannon from this process.
 *
 *   node server/dist/cli/positions-bench.js [--url mysql://root@127.0.0.1:3306] [--positions 5000]
 *        [--connections 10] [--duration 10] [--warmup 2] [--rounds 1] [--log info|silent]
 *        [--bare-protocol prepared|text] [--min-ratio 0.8] [--keep] [--smoke]
 *
 * The server URL may also come from DATABASE. The run works in its own database (ihaigui_bench_positions), dropped
 * at the end unless --keep. --smoke: 200 positions, 1 s warm-up and 2 s per target, for CI. --rounds N loads app
 * and bare server in turn N times (each after its own warm-up) and takes the median ratio, which steadies the figure
 * on a machine doing other work. The run fails when a target answers anything but 200, when the two answers differ,
 * or (with --min-ratio) when the ratio is below it. --bare-protocol text has the bare server send the statements as
 * text queries, as the app's driver does, instead of prepared statements.
 */
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { createPool } from 'mysql2/promise';
import { DataSource, type Logger as OrmLogger } from 'typeorm';
import { DEGREE_RANK, DISTRICTS, type Degree, type District, type Industry, type JobFunction } from '@ihaigui/shared';
import { createApp } from '../app.factory';
import { loadConfig, parseDatabaseUrl } from '../common/config/config';
import { dataSourceOptions } from '../common/db/data-source-options';
import { runMigrationsLocked } from '../common/db/migration-runner';
import { createDatabase, dropDatabase, withDatabase, withFlavor } from '../common/db/mysql-admin';
import { addDays, endOfLocalDate, localDate } from '../common/time/local-date';

const BENCH_DATABASE = 'ihaigui_bench_positions';
const BENCH_PATH = '/api/v1/positions?page=1&pageSize=10';
const TARGET_RATIO = 0.8;
/** The application's pool size (data-source-options), given to the bare server too. */
const POOL_SIZE = 10;

interface Options {
  url: string;
  positions: number;
  connections: number;
  duration: number;
  warmup: number;
  logLevel: 'info' | 'silent';
  /** How the bare server sends the statements: prepared (binary protocol) or as text, like the app's driver. */
  bareProtocol: 'prepared' | 'text';
  rounds: number;
  minRatio: number | null;
  keep: boolean;
  smoke: boolean;
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    url: process.env.DATABASE || 'mysql://root@127.0.0.1:3306',
    positions: 5_000,
    connections: 10,
    duration: 10,
    warmup: 2,
    logLevel: 'info',
    bareProtocol: 'prepared',
    rounds: 1,
    minRatio: null,
    keep: false,
    smoke: false,
  };
  const given = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      given.add(arg);
      return v;
    };
    const number = (v: string, min: number, max: number, integer = true) => {
      const n = Number(v);
      if (!Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min || n > max) {
        throw new Error(`${arg} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}`);
      }
      return n;
    };
    // `pnpm bench:positions -- --smoke` passes the separator on.
    if (arg === '--') continue;
    if (arg === '--url') options.url = value();
    else if (arg === '--positions') options.positions = number(value(), 10, 1_000_000);
    else if (arg === '--connections') options.connections = number(value(), 1, 100);
    else if (arg === '--duration') options.duration = number(value(), 1, 120);
    else if (arg === '--warmup') options.warmup = number(value(), 0, 60);
    else if (arg === '--log') {
      const v = value();
      if (v !== 'info' && v !== 'silent') throw new Error('--log is info or silent');
      options.logLevel = v;
    } else if (arg === '--bare-protocol') {
      const v = value();
      if (v !== 'prepared' && v !== 'text') throw new Error('--bare-protocol is prepared or text');
      options.bareProtocol = v;
    } else if (arg === '--rounds') options.rounds = number(value(), 1, 20);
    else if (arg === '--min-ratio') options.minRatio = number(value(), 0, 10, false);
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--smoke') options.smoke = true;
    else throw new Error(`unknown option ${arg} (see the header of positions-bench.ts)`);
  }
  if (options.smoke) {
    if (!given.has('--positions')) options.positions = 200;
    if (!given.has('--duration')) options.duration = 2;
    if (!given.has('--warmup')) options.warmup = 1;
  }
  return options;
}

// ---- the data: a small vocabulary of real-looking high-level positions ----

interface Role {
  title: string;
  titleEn: string;
  function: JobFunction;
  industry: Industry;
  degree: Degree;
  salary: [number, number] | null;
}

const ROLES: Role[] = [
  {
    title: '人工智能算法工程师',
    titleEn: 'AI Algorithm Engineer',
    function: 'data',
    industry: 'ai',
    degree: 'master',
    salary: [30_000, 50_000],
  },
  {
    title: '大模型研究科学家',
    titleEn: 'Large Model Research Scientist',
    function: 'research',
    industry: 'ai',
    degree: 'phd',
    salary: [50_000, 90_000],
  },
  {
    title: '计算机视觉技术负责人',
    titleEn: 'Computer Vision Tech Lead',
    function: 'engineering',
    industry: 'ai',
    degree: 'master',
    salary: [45_000, 70_000],
  },
  {
    title: '数字芯片设计工程师',
    titleEn: 'Digital IC Design Engineer',
    function: 'engineering',
    industry: 'semiconductor',
    degree: 'master',
    salary: [35_000, 60_000],
  },
  {
    title: '半导体工艺整合专家',
    titleEn: 'Semiconductor Process Integration Expert',
    function: 'research',
    industry: 'semiconductor',
    degree: 'phd',
    salary: null,
  },
  {
    title: '创新药研发总监',
    titleEn: 'Director of Innovative Drug R&D',
    function: 'medical',
    industry: 'biomedicine',
    degree: 'phd',
    salary: [60_000, 100_000],
  },
  {
    title: '临床研究医学经理',
    titleEn: 'Clinical Research Medical Manager',
    function: 'medical',
    industry: 'biomedicine',
    degree: 'master',
    salary: [30_000, 45_000],
  },
  {
    title: '抗体药物首席科学家',
    titleEn: 'Chief Scientist, Antibody Therapeutics',
    function: 'research',
    industry: 'biomedicine',
    degree: 'postdoc',
    salary: null,
  },
  {
    title: '固态电池材料研究员',
    titleEn: 'Solid-State Battery Materials Researcher',
    function: 'research',
    industry: 'new_energy_materials',
    degree: 'phd',
    salary: [35_000, 55_000],
  },
  {
    title: '光伏组件工艺工程师',
    titleEn: 'PV Module Process Engineer',
    function: 'engineering',
    industry: 'new_energy_materials',
    degree: 'bachelor',
    salary: [18_000, 28_000],
  },
  {
    title: '工业机器人控制算法专家',
    titleEn: 'Industrial Robot Control Expert',
    function: 'engineering',
    industry: 'smart_manufacturing',
    degree: 'master',
    salary: [35_000, 55_000],
  },
  {
    title: '智能工厂数字化总监',
    titleEn: 'Smart Factory Digitalisation Director',
    function: 'management',
    industry: 'smart_manufacturing',
    degree: 'master',
    salary: [50_000, 80_000],
  },
  {
    title: '物联网平台架构师',
    titleEn: 'IoT Platform Architect',
    function: 'engineering',
    industry: 'iot',
    degree: 'master',
    salary: [40_000, 60_000],
  },
  {
    title: '海外市场拓展总监',
    titleEn: 'Overseas Business Development Director',
    function: 'sales',
    industry: 'iot',
    degree: 'bachelor',
    salary: [30_000, 50_000],
  },
  {
    title: '云原生后端技术专家',
    titleEn: 'Cloud-Native Backend Expert',
    function: 'engineering',
    industry: 'next_gen_it',
    degree: 'bachelor',
    salary: [35_000, 55_000],
  },
  {
    title: 'SaaS产品总监',
    titleEn: 'Head of SaaS Product',
    function: 'product',
    industry: 'next_gen_it',
    degree: 'master',
    salary: [45_000, 70_000],
  },
  {
    title: '跨境金融风控负责人',
    titleEn: 'Head of Cross-Border Risk Control',
    function: 'finance',
    industry: 'modern_services',
    degree: 'master',
    salary: [40_000, 65_000],
  },
  {
    title: '产业投资总监',
    titleEn: 'Industrial Investment Director',
    function: 'finance',
    industry: 'modern_services',
    degree: 'master',
    salary: null,
  },
  {
    title: '博士后研究员（生物材料）',
    titleEn: 'Postdoctoral Researcher, Biomaterials',
    function: 'education',
    industry: 'biomedicine',
    degree: 'phd',
    salary: [25_000, 35_000],
  },
  {
    title: '国际合作项目经理',
    titleEn: 'International Cooperation Project Manager',
    function: 'other',
    industry: 'modern_services',
    degree: 'bachelor',
    salary: [20_000, 30_000],
  },
];

const ORGANIZATION_NAMES = [
  '厦门海归智造科技有限公司',
  '厦门海沧生物医药科技有限公司',
  '厦门火炬芯创微电子有限公司',
  '厦门集美智能装备有限公司',
  '厦门翔安新材料科技有限公司',
  '厦门湖里数智信息技术有限公司',
  '厦门思明云海软件有限公司',
  '厦门同安储能技术有限公司',
  '厦门软件园智算科技有限公司',
  '厦门鹭岛抗体药业股份有限公司',
  '厦门海峡跨境金融服务有限公司',
  '厦门光合光伏科技有限公司',
  '厦门星链物联网科技有限公司',
  '厦门蓝湾机器人有限公司',
  '厦门白鹭创新药研究院有限公司',
  '厦门东渡产业投资管理有限公司',
];

const LANGUAGES = [[], ['英语（流利）'], ['英语（工作语言）'], ['英语（流利）', '日语（读写）'], ['德语（可沟通）']];
const BENEFITS = [
  '五险一金、年度体检、股权激励',
  '人才公寓、子女入学协助、弹性工作',
  null,
  '安家补贴、海外交流机会、带薪年假15天',
];

/** A small deterministic generator, so every run seeds the same rows. */
function generator(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Datetime text MySQL stores as is (UTC, milliseconds), like TypeORM writes it. */
const sqlTime = (d: Date | null) => (d ? d.toISOString().replace('T', ' ').replace('Z', '') : null);

async function insertRows(ds: DataSource, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    await ds.query(
      `INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`,
      chunk.flat(),
    );
  }
}

/**
 * Verified organisations, `count` approved and open positions published over the last 60 days, and a tenth as many
 * that the public list must leave out (under review, rejected, closed, or approved but past their expiry).
 */
async function seed(ds: DataSource, count: number, now: Date): Promise<{ hidden: number }> {
  const random = generator(20_240_501);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const today = localDate(now);

  await insertRows(
    ds,
    'organization',
    [
      'id',
      'name',
      'uscc',
      'type',
      'industry',
      'district',
      'contactName',
      'contactPhone',
      'status',
      'verifiedBy',
      'verifiedAt',
    ],
    ORGANIZATION_NAMES.map((name, i) => [
      i + 1,
      name,
      `91350200MA${String(i + 1).padStart(7, '0')}X`,
      'enterprise',
      pick(ROLES).industry,
      pick(DISTRICTS),
      '林女士',
      `1380592${String(1000 + i).padStart(4, '0')}`,
      'verified',
      1,
      sqlTime(new Date(now.getTime() - 90 * 86_400_000)),
    ]),
  );

  const hidden = Math.ceil(count / 10);
  const rows: unknown[][] = [];
  for (let i = 0; i < count + hidden; i++) {
    const role = pick(ROLES);
    const orgIndex = Math.floor(random() * ORGANIZATION_NAMES.length);
    const district: District = pick(DISTRICTS);
    const publishedAt = new Date(now.getTime() - Math.floor(random() * 60 * 86_400_000));
    let status = 'approved';
    let expiresOn = addDays(today, 1 + Math.floor(random() * 60));
    let closeReason: string | null = null;
    if (i >= count) {
      const kind = (i - count) % 4;
      if (kind === 0) status = 'pending';
      else if (kind === 1) status = 'rejected';
      else if (kind === 2) [status, closeReason] = ['closed', 'filled'];
      else expiresOn = addDays(today, -1 - Math.floor(random() * 10));
    }
    const negotiable = role.salary === null;
    const lift = 1 + Math.floor(random() * 4) * 0.1;
    const salaryMin = role.salary ? Math.round((role.salary[0] * lift) / 1000) * 1000 : null;
    const salaryMax = role.salary ? Math.round((role.salary[1] * lift) / 1000) * 1000 : null;
    const org = ORGANIZATION_NAMES[orgIndex]!;
    rows.push([
      orgIndex + 1,
      1_000 + orgIndex,
      role.title,
      role.titleEn,
      role.function,
      role.industry,
      '厦门',
      district,
      salaryMin,
      salaryMax,
      negotiable ? 1 : 0,
      role.degree,
      DEGREE_RANK[role.degree],
      Math.floor(random() * 4) * 2 + (role.degree === 'postdoc' ? 0 : 1),
      1 + Math.floor(random() * 3),
      `${org}招聘${role.title}，负责核心技术方向的规划与攻关，带领团队完成从研发到产业化的关键环节，与海内外高校及研究机构开展合作。`,
      `${role.titleEn} at ${org}: lead a core technology line from research to production and work with universities and institutes at home and abroad.`,
      `${role.degree === 'bachelor' ? '本科' : role.degree === 'master' ? '硕士' : '博士'}及以上学历，有海外学习或工作经历者优先；具备良好的沟通能力和团队合作精神。`,
      'Overseas study or work experience preferred; good communication and teamwork.',
      pick(BENEFITS),
      JSON.stringify(pick(LANGUAGES)),
      status,
      'pass',
      status === 'rejected' ? '岗位描述与实际业务不符，请补充说明后重新提交' : null,
      closeReason,
      status === 'pending' ? null : 2,
      status === 'pending' ? null : sqlTime(publishedAt),
      status === 'approved' || status === 'closed' ? sqlTime(publishedAt) : null,
      expiresOn,
      sqlTime(endOfLocalDate(expiresOn)),
      Math.floor(random() * 500),
      Math.floor(random() * 30),
      Math.floor(random() * 40),
      sqlTime(publishedAt),
      sqlTime(publishedAt),
    ]);
  }
  await insertRows(
    ds,
    'position',
    [
      'organizationId',
      'createdBy',
      'title',
      'titleEn',
      'function',
      'industry',
      'city',
      'district',
      'salaryMin',
      'salaryMax',
      'negotiable',
      'minDegree',
      'minDegreeRank',
      'experienceYears',
      'headcount',
      'description',
      'descriptionEn',
      'requirements',
      'requirementsEn',
      'benefits',
      'languages',
      'status',
      'contentCheck',
      'rejectReason',
      'closeReason',
      'reviewedBy',
      'reviewedAt',
      'publishedAt',
      'expiresOn',
      'expiresAt',
      'viewCount',
      'applicationCount',
      'favoriteCount',
      'createdAt',
      'updatedAt',
    ],
    rows,
  );
  await ds.query('ANALYZE TABLE `organization`, `position`');
  return { hidden };
}

// ---- the two servers, each in a child process of its own ----

interface Statement {
  sql: string;
  parameters: unknown[];
}

type ChildMessage =
  { type: 'ready'; port: number; statements?: Statement[]; body?: string } | { type: 'failed'; error: string };

type ParentMessage = { type: 'raw'; statements: Statement[]; protocol: 'prepared' | 'text' } | { type: 'stop' };

/**
 * The application as production runs it (same factory, production settings, request logs written and thrown away),
 * listening on loopback. Before it is loaded, one request is served with every SQL statement it sends recorded.
 */
async function serveApp(databaseUrl: string, logLevel: string): Promise<void> {
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: randomBytes(32).toString('hex'),
    HOST: '127.0.0.1',
    PORT: '0',
    H5_DIR: '',
    SEED_DEMO: 'false',
    LOG_LEVEL: logLevel,
    STORAGE_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'ihaigui-bench-files-')),
    // The limiter still runs on every request (its cost is part of the figure), but one load generator on one address
    // must not be answered 429.
    RATE_LIMIT_PUBLIC_PER_MINUTE: '1000000',
  });
  const discard = new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });
  const app = await createApp(config, { logDestination: discard });
  await app.listen({ port: 0, host: '127.0.0.1' });

  // The statements of one request: everything the data source sends while that request alone is served (nothing
  // else is running yet; the expiry timer's first pass is minutes away, and two identical captures in a row say so).
  const ds = app.get(DataSource);
  const original = ds.logger;
  let recording: Statement[] | null = null;
  const recorder: OrmLogger = {
    logQuery: (query, parameters, runner) => {
      recording?.push({ sql: query, parameters: Array.isArray(parameters) ? [...(parameters as unknown[])] : [] });
      original.logQuery(query, parameters, runner);
    },
    logQueryError: (error, query, parameters, runner) => void original.logQueryError(error, query, parameters, runner),
    logQuerySlow: (time, query, parameters, runner) => void original.logQuerySlow(time, query, parameters, runner),
    logSchemaBuild: (message, runner) => void original.logSchemaBuild(message, runner),
    logMigration: (message, runner) => void original.logMigration(message, runner),
    log: (level, message, runner) => void original.log(level, message, runner),
  };
  ds.logger = recorder;
  const fastify = app.getHttpAdapter().getInstance();
  const record = async () => {
    const statements: Statement[] = (recording = []);
    const response = await fastify.inject({ method: 'GET', url: BENCH_PATH });
    recording = null;
    if (response.statusCode !== 200)
      throw new Error(`GET ${BENCH_PATH} answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
    return { statements, body: response.body };
  };
  const sameSql = (a: Statement[], b: Statement[]) => a.length === b.length && a.every((s, i) => s.sql === b[i]!.sql);
  // The first request may prepare things lazily; keep the last of two that agree.
  let previous = await record();
  let { statements, body } = await record();
  for (let tries = 0; !sameSql(previous.statements, statements); tries++) {
    if (tries === 5) throw new Error('the statements of the request differ from one request to the next');
    previous = { statements, body };
    ({ statements, body } = await record());
  }
  ds.logger = original;

  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.send!({ type: 'ready', port, statements, body } satisfies ChildMessage);
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'stop') void app.close().then(() => process.exit(0));
  });
}

type Row = Record<string, unknown>;

/** The alias a statement gives a table (`position` `p` → p), so `p_title` reads as title. */
function tableAlias(sql: string, table: string): string | null {
  return new RegExp(`\`${table}\`\\s+(?:AS\\s+)?\`(\\w+)\``, 'i').exec(sql)?.[1] ?? null;
}

/** The rows of the captured statements turned into the list's JSON, the way the application's answer is shaped. */
function pageFromResults(statements: Statement[], results: Row[][], page: number, pageSize: number) {
  let total: number | null = null;
  let positions: { rows: Row[]; alias: string | null; orgAlias: string | null } | null = null;
  const orgNames = new Map<number, string>();
  statements.forEach((statement, i) => {
    const rows = results[i]!;
    const first = rows[0];
    const keys = first ? Object.keys(first) : [];
    if (rows.length === 1 && keys.length === 1 && /cnt|count|total/i.test(keys[0]!)) {
      total = Number(first![keys[0]!]);
      return;
    }
    const alias = tableAlias(statement.sql, 'position');
    const orgAlias = tableAlias(statement.sql, 'organization');
    if (alias && keys.some((k) => k === `${alias}_title` || k === 'title')) {
      positions = { rows, alias, orgAlias };
    } else if (orgAlias) {
      for (const row of rows) {
        const id = row[`${orgAlias}_id`] ?? row.id;
        const name = row[`${orgAlias}_name`] ?? row.name;
        if (id !== undefined && typeof name === 'string') orgNames.set(Number(id), name);
      }
    }
  });
  const found = positions as { rows: Row[]; alias: string | null; orgAlias: string | null } | null;
  const items = (found?.rows ?? []).map((row) => {
    const get = (prop: string) => row[`${found!.alias}_${prop}`] ?? row[prop] ?? null;
    const organizationId = Number(get('organizationId') ?? (found!.orgAlias ? row[`${found!.orgAlias}_id`] : null));
    const organizationName =
      (found!.orgAlias ? row[`${found!.orgAlias}_name`] : undefined) ??
      row.organizationName ??
      orgNames.get(organizationId) ??
      '';
    const publishedAt = get('publishedAt') as Date | null;
    const negotiable = Boolean(get('negotiable'));
    return {
      id: Number(get('id')),
      title: get('title'),
      titleEn: get('titleEn'),
      organization: { id: organizationId, name: organizationName },
      function: get('function'),
      industry: get('industry'),
      city: get('city'),
      district: get('district'),
      // A negotiable salary is shown without figures.
      salaryMin: negotiable ? null : get('salaryMin'),
      salaryMax: negotiable ? null : get('salaryMax'),
      negotiable,
      minDegree: get('minDegree'),
      experienceYears: get('experienceYears'),
      headcount: get('headcount'),
      publishedAt: publishedAt ? new Date(publishedAt).toISOString() : null,
      expiresOn: get('expiresOn'),
    };
  });
  return { items, page, pageSize, total: total ?? items.length };
}

/**
 * The bare reference: fastify and a mysql2 pool of the same size, nothing else. It answers the benchmarked request
 * by running the captured statements as prepared statements (or as text, see --bare-protocol), a time parameter
 * taken afresh per request.
 */
async function serveRaw(databaseUrl: string, statements: Statement[], protocol: 'prepared' | 'text'): Promise<void> {
  const pool = createPool({
    uri: databaseUrl,
    connectionLimit: POOL_SIZE,
    timezone: 'Z',
    charset: 'utf8mb4_unicode_ci',
    supportBigNumbers: true,
  });
  const server = Fastify({ logger: false });
  server.get('/api/v1/positions', async (request) => {
    const query = request.query as { page?: string; pageSize?: string };
    const results: Row[][] = [];
    for (const statement of statements) {
      const parameters = statement.parameters.map((p) => (p instanceof Date ? new Date() : p));
      const [rows] =
        protocol === 'prepared'
          ? await pool.execute(statement.sql, parameters as never[])
          : await pool.query(statement.sql, parameters);
      results.push(rows as Row[]);
    }
    return pageFromResults(statements, results, Number(query.page ?? 1), Number(query.pageSize ?? 10));
  });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.send!({ type: 'ready', port } satisfies ChildMessage);
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'stop')
      void server
        .close()
        .then(() => pool.end())
        .then(() => process.exit(0));
  });
}

/** Runs as a child: `--serve app` or `--serve raw` (the statements then arrive by message). */
async function child(role: string): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL!;
  // Never outlive the run that started us.
  process.on('disconnect', () => process.exit(0));
  try {
    if (role === 'app') {
      await serveApp(databaseUrl, process.env.BENCH_LOG_LEVEL ?? 'info');
    } else {
      const { statements, protocol } = await new Promise<Extract<ParentMessage, { type: 'raw' }>>((resolve) => {
        process.once('message', (message: ParentMessage) => {
          if (message.type === 'raw') resolve(message);
        });
      });
      await serveRaw(databaseUrl, statements, protocol);
    }
  } catch (err) {
    process.send!({
      type: 'failed',
      error: err instanceof Error ? (err.stack ?? err.message) : String(err),
    } satisfies ChildMessage);
    process.exit(1);
  }
}

interface Running {
  process: ChildProcess;
  ready: Extract<ChildMessage, { type: 'ready' }>;
  stop(): Promise<void>;
}

/** How long a child server may take to be ready (BENCH_START_TIMEOUT_MS, else 180 s) and how long SIGTERM gets before SIGKILL. */
const START_TIMEOUT_MS = Number(process.env.BENCH_START_TIMEOUT_MS) || 180_000;
const STOP_GRACE_MS = 10_000;

function startChild(role: 'app' | 'raw', env: Record<string, string>, first?: ParentMessage): Promise<Running> {
  const proc = fork(__filename, ['--serve', role], {
    env: { ...process.env, ...env },
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  /** Ends the child whatever state it is in: `signal`, then SIGKILL after the grace period. */
  const end = async (signal: NodeJS.Signals) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    proc.kill(signal);
    const timer = setTimeout(() => proc.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    // A child that fails or does not get ready in time is ended before the error is reported: none is left behind.
    const fail = (error: Error) => {
      clearTimeout(timeout);
      void end('SIGKILL').then(() => reject(error));
    };
    const timeout = setTimeout(
      () => fail(new Error(`the ${role} server was not ready within ${START_TIMEOUT_MS / 1000} s`)),
      START_TIMEOUT_MS,
    );
    proc.once('exit', (code) => fail(new Error(`the ${role} server exited (code ${code}) before it was ready`)));
    proc.once('message', (message: ChildMessage) => {
      if (message.type === 'failed') {
        fail(new Error(`the ${role} server failed to start:\n${message.error}`));
        return;
      }
      clearTimeout(timeout);
      resolve({
        process: proc,
        ready: message,
        async stop() {
          if (proc.exitCode !== null || proc.signalCode !== null) return;
          if (proc.connected) {
            proc.send({ type: 'stop' } satisfies ParentMessage);
            const timer = setTimeout(() => proc.kill('SIGKILL'), STOP_GRACE_MS);
            await exited;
            clearTimeout(timer);
          } else await end('SIGTERM');
        },
      });
    });
    if (first) proc.send(first);
  });
}

// ---- load and report ----

interface Measured {
  label: string;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** CPU time of the server's process while loaded (Linux), and of the database server when it runs here. */
  serverCpuMs: number | null;
  databaseCpuMs: number | null;
  loadBefore: number[];
  loadAfter: number[];
}

/** User + system CPU time of a process so far, in ms, from /proc (null where there is none). */
function cpuMs(pid: number | null | undefined): number | null {
  if (!pid) return null;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    // Linux counts in clock ticks of 1/100 s (USER_HZ).
    return (ticks * 1000) / 100;
  } catch {
    return null;
  }
}

/** The local MariaDB/MySQL server's process, when the database is on this machine. */
function databaseProcess(url: string): number | null {
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname)) return null;
  try {
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        if (/^(mariadbd|mysqld)$/.test(fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim())) return Number(entry);
      } catch {
        // gone meanwhile
      }
    }
  } catch {
    // no /proc
  }
  return null;
}

async function load(label: string, target: Running, database: number | null, options: Options): Promise<Measured> {
  const url = `http://127.0.0.1:${target.ready.port}${BENCH_PATH}`;
  const base = { url, connections: options.connections, pipelining: 1 };
  if (options.warmup > 0) await autocannon({ ...base, duration: options.warmup });
  const loadBefore = os.loadavg();
  const cpuBefore = [cpuMs(target.process.pid), cpuMs(database)];
  const result = await autocannon({ ...base, duration: options.duration });
  const cpuAfter = [cpuMs(target.process.pid), cpuMs(database)];
  const loadAfter = os.loadavg();
  const problems = result.errors + result.timeouts + result.non2xx;
  if (problems > 0) {
    throw new Error(
      `${label}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} answers other than 2xx`,
    );
  }
  const spent = (i: number) => (cpuBefore[i] === null || cpuAfter[i] === null ? null : cpuAfter[i]! - cpuBefore[i]!);
  return {
    label,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    serverCpuMs: spent(0),
    databaseCpuMs: spent(1),
    loadBefore,
    loadAfter,
  };
}

async function fetchBody(port: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}${BENCH_PATH}`);
  if (response.status !== 200) throw new Error(`GET ${BENCH_PATH} on the bare server answered ${response.status}`);
  return response.text();
}

const loads = (l: number[]) => l.map((v) => v.toFixed(2)).join(' ');

/** Other work on the machine skews the figures: say how busy it was. */
function loadAverage(): string {
  return `load average ${loads(os.loadavg())} on ${os.cpus().length} CPUs`;
}

/** A statement on one line, a long column list shortened to its count. */
function describeStatement(s: Statement): string {
  const sql = s.sql
    .replace(/\s+/g, ' ')
    .replace(
      /^SELECT (.{200,}?) FROM /,
      (_all, list: string) => `SELECT ‹${list.split(' AS ').length - 1} columns› FROM `,
    );
  const params = s.parameters.map((p) => (p instanceof Date ? p.toISOString() : JSON.stringify(p))).join(', ');
  return `${sql.length > 400 ? `${sql.slice(0, 400)}…` : sql}${params ? `  [${params}]` : ''}`;
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const db = parseDatabaseUrl(withDatabase(options.url, BENCH_DATABASE));
  if (db.type !== 'mysql') throw new Error('--url must be mysql://… or mariadb://… (the bare server speaks mysql2)');
  await dropDatabase(db.url, BENCH_DATABASE);
  await createDatabase(db.url, BENCH_DATABASE);
  const running: Running[] = [];
  try {
    const ds = new DataSource(dataSourceOptions(await withFlavor(db)));
    await ds.initialize();
    let version = '';
    try {
      await runMigrationsLocked(ds);
      const t0 = Date.now();
      const { hidden } = await seed(ds, options.positions, new Date());
      [{ version }] = (await ds.query('SELECT VERSION() AS version')) as Array<{ version: string }>;
      console.log(
        `positions bench on ${version} (${BENCH_DATABASE}): ${options.positions} open positions + ${hidden} not public, ` +
          `${ORGANIZATION_NAMES.length} organisations, seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
      );
    } finally {
      await ds.destroy();
    }
    console.log(
      `GET ${BENCH_PATH}: ${options.connections} connections, ${options.warmup} s warm-up then ${options.duration} s per target, ` +
        `one target at a time; ${os.cpus().length} CPUs; app request logs: ${options.logLevel}`,
    );

    const env = { BENCH_DATABASE_URL: db.url, BENCH_LOG_LEVEL: options.logLevel };
    const app = await startChild('app', env);
    running.push(app);
    const statements = app.ready.statements ?? [];
    console.log(
      `\nthe app ran ${statements.length} SQL statement(s) for the request; the bare server replays them ${options.bareProtocol === 'prepared' ? 'as prepared statements' : 'as text queries'}:`,
    );
    for (const s of statements) console.log(`  ${describeStatement(s)}`);
    const raw = await startChild('raw', env, { type: 'raw', statements, protocol: options.bareProtocol });
    running.push(raw);
    const rawBody = await fetchBody(raw.ready.port);
    if (!isDeepStrictEqual(JSON.parse(rawBody), JSON.parse(app.ready.body ?? 'null'))) {
      console.error(`app answer:  ${app.ready.body?.slice(0, 600)}\nbare answer: ${rawBody.slice(0, 600)}`);
      throw new Error('the bare server does not answer what the app answers');
    }
    console.log('the bare server answers the same JSON as the app');

    // Both servers are up, but only one is loaded at a time; rounds alternate them so that other work on the machine
    // weighs on both alike.
    const database = databaseProcess(db.url);
    const results: Array<[Measured, Measured]> = [];
    for (let round = 1; round <= options.rounds; round++) {
      const a = await load('app', app, database, options);
      const r = await load('fastify + mysql2', raw, database, options);
      results.push([a, r]);
      if (options.rounds > 1)
        console.log(
          `round ${round}: app ${a.rps.toFixed(0)} req/s, bare ${r.rps.toFixed(0)} req/s, ratio ${(a.rps / r.rps).toFixed(2)}`,
        );
    }
    while (running.length) await running.pop()!.stop();

    console.log(
      `\n${'target'.padEnd(18)}${'req/s'.padStart(8)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'requests'.padStart(10)}` +
        `${'server CPU'.padStart(12)}${'DB CPU'.padStart(9)}   load average before → after`,
    );
    const perRequest = (ms: number | null, requests: number) =>
      ms === null ? '-' : `${((ms / requests) * 1000).toFixed(0)} µs`;
    for (const r of results.flat()) {
      console.log(
        `${r.label.padEnd(18)}${r.rps.toFixed(0).padStart(8)}${r.p50.toFixed(1).padStart(8)}${r.p99.toFixed(1).padStart(8)}${String(r.requests).padStart(10)}` +
          `${perRequest(r.serverCpuMs, r.requests).padStart(12)}${perRequest(r.databaseCpuMs, r.requests).padStart(9)}   ${loads(r.loadBefore)} → ${loads(r.loadAfter)}`,
      );
    }
    console.log('(CPU: time each process spent per request, user + system, while loaded)');
    const ratios = results.map(([a, r]) => a.rps / r.rps).sort((x, y) => x - y);
    const ratio = ratios[Math.floor((ratios.length - 1) / 2)]!;
    console.log(
      `\nratio app/raw: ${ratio.toFixed(2)}${ratios.length > 1 ? ` (median of ${ratios.length} rounds: ${ratios.map((x) => x.toFixed(2)).join(' ')})` : ''}; ` +
        `target ≥ ${TARGET_RATIO}: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'} (${loadAverage()})`,
    );
    if (options.minRatio !== null && ratio < options.minRatio) {
      throw new Error(`ratio ${ratio.toFixed(2)} is below --min-ratio ${options.minRatio}`);
    }
  } finally {
    for (const r of running) await r.stop();
    if (!options.keep) await dropDatabase(db.url, BENCH_DATABASE);
  }
}

const serveAt = process.argv.indexOf('--serve');
if (serveAt >= 0) {
  void child(process.argv[serveAt + 1] ?? '');
} else {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  });
}
