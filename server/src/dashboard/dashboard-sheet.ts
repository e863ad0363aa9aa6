import ExcelJS from 'exceljs';
import {
  conversionFromPrevious,
  ACTIVITY_METRIC_LABELS,
  type ActivityMetric,
  type Bilingual,
  type Dashboard,
  DASHBOARD_TABLE_LABELS,
  type DashboardTable,
  DEGREE_LABELS,
  DISTRICT_LABELS,
  FUNNEL_STAGE_LABELS,
  type FunnelStage,
  INDUSTRY_LABELS,
  type Locale,
  ORIGIN_REGION_LABELS,
  pickLabel,
  pickLocalized,
} from '@ihaigui/shared';
import { DASHBOARD_MESSAGES } from './dashboard.messages';

const HEADERS = DASHBOARD_MESSAGES.headers;
const NOT_GIVEN: Bilingual = DASHBOARD_MESSAGES.notGiven;
const PERCENT = '0.0%';
const AMOUNT = '#,##0';

type Cell = string | number | null;
interface Column {
  header: Bilingual;
  width: number;
  numFmt?: string;
}
interface SheetSpec {
  columns: Column[];
  rows: Cell[][];
}

function labelOf<K extends string>(labels: Record<K, Bilingual>, key: string, locale: Locale): string {
  const label = (labels as Record<string, Bilingual | undefined>)[key];
  return label ? pickLabel(label, locale) : key === '' ? pickLabel(NOT_GIVEN, locale) : key;
}

function breakdownSpec(
  rows: Dashboard['byRegion'],
  keyHeader: Bilingual,
  labels: Record<string, Bilingual>,
  locale: Locale,
): SheetSpec {
  return {
    columns: [
      { header: keyHeader, width: 26 },
      { header: HEADERS.projects, width: 12 },
      { header: HEADERS.accepted, width: 12 },
      { header: HEADERS.intentions, width: 12 },
      { header: HEADERS.signed, width: 12 },
    ],
    rows: rows.map((r) => [labelOf(labels, r.key, locale), r.projects, r.accepted, r.intentions, r.signed]),
  };
}

function specOf(table: DashboardTable, data: Partial<Dashboard>, locale: Locale): SheetSpec {
  switch (table) {
    case 'funnel': {
      const funnel = data.funnel ?? [];
      return {
        columns: [
          { header: HEADERS.stage, width: 20 },
          { header: HEADERS.count, width: 12 },
          { header: HEADERS.conversion, width: 18, numFmt: PERCENT },
        ],
        rows: funnel.map((r, i) => [
          pickLabel(FUNNEL_STAGE_LABELS[r.stage as FunnelStage], locale),
          r.count,
          conversionFromPrevious(funnel, i),
        ]),
      };
    }
    case 'region':
      return breakdownSpec(data.byRegion ?? [], HEADERS.region, ORIGIN_REGION_LABELS, locale);
    case 'field':
      return breakdownSpec(data.byField ?? [], HEADERS.field, INDUSTRY_LABELS, locale);
    case 'degree':
      return breakdownSpec(data.byDegree ?? [], HEADERS.degree, DEGREE_LABELS, locale);
    case 'district':
      return {
        columns: [
          { header: HEADERS.district, width: 16 },
          { header: HEADERS.signed, width: 12 },
          { header: HEADERS.registeredCapital, width: 22, numFmt: AMOUNT },
          { header: HEADERS.investmentAmount, width: 22, numFmt: AMOUNT },
        ],
        rows: (data.byDistrict ?? []).map((r) => [
          labelOf(DISTRICT_LABELS, r.district, locale),
          r.signed,
          r.registeredCapital,
          r.investmentAmount,
        ]),
      };
    case 'activity':
      return {
        columns: [
          { header: HEADERS.metric, width: 22 },
          { header: HEADERS.count, width: 12 },
        ],
        rows: (data.activity ?? []).map((r) => [
          pickLabel(ACTIVITY_METRIC_LABELS[r.metric as ActivityMetric], locale),
          r.count,
        ]),
      };
  }
}

function titleOf(table: DashboardTable, data: Pick<Dashboard, 'from' | 'to' | 'event'>, locale: Locale): string {
  const name = pickLabel(DASHBOARD_TABLE_LABELS[table], locale);
  const period = locale === 'en' ? `${data.from} to ${data.to}` : `${data.from} 至 ${data.to}`;
  const event = data.event
    ? locale === 'en'
      ? ` · Event: ${pickLocalized(data.event.title, data.event.titleEn, locale)}`
      : ` · 活动：${data.event.title}`
    : '';
  return `${name} · ${period}${event}`;
}

/**
 * One table of the dashboard as a workbook of one sheet: a title row (table, period, event), the header row (bold,
 * frozen), then the rows with numbers as numbers (shares as percentages, amounts in yuan).
 */
export async function dashboardWorkbook(
  table: DashboardTable,
  data: Pick<Dashboard, 'from' | 'to' | 'event'> & Partial<Dashboard>,
  locale: Locale,
): Promise<Buffer> {
  const spec = specOf(table, data, locale);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'i海归';
  const sheet = wb.addWorksheet(pickLabel(DASHBOARD_TABLE_LABELS[table], locale).replace(/[\\/*?:[\]]/g, '-'), {
    views: [{ state: 'frozen', ySplit: 2 }],
  });
  spec.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = c.width;
    if (c.numFmt) column.numFmt = c.numFmt;
  });

  sheet.mergeCells(1, 1, 1, spec.columns.length);
  const title = sheet.getCell(1, 1);
  title.value = titleOf(table, data, locale);
  title.font = { bold: true, size: 13 };
  sheet.getRow(1).height = 24;

  const header = sheet.getRow(2);
  header.values = spec.columns.map((c) => pickLabel(c.header, locale));
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E9C' } };
  header.alignment = { vertical: 'middle' };

  for (const row of spec.rows) sheet.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** dashboard-funnel-2026-11-01_2026-11-30.xlsx (ASCII, so no encoded variant is needed). */
export function dashboardFileName(table: DashboardTable, from: string, to: string, eventId: number | null): string {
  return `dashboard-${table}-${from}_${to}${eventId === null ? '' : `-event-${eventId}`}.xlsx`;
}
