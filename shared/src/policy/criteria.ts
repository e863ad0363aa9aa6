import { z } from 'zod';
import { DEGREE_LABELS, degreeSchema, type Degree } from '../account/account.schema';
import type { Bilingual } from '../common/locale';
import { DISTRICT_LABELS, districtSchema, INDUSTRY_LABELS, industrySchema } from '../taxonomy/taxonomy';

/**
 * Eligibility as data: each criterion is one machine-checkable condition. A policy's criteria all have to hold.
 * Every kind has a sentence in Chinese and English (describeCriterion) so staff, talents and the matcher all read
 * the same rule; `noteZh`/`noteEn` let staff add the wording of the policy text itself.
 */
const note = {
  noteZh: z.string().trim().max(200).optional().describe('Extra wording shown under the generated sentence'),
  noteEn: z.string().trim().max(300).optional(),
};

/** Degrees in the order the matcher compares them; "other" ranks below a bachelor's. */
export const DEGREE_RANK: Record<Degree, number> = { other: 0, bachelor: 1, master: 2, phd: 3, postdoc: 4 };

export const OVERSEAS_BACKGROUNDS = ['studied_abroad', 'foreign_national'] as const;
export const overseasBackgroundSchema = z.enum(OVERSEAS_BACKGROUNDS);
export type OverseasBackground = z.infer<typeof overseasBackgroundSchema>;

const years = (max: number) => z.number().int().min(0).max(max);

export const criterionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('degreeAtLeast'), degree: degreeSchema.exclude(['other']), ...note }),
  z.strictObject({
    kind: z.literal('overseasBackground'),
    accepts: z.array(overseasBackgroundSchema).min(1).max(2).describe('Any one of these is enough'),
    ...note,
  }),
  z.strictObject({ kind: z.literal('yearsAbroadAtLeast'), years: years(40).min(1), ...note }),
  z.strictObject({ kind: z.literal('ageAtMost'), years: years(80).min(18), ...note }),
  z.strictObject({ kind: z.literal('returnedWithinYears'), years: years(30).min(1), ...note }),
  z.strictObject({ kind: z.literal('graduatedWithinYears'), years: years(30).min(1), ...note }),
  z.strictObject({ kind: z.literal('chineseUniversityDegree'), ...note }),
  z.strictObject({ kind: z.literal('intent'), intent: z.enum(['startup', 'job']), ...note }),
  z.strictObject({ kind: z.literal('industryIn'), industries: z.array(industrySchema).min(1).max(8), ...note }),
  z.strictObject({ kind: z.literal('districtIn'), districts: z.array(districtSchema).min(1).max(7), ...note }),
]);
export type Criterion = z.infer<typeof criterionSchema>;
export type CriterionKind = Criterion['kind'];
export const CRITERION_KINDS = criterionSchema.options.map((o) => o.shape.kind.value) as CriterionKind[];

export const criteriaSchema = z
  .array(criterionSchema)
  .max(10)
  .refine((list) => new Set(list.map((c) => c.kind)).size === list.length, {
    message: 'each kind of criterion at most once per policy',
  });

export const CRITERION_KIND_LABELS: Record<CriterionKind, Bilingual> = {
  degreeAtLeast: { zh: '最低学历', en: 'Minimum degree' },
  overseasBackground: { zh: '海外背景', en: 'Overseas background' },
  yearsAbroadAtLeast: { zh: '海外经历年限', en: 'Years abroad' },
  ageAtMost: { zh: '年龄上限', en: 'Age limit' },
  returnedWithinYears: { zh: '回国年限', en: 'Returned within' },
  graduatedWithinYears: { zh: '毕业年限', en: 'Graduated within' },
  chineseUniversityDegree: { zh: '在华高校学历', en: 'Degree from a Chinese university' },
  intent: { zh: '发展意向', en: 'Plan' },
  industryIn: { zh: '产业领域', en: 'Industry' },
  districtIn: { zh: '注册/落地区域', en: 'District' },
};

const listZh = (items: string[]) => items.join('、');
const listEn = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;

export const OVERSEAS_BACKGROUND_LABELS: Record<OverseasBackground, Bilingual> = {
  studied_abroad: { zh: '海外留学', en: 'Studied abroad' },
  foreign_national: { zh: '外籍人士', en: 'Foreign national' },
};

/** The rule as a sentence a talent can read. */
export function describeCriterion(c: Criterion): Bilingual {
  switch (c.kind) {
    case 'degreeAtLeast':
      return {
        zh: `${DEGREE_LABELS[c.degree].zh}及以上学历`,
        en: `A ${DEGREE_LABELS[c.degree].en.toLowerCase()} or higher`,
      };
    case 'overseasBackground':
      if (c.accepts.length > 1)
        return { zh: '有海外留学经历或为外籍人士（满足其一）', en: 'Studied abroad, or hold a foreign nationality' };
      return c.accepts[0] === 'studied_abroad'
        ? { zh: '有海外留学经历', en: 'Studied abroad' }
        : { zh: '外国国籍', en: 'Hold a foreign nationality' };
    case 'yearsAbroadAtLeast':
      return {
        zh: `海外学习或工作满${c.years}年`,
        en: `At least ${c.years} year${c.years > 1 ? 's' : ''} of study or work abroad`,
      };
    case 'ageAtMost':
      return { zh: `年龄不超过${c.years}周岁`, en: `Aged ${c.years} or under` };
    case 'returnedWithinYears':
      return {
        zh: `回国（来华）不超过${c.years}年`,
        en: `Came back to (or arrived in) China within the last ${c.years} year${c.years > 1 ? 's' : ''}`,
      };
    case 'graduatedWithinYears':
      return { zh: `毕业不超过${c.years}年`, en: `Graduated within the last ${c.years} year${c.years > 1 ? 's' : ''}` };
    case 'chineseUniversityDegree':
      return {
        zh: '在我国境内高校取得本科及以上学历',
        en: 'Hold a bachelor’s degree or higher from a university in China',
      };
    case 'intent':
      return c.intent === 'startup'
        ? { zh: '在厦创办或准备创办企业', en: 'Starting (or about to start) a company in Xiamen' }
        : { zh: '在厦就业', en: 'Taking a job in Xiamen' };
    case 'industryIn':
      return {
        zh: `从事${listZh(c.industries.map((i) => INDUSTRY_LABELS[i].zh))}领域`,
        en: `Working in ${listEn(c.industries.map((i) => INDUSTRY_LABELS[i].en))}`,
      };
    case 'districtIn':
      return {
        zh: `企业注册或工作地在${listZh(c.districts.map((d) => DISTRICT_LABELS[d].zh))}`,
        en: `Company registered or working in ${listEn(c.districts.map((d) => DISTRICT_LABELS[d].en))}`,
      };
  }
}
