import { DEGREES } from '../account/account.schema';
import { DISTRICTS, INDUSTRIES } from '../taxonomy/taxonomy';
import { type Criterion, criteriaSchema, OVERSEAS_BACKGROUNDS } from './criteria';

/**
 * Criteria as one spreadsheet cell: rules separated by ";", e.g.
 * `degree>=phd; overseas=studied_abroad,foreign_national; age<=45; returned<=5; industry=ai,iot; district=huli`.
 * The same text round-trips through formatCriteriaText.
 */
export const CRITERIA_TEXT_HELP = [
  'degree>=bachelor|master|phd|postdoc',
  'overseas=studied_abroad,foreign_national',
  'years_abroad>=N',
  'age<=N',
  'returned<=N',
  'graduated<=N',
  'china_degree',
  'intent=startup|job',
  `industry=${INDUSTRIES.join(',')}`,
  `district=${DISTRICTS.join(',')}`,
] as const;

export type CriteriaParse = { ok: true; criteria: Criterion[] } | { ok: false; error: string };

const list = (v: string) =>
  v
    .split(/[,，、]/)
    .map((x) => x.trim())
    .filter(Boolean);

function parseOne(rule: string): Criterion | string {
  const m = /^([a-z_]+)\s*(>=|<=|=)?\s*(.*)$/i.exec(rule.trim());
  if (!m) return `cannot read "${rule}"`;
  const [, rawKey, op = '', value = ''] = m;
  const key = rawKey!.toLowerCase();
  const int = () => (/^\d{1,3}$/.test(value.trim()) ? Number(value.trim()) : NaN);
  switch (key) {
    case 'degree':
      if (op !== '>=') return 'degree needs ">=", e.g. degree>=master';
      return { kind: 'degreeAtLeast', degree: value.trim() as never };
    case 'overseas':
      return { kind: 'overseasBackground', accepts: list(value) as never };
    case 'years_abroad':
      return op === '>=' ? { kind: 'yearsAbroadAtLeast', years: int() } : 'years_abroad needs ">="';
    case 'age':
      return op === '<=' ? { kind: 'ageAtMost', years: int() } : 'age needs "<="';
    case 'returned':
      return op === '<=' ? { kind: 'returnedWithinYears', years: int() } : 'returned needs "<="';
    case 'graduated':
      return op === '<=' ? { kind: 'graduatedWithinYears', years: int() } : 'graduated needs "<="';
    case 'china_degree':
      return op ? 'china_degree takes no value' : { kind: 'chineseUniversityDegree' };
    case 'intent':
      return { kind: 'intent', intent: value.trim() as never };
    case 'industry':
      return { kind: 'industryIn', industries: list(value) as never };
    case 'district':
      return { kind: 'districtIn', districts: list(value) as never };
    default:
      return `unknown rule "${key}"`;
  }
}

export function parseCriteriaText(text: string | null | undefined): CriteriaParse {
  const rules = (text ?? '')
    .split(/[;；\n]/)
    .map((r) => r.trim())
    .filter(Boolean);
  const parsed: Criterion[] = [];
  for (const rule of rules) {
    const one = parseOne(rule);
    if (typeof one === 'string') return { ok: false, error: one };
    parsed.push(one);
  }
  const checked = criteriaSchema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const at = typeof issue.path[0] === 'number' ? `rule ${issue.path[0] + 1} ("${rules[issue.path[0]]}"): ` : '';
    return { ok: false, error: `${at}${issue.message}` };
  }
  return { ok: true, criteria: checked.data };
}

export function formatCriteriaText(criteria: readonly Criterion[]): string {
  return criteria
    .map((c) => {
      switch (c.kind) {
        case 'degreeAtLeast':
          return `degree>=${c.degree}`;
        case 'overseasBackground':
          return `overseas=${c.accepts.join(',')}`;
        case 'yearsAbroadAtLeast':
          return `years_abroad>=${c.years}`;
        case 'ageAtMost':
          return `age<=${c.years}`;
        case 'returnedWithinYears':
          return `returned<=${c.years}`;
        case 'graduatedWithinYears':
          return `graduated<=${c.years}`;
        case 'chineseUniversityDegree':
          return 'china_degree';
        case 'intent':
          return `intent=${c.intent}`;
        case 'industryIn':
          return `industry=${c.industries.join(',')}`;
        case 'districtIn':
          return `district=${c.districts.join(',')}`;
      }
    })
    .join('; ');
}

/** Values a spreadsheet user may type, listed in the template's help sheet. */
export const CRITERIA_TEXT_VALUES = { degrees: DEGREES.filter((d) => d !== 'other'), overseas: OVERSEAS_BACKGROUNDS };
