import { Inject, Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import {
  CRITERIA_TEXT_HELP,
  type ImportMode,
  type ImportReport,
  type ImportRowError,
  type Locale,
} from '@ihaigui/shared';
import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { AppException } from '../common/errors/app.exception';
import { readZipDirectory } from '../common/zip-directory';
import {
  cellText,
  columnLetter,
  headerOf,
  IMPORT_COLUMNS,
  type ParsedRow,
  parseRow,
  readHeader,
} from './policy-import';
import { POLICY_MESSAGES as M } from './policy.messages';
import { PolicyService } from './policy.service';

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 2000;
const SHEET = '政策 Policies';
const HELP_SHEET = '填写说明 Help';

export interface ImportOptions {
  mode: ImportMode;
  dryRun: boolean;
  actorId: number | null;
  /** Language of the report's messages. */
  locale: Locale;
  /** Called as rows are checked and written (the CLI draws its progress bar from it). */
  onProgress?: (phase: 'check' | 'write', done: number, total: number) => void;
}

/** Excel import of policies: every row checked with the shared schema; all or nothing unless asked otherwise. */
@Injectable()
export class PolicyImportService {
  constructor(
    private readonly policies: PolicyService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async template(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'i海归';
    const sheet = wb.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = IMPORT_COLUMNS.map((c) => ({
      header: headerOf(c),
      key: c.field,
      width: c.kind === 'text' ? 28 : 18,
    }));
    const header = sheet.getRow(1);
    header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E9C' } };
    header.alignment = { vertical: 'middle', wrapText: true };
    header.height = 32;
    IMPORT_COLUMNS.forEach((c, i) => {
      if (c.required) sheet.getCell(1, i + 1).note = '必填 Required';
      if (c.kind === 'enum' && c.values && c.labels) {
        const list = c.values.map((v) => c.labels![v]!.zh).join(',');
        for (let r = 2; r <= 501; r++) {
          sheet.getCell(r, i + 1).dataValidation = {
            type: 'list',
            allowBlank: !c.required,
            formulae: [`"${list}"`],
            showErrorMessage: true,
            errorTitle: c.zh,
            error: `请选择：${list}`,
          };
        }
      }
    });

    const help = wb.addWorksheet(HELP_SHEET);
    help.columns = [
      { header: '列 Column', key: 'column', width: 8 },
      { header: '表头 Header', key: 'header', width: 26 },
      { header: '必填 Required', key: 'required', width: 12 },
      { header: '填写方式 How to fill', key: 'how', width: 70 },
      { header: '示例 Example', key: 'example', width: 50 },
    ];
    help.getRow(1).font = { bold: true };
    IMPORT_COLUMNS.forEach((c, i) => {
      const how =
        c.kind === 'enum' || c.kind === 'list'
          ? `${c.kind === 'list' ? '一个或多个，用顿号或逗号分隔 / one or more, separated by 、 or , — ' : ''}${c
              .values!.map((v) => `${c.labels![v]!.zh} = ${v}`)
              .join('; ')}`
          : c.kind === 'int'
            ? '整数元，或如“50万” / whole yuan, or e.g. 50万'
            : c.kind === 'date'
              ? 'YYYY-MM-DD'
              : c.kind === 'criteria'
                ? `用分号分隔的规则 / rules separated by ";": ${CRITERIA_TEXT_HELP.join(' ; ')}`
                : '文本 / text';
      help.addRow({
        column: columnLetter(i),
        header: headerOf(c),
        required: c.required ? '是 yes' : '',
        how,
        example: c.example,
      });
    });
    help.getColumn('how').alignment = { wrapText: true, vertical: 'top' };
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  /**
   * An xlsx file is a zip archive: a few kilobytes can unpack to gigabytes. Its entries are counted against
   * IMPORT_MAX_ENTRIES and what they really unpack to against IMPORT_MAX_UNCOMPRESSED_BYTES (inflating stops as
   * soon as the limit is passed) before the workbook is parsed; declared sizes alone are not trusted.
   */
  private checkArchive(file: Buffer): void {
    const { maxEntries, maxUncompressedBytes } = this.config.importLimits;
    const summary = readZipDirectory(file, { entries: maxEntries, uncompressedBytes: maxUncompressedBytes });
    if (!summary) throw new AppException('IMPORT_FILE_INVALID', 400, 'not a zip archive');
    if (summary.entries > maxEntries || summary.uncompressedBytes > maxUncompressedBytes)
      throw new AppException(
        'IMPORT_FILE_TOO_COMPLEX',
        413,
        `archive has ${summary.entries} entries, over ${summary.uncompressedBytes} bytes unpacked`,
      );
  }

  async import(file: Buffer, options: ImportOptions): Promise<ImportReport> {
    if (file.length > IMPORT_MAX_BYTES) throw new AppException('PAYLOAD_TOO_LARGE', 413, 'import file too large');
    this.checkArchive(file);
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(file as unknown as ArrayBuffer);
    } catch {
      throw new AppException('IMPORT_FILE_INVALID', 400, 'not an xlsx workbook');
    }
    const sheet = wb.getWorksheet(SHEET) ?? wb.worksheets[0];
    if (!sheet) throw new AppException('IMPORT_FILE_INVALID', 400, 'no worksheet');

    const { index, missing } = readHeader(this.values(sheet.getRow(1)));
    const errors: ImportRowError[] = missing.map((c) => ({
      row: 1,
      column: '-',
      header: headerOf(c),
      field: c.field,
      message: options.locale === 'en' ? M.requiredColumnMissing.en : M.requiredColumnMissing.zh,
    }));

    const dataRows: Array<{ row: number; cells: unknown[] }> = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const cells = this.values(sheet.getRow(r));
      if (cells.every((c) => cellText(c) === '')) continue;
      dataRows.push({ row: r, cells });
    }
    if (dataRows.length > IMPORT_MAX_ROWS)
      throw new AppException('IMPORT_FILE_INVALID', 400, `more than ${IMPORT_MAX_ROWS} rows`);

    const parsed: ParsedRow[] = [];
    dataRows.forEach(({ row, cells }, i) => {
      parsed.push(parseRow(row, cells, index, options.locale));
      options.onProgress?.('check', i + 1, dataRows.length);
    });
    for (const p of parsed) errors.push(...p.errors);
    const valid = parsed.filter((p) => p.input !== null);
    const report: ImportReport = {
      mode: options.mode,
      dryRun: options.dryRun,
      totalRows: dataRows.length,
      validRows: missing.length > 0 ? 0 : valid.length,
      invalidRows: parsed.filter((p) => p.input === null).map((p) => p.row),
      imported: 0,
      importedIds: [],
      errors,
    };
    if (missing.length > 0 || dataRows.length === 0) {
      if (dataRows.length === 0 && missing.length === 0) {
        const message = options.locale === 'en' ? M.noRows.en : M.noRows.zh;
        report.errors.push({ row: 2, column: '-', header: '-', field: 'row', message });
      }
      throw new AppException('IMPORT_ROWS_INVALID', 422, 'header or empty sheet', { report });
    }
    if (options.dryRun) return report;
    if (errors.length > 0 && options.mode === 'all_or_nothing') {
      throw new AppException('IMPORT_ROWS_INVALID', 422, `${report.invalidRows.length} invalid rows`, { report });
    }
    // One transaction: either every chosen row is in, or none is.
    const ids = await this.dataSource.transaction(async (em) => {
      const written: number[] = [];
      for (const [i, p] of valid.entries()) {
        const saved = await this.policies.create(p.input!, options.actorId, em, 'policy.import');
        written.push(saved.id);
        options.onProgress?.('write', i + 1, valid.length);
      }
      return written;
    });
    return { ...report, imported: ids.length, importedIds: ids };
  }

  /** Cell values of a row by 0-based column (exceljs rows are 1-based with a hole at 0). */
  private values(row: ExcelJS.Row): unknown[] {
    const values = row.values as unknown[];
    return Array.isArray(values) ? values.slice(1) : [];
  }
}
