import { z } from 'zod';
import {
  AMOUNT_PERIOD_LABELS,
  AMOUNT_PERIODS,
  type Bilingual,
  CRITERIA_TEXT_HELP,
  type ImportRowError,
  type Locale,
  parseCriteriaText,
  POLICY_CATEGORIES,
  POLICY_CATEGORY_LABELS,
  type PolicyInput,
  policyInputSchema,
  REGION_LABELS,
  REGIONS,
  TARGET_GROUP_LABELS,
  TARGET_GROUPS,
} from '@ihaigui/shared';
import { POLICY_COLUMN_HEADERS, POLICY_MESSAGES as M } from './policy.messages';

/**
 * The policy spreadsheet: one column per field of the staff form. Headers read "中文 (field)"; the parser goes by the
 * field in brackets, so columns may be reordered. Enum cells take the code or either label; money takes yuan or "50万".
 */
type Kind = 'text' | 'int' | 'date' | 'enum' | 'list' | 'criteria';
export interface ImportColumn {
  field: keyof PolicyInput;
  zh: string;
  en: string;
  kind: Kind;
  required: boolean;
  values?: readonly string[];
  labels?: Record<string, Bilingual>;
  example: string;
}

export const IMPORT_COLUMNS: ImportColumn[] = [
  { field: 'title', ...POLICY_COLUMN_HEADERS.title, kind: 'text', required: true, example: '厦门市留学人员创业扶持' },
  {
    field: 'titleEn',
    ...POLICY_COLUMN_HEADERS.titleEn,
    kind: 'text',
    required: false,
    example: 'Startup support for returnees',
  },
  { field: 'issuer', ...POLICY_COLUMN_HEADERS.issuer, kind: 'text', required: true, example: '厦门市科学技术局' },
  {
    field: 'issuerEn',
    ...POLICY_COLUMN_HEADERS.issuerEn,
    kind: 'text',
    required: false,
    example: 'Xiamen Science and Technology Bureau',
  },
  {
    field: 'region',
    ...POLICY_COLUMN_HEADERS.region,
    kind: 'enum',
    required: true,
    values: REGIONS,
    labels: REGION_LABELS,
    example: '全市',
  },
  {
    field: 'category',
    ...POLICY_COLUMN_HEADERS.category,
    kind: 'enum',
    required: true,
    values: POLICY_CATEGORIES,
    labels: POLICY_CATEGORY_LABELS,
    example: '创业扶持',
  },
  {
    field: 'targetGroups',
    ...POLICY_COLUMN_HEADERS.targetGroups,
    kind: 'list',
    required: true,
    values: TARGET_GROUPS,
    labels: TARGET_GROUP_LABELS,
    example: '留学回国人员、外籍人才',
  },
  { field: 'amountMin', ...POLICY_COLUMN_HEADERS.amountMin, kind: 'int', required: false, example: '200000' },
  { field: 'amountMax', ...POLICY_COLUMN_HEADERS.amountMax, kind: 'int', required: false, example: '50万' },
  {
    field: 'amountPeriod',
    ...POLICY_COLUMN_HEADERS.amountPeriod,
    kind: 'enum',
    required: false,
    values: AMOUNT_PERIODS,
    labels: AMOUNT_PERIOD_LABELS,
    example: '一次性',
  },
  { field: 'validFrom', ...POLICY_COLUMN_HEADERS.validFrom, kind: 'date', required: true, example: '2026-01-01' },
  { field: 'validTo', ...POLICY_COLUMN_HEADERS.validTo, kind: 'date', required: false, example: '2027-12-31' },
  {
    field: 'sourceUrl',
    ...POLICY_COLUMN_HEADERS.sourceUrl,
    kind: 'text',
    required: false,
    example: 'https://kjj.xm.gov.cn/',
  },
  {
    field: 'summary',
    ...POLICY_COLUMN_HEADERS.summary,
    kind: 'text',
    required: true,
    example: '对符合条件的留学人员创业企业给予20万至50万元资助。',
  },
  {
    field: 'summaryEn',
    ...POLICY_COLUMN_HEADERS.summaryEn,
    kind: 'text',
    required: false,
    example: 'Grants of 200,000–500,000 yuan for startups of returnees.',
  },
  { field: 'body', ...POLICY_COLUMN_HEADERS.body, kind: 'text', required: true, example: '<p>一、支持对象……</p>' },
  {
    field: 'bodyEn',
    ...POLICY_COLUMN_HEADERS.bodyEn,
    kind: 'text',
    required: false,
    example: '<p>1. Who may apply…</p>',
  },
  {
    field: 'howToApply',
    ...POLICY_COLUMN_HEADERS.howToApply,
    kind: 'text',
    required: true,
    example: '登录厦门人才服务平台在线申报，提交学历学位认证及企业营业执照。',
  },
  {
    field: 'howToApplyEn',
    ...POLICY_COLUMN_HEADERS.howToApplyEn,
    kind: 'text',
    required: false,
    example: 'Apply online with your degree certificate and business licence.',
  },
  {
    field: 'contact',
    ...POLICY_COLUMN_HEADERS.contact,
    kind: 'text',
    required: false,
    example: '厦门市留学人员服务中心 0592-0000000',
  },
  {
    field: 'criteria',
    ...POLICY_COLUMN_HEADERS.criteria,
    kind: 'criteria',
    required: false,
    example: 'degree>=master; overseas=studied_abroad; returned<=5; intent=startup',
  },
];

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export const headerOf = (c: ImportColumn) => `${c.zh} (${c.field})`;

