import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { apiErrorSchema, importReportSchema, policyRecordPageSchema } from '@ihaigui/shared';
import { headerOf, IMPORT_COLUMNS } from '../../server/src/policy/policy-import';
import { personaTokens } from './support/personas';
import { createTestDatabase, DIALECTS, startTestApp, type TestApp, type TestDatabase } from './support/test-app';

type Row = Record<string, string | number | Date | null>;

const good = (i: number): Row => ({
  title: `导入测试政策第${i}号`,
  titleEn: `Imported policy ${i}`,
  issuer: '厦门市人力资源和社会保障局',
  region: i % 2 ? '全市' : 'huli',
  category: '安居补贴',
  targetGroups: '留学回国人员、young_talent',
  amountMin: null,
  amountMax: '5万',
  amountPeriod: '一次性',
  validFrom: new Date('2026-01-01T00:00:00Z'),
  validTo: '2027-12-31',
  summary: '为来厦工作的青年留学人员提供一次性安居补贴。',
  body: '<p>补贴标准与申请条件。</p>',
  howToApply: '在线提交申请材料。',
  criteria: 'degree>=master; overseas=studied_abroad; age<=35',
});

async function workbook(rows: Row[], columns = IMPORT_COLUMNS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('政策 Policies');
  sheet.addRow(columns.map(headerOf));
  for (const r of rows) sheet.addRow(columns.map((c) => r[c.field] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(DIALECTS)('Excel import of policies on %s', (dialect) => {
  let t: TestApp;
  let database: TestDatabase;
  let tokens: Record<string, string>;
  const staff = () => ({ Authorization: `Bearer ${tokens.staff}` });
  const upload = (file: Buffer, query = '', lang = 'en') =>
    t.http
      .post(`/api/v1/staff/policies/import${query}`)
      .set(staff())
      .set('Accept-Language', lang)
      .attach('file', file, { filename: 'policies.xlsx' });
  const draftCount = async () =>
    policyRecordPageSchema.parse(
      (await t.http.get('/api/v1/staff/policies?view=draft&pageSize=1').set(staff()).expect(200)).body,
    ).total;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    t = await startTestApp(dialect, { database, env: { SEED_DEMO: 'true' } });
    tokens = await personaTokens(t, ['staff']);
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
  });

  it('serves a template whose header the importer reads back, with a help sheet', async () => {
    const res = await t.http
      .get('/api/v1/staff/policies/import/template')
      .set(staff())
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['政策 Policies', '填写说明 Help']);
    const header = (wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(IMPORT_COLUMNS.map(headerOf));
    // The template itself (no rows) is refused with a clear report, not a crash.
    const empty = await upload(res.body as Buffer).expect(422);
    expect(apiErrorSchema.parse(empty.body).report?.errors[0]?.message).toContain('no policy rows');
  });

  it('a file with 3 bad rows: the report names those rows and columns, and nothing is written', async () => {
    const before = await draftCount();
    const rows = [good(1), good(2), good(3), good(4), good(5)];
    rows[1] = { ...good(2), category: '不存在的类别' }; // row 3, column F
    rows[2] = { ...good(3), validFrom: '2026-13-45', amountMax: 'a lot' }; // row 4, columns K and I
    rows[4] = { ...good(5), title: null, criteria: 'degree>=wizard' }; // row 6, columns A and U
    const res = await upload(await workbook(rows)).expect(422);
    const body = apiErrorSchema.parse(res.body);
    expect(body.code).toBe('IMPORT_ROWS_INVALID');
    const report = importReportSchema.parse(body.report);
    expect(report.invalidRows).toEqual([3, 4, 6]);
    expect(report.validRows).toBe(2);
    expect(report.imported).toBe(0);
    const cells = report.errors.map((e) => `${e.row}${e.column}:${e.field}`).sort();
    expect(cells).toEqual(['3F:category', '4I:amountMax', '4K:validFrom', '6A:title', '6U:criteria'].sort());
    expect(report.errors.find((e) => e.field === 'title')?.message).toBe('required');
    expect(report.errors.find((e) => e.field === 'category')?.header).toBe('政策类别 (category)');
    expect(await draftCount()).toBe(before);

    // In the staff member's language.
    const zh = importReportSchema.parse((await upload(await workbook(rows), '?dryRun=true', 'zh-CN').expect(200)).body);
    expect(zh.errors.find((e) => e.field === 'title')?.message).toBe('必填');
    expect(zh.errors.find((e) => e.field === 'category')?.message).toContain('不在可选值中');

    // A dry run reports the same without an error status; "import valid rows" writes the two good ones.
    const dry = importReportSchema.parse((await upload(await workbook(rows), '?dryRun=true').expect(200)).body);
    expect(dry.invalidRows).toEqual([3, 4, 6]);
    expect(await draftCount()).toBe(before);
    const partial = importReportSchema.parse((await upload(await workbook(rows), '?mode=valid_rows').expect(200)).body);
    expect(partial.imported).toBe(2);
    expect(await draftCount()).toBe(before + 2);
  });

  it('a good file imports every row as drafts with criteria, amounts and lists converted', async () => {
    const before = await draftCount();
    const res = await upload(await workbook(Array.from({ length: 12 }, (_, i) => good(100 + i)))).expect(200);
    const report = importReportSchema.parse(res.body);
    expect(report).toMatchObject({ totalRows: 12, validRows: 12, imported: 12, invalidRows: [], errors: [] });
    expect(await draftCount()).toBe(before + 12);
    const one = await t.http.get(`/api/v1/staff/policies/${report.importedIds[0]}`).set(staff()).expect(200);
    expect(one.body).toMatchObject({
      status: 'draft',
      category: 'housing',
      targetGroups: ['returnee', 'young_talent'],
      amountMax: 50_000,
      validFrom: '2026-01-01',
      validTo: '2027-12-31',
    });
    expect(one.body.criteria.map((c: { criterion: { kind: string } }) => c.criterion.kind)).toEqual([
      'degreeAtLeast',
      'overseasBackground',
      'ageAtMost',
    ]);
  });

  it('refuses what is not a workbook, and a sheet without the required columns', async () => {
    const junk = await upload(Buffer.from('not a spreadsheet')).expect(400);
    expect(junk.body.code).toBe('IMPORT_FILE_INVALID');
    const partialColumns = IMPORT_COLUMNS.filter((c) => c.field !== 'issuer' && c.field !== 'summary');
    const res = await upload(await workbook([good(1)], partialColumns)).expect(422);
    const report = importReportSchema.parse(res.body.report);
    expect(
      report.errors
        .filter((e) => e.row === 1)
        .map((e) => e.field)
        .sort(),
    ).toEqual(['issuer', 'summary']);
  });

  it('the command-line import checks, reports per row and writes, with a progress bar', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ihaigui-import-'));
    const file = path.join(dir, 'policies.xlsx');
    const cli = path.resolve(__dirname, '../../server/dist/cli/import-policies.js');
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      NODE_ENV: 'test',
      SEED_DEMO: 'false',
      H5_DIR: '',
      LANG: 'en_US.UTF-8',
    };
    const before = await draftCount();

    fs.writeFileSync(file, await workbook([good(1), { ...good(2), region: 'atlantis' }]));
    const refused = spawnSync(process.execPath, [cli, file], { env, encoding: 'utf8' });
    expect(refused.status).toBe(2);
    expect(refused.stdout).toContain('row 3, column E (适用区域 (region))');
    expect(refused.stderr).toContain('nothing imported');

    fs.writeFileSync(file, await workbook(Array.from({ length: 25 }, (_, i) => good(200 + i))));
    const ok = spawnSync(process.execPath, [cli, file], { env, encoding: 'utf8' });
    expect(ok.stderr).toMatch(/importing +\[#{30}\] 25\/25 100%/);
    expect(ok.stdout).toContain('imported: 25 of 25 rows');
    expect(ok.status).toBe(0);
    expect(await draftCount()).toBe(before + 25);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
