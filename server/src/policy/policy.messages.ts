import type { MessageCatalogue } from '../common/i18n/message-catalogue';

/** The policy spreadsheet import's report messages, in the staff member's language; `text` is the cell as written. */
export const POLICY_MESSAGES = {
  required: { zh: '必填', en: 'required' },
  requiredColumnMissing: { zh: '缺少必填列', en: 'required column missing' },
  noRows: { zh: '表格中没有政策数据行', en: 'the sheet has no policy rows' },
  wholeYuanExpected: { zh: '金额须为整数元', en: 'whole yuan expected' },
  notAnAmount: (text: string) => ({ zh: `“${text}”不是以元为单位的金额`, en: `"${text}" is not an amount in yuan` }),
  notADate: (text: string) => ({ zh: `“${text}”不是日期（YYYY-MM-DD）`, en: `"${text}" is not a date (YYYY-MM-DD)` }),
  /** `choices` lists the allowed values in the staff member's language. */
  notAChoice: (text: string, choices: string) => ({
    zh: `“${text}”不在可选值中：${choices}`,
    en: `"${text}" is not one of: ${choices}`,
  }),
  /** The criteria parser's own message is in English. */
  criteriaUnreadable: (error: string) => ({ zh: `申请条件无法识别：${error}`, en: error }),
} satisfies MessageCatalogue;

/** The spreadsheet's column headers, by the policy field each column holds. */
export const POLICY_COLUMN_HEADERS = {
  title: { zh: '标题', en: 'Title' },
  titleEn: { zh: '英文标题', en: 'Title (English)' },
  issuer: { zh: '发布单位', en: 'Issuer' },
  issuerEn: { zh: '发布单位（英文）', en: 'Issuer (English)' },
  region: { zh: '适用区域', en: 'Region' },
  category: { zh: '政策类别', en: 'Category' },
  targetGroups: { zh: '适用人群', en: 'Target groups' },
  amountMin: { zh: '最低金额（元）', en: 'Minimum amount (yuan)' },
  amountMax: { zh: '最高金额（元）', en: 'Maximum amount (yuan)' },
  amountPeriod: { zh: '发放方式', en: 'Paid' },
  validFrom: { zh: '生效日期', en: 'Valid from' },
  validTo: { zh: '截止日期', en: 'Valid to' },
  sourceUrl: { zh: '原文链接', en: 'Source link' },
  summary: { zh: '摘要', en: 'Summary' },
  summaryEn: { zh: '英文摘要', en: 'Summary (English)' },
  body: { zh: '正文', en: 'Body' },
  bodyEn: { zh: '英文正文', en: 'Body (English)' },
  howToApply: { zh: '申办方式', en: 'How to apply' },
  howToApplyEn: { zh: '申办方式（英文）', en: 'How to apply (English)' },
  contact: { zh: '咨询电话', en: 'Contact' },
  criteria: { zh: '申请条件', en: 'Criteria' },
} satisfies MessageCatalogue;