/** The text of an exceljs cell value, whatever shape it came in. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: Array<{ text: string }>; text?: unknown; result?: unknown; hyperlink?: string };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return cellText(v.text);
    if (v.result !== undefined) return cellText(v.result);
    if (v.hyperlink) return v.hyperlink;
    return '';
  }
  return String(value as string | number | boolean).trim();
}

function enumValue(text: string, column: ImportColumn): string | undefined {
  const t = text.trim().toLowerCase();
  return column.values?.find(
    (v) => v === t || column.labels?.[v]?.zh === text.trim() || column.labels?.[v]?.en.toLowerCase() === t,
  );
}

type Cell = { ok: true; value: unknown } | { ok: false; message: string };

/** Report messages in the staff member's language. */
const say = (locale: Locale, text: Bilingual) => (locale === 'en' ? text.en : text.zh);
const ZOD_ZH = z.locales.zhCN().localeError;

function choices(column: ImportColumn, locale: Locale): string {
  return (
    column.values
      ?.map((x) => (locale === 'en' ? x : (column.labels?.[x]?.zh ?? x)))
      .join(locale === 'en' ? ', ' : '、') ?? ''
  );
}

function convert(raw: unknown, column: ImportColumn, locale: Locale): Cell {
  const text = cellText(raw);
  if (text === '') return { ok: true, value: undefined };
  switch (column.kind) {
    case 'text':
      return { ok: true, value: text };
    case 'int': {
      if (typeof raw === 'number') {
        return Number.isInteger(raw)
          ? { ok: true, value: raw }
          : { ok: false, message: say(locale, M.wholeYuanExpected) };
      }
      const wan = /^(\d+(?:\.\d+)?)\s*万(元)?$/.exec(text);
      if (wan) return { ok: true, value: Math.round(Number(wan[1]) * 10_000) };
      const plain = text.replace(/[,，\s]|元$/g, '');
      return /^\d+$/.test(plain)
        ? { ok: true, value: Number(plain) }
        : { ok: false, message: say(locale, M.notAnAmount(text)) };
    }
    case 'date': {
      if (raw instanceof Date) return { ok: true, value: raw.toISOString().slice(0, 10) };
      const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
      if (!m) return { ok: false, message: say(locale, M.notADate(text)) };
      return { ok: true, value: `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` };
    }
    case 'enum': {
      const v = enumValue(text, column);
      return v
        ? { ok: true, value: v }
        : { ok: false, message: say(locale, M.notAChoice(text, choices(column, locale))) };
    }
    case 'list': {
      const parts = text
        .split(/[,，、;；\n]/)
        .map((p) => p.trim())
        .filter(Boolean);
      const values: string[] = [];
      for (const p of parts) {
        const v = enumValue(p, column);
        if (!v) return { ok: false, message: say(locale, M.notAChoice(p, choices(column, locale))) };
        values.push(v);
      }
      return { ok: true, value: values };
    }
    case 'criteria': {
      const parsed = parseCriteriaText(text);
      return parsed.ok
        ? { ok: true, value: parsed.criteria }
        : { ok: false, message: say(locale, M.criteriaUnreadable(parsed.error)) };
    }
  }
}

export interface ParsedRow {
  row: number;
  input: PolicyInput | null;
  errors: ImportRowError[];
}

/**
 * Checks one spreadsheet row against the shared policy schema; every problem is reported with its row and column.
 * `columnIndex` maps a field to the sheet's column index (0-based) as found in the header.
 */
export function parseRow(
  row: number,
  cells: unknown[],
  columnIndex: Map<keyof PolicyInput, number>,
  locale: Locale = 'en',
): ParsedRow {
  const errors: ImportRowError[] = [];
  const raw: Record<string, unknown> = {};
  const where = (field: string) => {
    const column = IMPORT_COLUMNS.find((c) => c.field === field);
    const index = column ? columnIndex.get(column.field) : undefined;
    return {
      column: index === undefined ? '-' : columnLetter(index),
      header: column ? headerOf(column) : field,
      field,
    };
  };
  for (const column of IMPORT_COLUMNS) {
    const index = columnIndex.get(column.field);
    if (index === undefined) continue;
    const cell = convert(cells[index], column, locale);
    if (!cell.ok) errors.push({ row, ...where(column.field), message: cell.message });
    else if (cell.value !== undefined) raw[column.field] = cell.value;
  }
  const failed = new Set(errors.map((e) => e.field));
  const checked = policyInputSchema.safeParse(raw, locale === 'en' ? undefined : { error: ZOD_ZH });
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = String(issue.path[0] ?? 'row');
      if (failed.has(field)) continue;
      const missing = issue.code === 'invalid_type' && raw[field] === undefined;
      errors.push({ row, ...where(field), message: missing ? say(locale, M.required) : issue.message });
      failed.add(field);
    }
  }
  return { row, input: errors.length === 0 && checked.success ? checked.data : null, errors };
}

/** Header row → field positions; also the required columns that are missing. */
export function readHeader(cells: unknown[]): { index: Map<keyof PolicyInput, number>; missing: ImportColumn[] } {
  const index = new Map<keyof PolicyInput, number>();
  cells.forEach((cell, i) => {
    const text = cellText(cell);
    const inBrackets = /\(([A-Za-z]+)\)\s*$/.exec(text)?.[1];
    const column = IMPORT_COLUMNS.find((c) => c.field === inBrackets || c.field === text || c.zh === text);
    if (column && !index.has(column.field)) index.set(column.field, i);
  });
  return { index, missing: IMPORT_COLUMNS.filter((c) => c.required && !index.has(c.field)) };
}

export { CRITERIA_TEXT_HELP };
