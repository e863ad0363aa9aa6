import { z } from 'zod';
import { DEGREE_LABELS, degreeSchema, INTENT_LABELS, intentSchema } from '../account/account.schema';
import type { Bilingual } from '../common/locale';
import { DISTRICT_LABELS, districtSchema, INDUSTRY_LABELS, industrySchema } from '../taxonomy/taxonomy';
import { type Criterion, type CriterionKind, DEGREE_RANK, describeCriterion } from './criteria';

/**
 * What the matcher knows about a talent: every answer is optional. A missing answer makes the criteria that need it
 * "unknown" (never "not met"), so a half-filled questionnaire still gives an honest "maybe".
 */
export const matchAnswersSchema = z.strictObject({
  degree: degreeSchema.nullish(),
  studiedAbroad: z.boolean().nullish(),
  foreignNational: z.boolean().nullish(),
  chineseUniversityDegree: z.boolean().nullish().describe('Holds a bachelor’s or higher from a university in China'),
  yearsAbroad: z.number().int().min(0).max(60).nullish(),
  age: z.number().int().min(16).max(100).nullish(),
  returnYear: z.number().int().min(1978).max(2100).nullish().describe('Year of return to (or arrival in) China'),
  graduationYear: z.number().int().min(1970).max(2100).nullish(),
  intent: intentSchema.nullish(),
  industry: industrySchema.nullish(),
  district: districtSchema.nullish().describe('District where the talent works or registers a company'),
});
export type MatchAnswers = z.infer<typeof matchAnswersSchema>;
export type MatchAnswerKey = keyof MatchAnswers;
/** The questionnaire, in the order it is asked. */
export const MATCH_ANSWER_KEYS = Object.keys(matchAnswersSchema.shape) as MatchAnswerKey[];

export const MATCH_QUESTION_LABELS: Record<MatchAnswerKey, Bilingual> = {
  degree: { zh: '最高学历', en: 'Highest degree' },
  studiedAbroad: { zh: '是否有海外留学经历', en: 'Did you study abroad?' },
  foreignNational: { zh: '是否外国国籍', en: 'Do you hold a foreign nationality?' },
  chineseUniversityDegree: {
    zh: '是否在我国境内高校取得本科及以上学历',
    en: 'Do you hold a bachelor’s or higher from a university in China?',
  },
  yearsAbroad: { zh: '海外学习/工作年限', en: 'Years of study or work abroad' },
  age: { zh: '年龄', en: 'Age' },
  returnYear: { zh: '回国（来华）年份', en: 'Year you came (back) to China' },
  graduationYear: { zh: '毕业年份', en: 'Year of graduation' },
  intent: { zh: '发展意向', en: 'What you plan to do' },
  industry: { zh: '所在产业领域', en: 'Your industry' },
  district: { zh: '工作或企业注册所在区', en: 'District where you work or register a company' },
};

/** Which answers a criterion reads: when all are missing, the criterion is unknown. */
export const CRITERION_NEEDS: Record<CriterionKind, MatchAnswerKey[]> = {
  degreeAtLeast: ['degree'],
  overseasBackground: ['studiedAbroad', 'foreignNational'],
  yearsAbroadAtLeast: ['yearsAbroad'],
  ageAtMost: ['age'],
  returnedWithinYears: ['returnYear'],
  graduatedWithinYears: ['graduationYear'],
  chineseUniversityDegree: ['chineseUniversityDegree'],
  intent: ['intent'],
  industryIn: ['industry'],
  districtIn: ['district'],
};

/** The answers one criterion reads (an overseas rule reads only the backgrounds it accepts). */
export function criterionNeeds(c: Criterion): MatchAnswerKey[] {
  if (c.kind === 'overseasBackground')
    return c.accepts.map((a) => (a === 'studied_abroad' ? 'studiedAbroad' : 'foreignNational'));
  return CRITERION_NEEDS[c.kind];
}

export const CRITERION_STATUSES = ['met', 'not_met', 'unknown'] as const;
export type CriterionStatus = (typeof CRITERION_STATUSES)[number];
export const VERDICTS = ['eligible', 'maybe', 'not_eligible'] as const;
export const verdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof verdictSchema>;
export const VERDICT_LABELS: Record<Verdict, Bilingual> = {
  eligible: { zh: '符合条件', en: 'Eligible' },
  maybe: { zh: '可能符合', en: 'Maybe' },
  not_eligible: { zh: '暂不符合', en: 'Not eligible' },
};

export interface CriterionResult {
  criterion: Criterion;
  requirement: Bilingual;
  status: CriterionStatus;
  /** Why, in the talent's own terms: what they answered against what the policy asks. */
  reason: Bilingual;
}

export interface PolicyEvaluation {
  verdict: Verdict;
  criteria: CriterionResult[];
  /** Answers that would settle a "maybe", in questionnaire order. */
  missing: MatchAnswerKey[];
}

const unknown = (key: MatchAnswerKey): Bilingual => ({
  zh: `尚未填写“${MATCH_QUESTION_LABELS[key].zh}”`,
  en: `Not answered yet: “${MATCH_QUESTION_LABELS[key].en}”`,
});

function evaluateCriterion(
  c: Criterion,
  a: MatchAnswers,
  currentYear: number,
): { status: CriterionStatus; reason: Bilingual } {
  const met = (ok: boolean, reason: Bilingual) => ({ status: ok ? ('met' as const) : ('not_met' as const), reason });
  switch (c.kind) {
    case 'degreeAtLeast': {
      if (a.degree == null) return { status: 'unknown', reason: unknown('degree') };
      const ok = DEGREE_RANK[a.degree] >= DEGREE_RANK[c.degree];
      return met(ok, {
        zh: `你的学历为${DEGREE_LABELS[a.degree].zh}${ok ? '，满足' : '，要求'}${DEGREE_LABELS[c.degree].zh}及以上`,
        en: `Your degree: ${DEGREE_LABELS[a.degree].en}; ${ok ? 'meets' : 'needs'} ${DEGREE_LABELS[c.degree].en} or higher`,
      });
    }
    case 'overseasBackground': {
      const values = c.accepts.map((k) => (k === 'studied_abroad' ? a.studiedAbroad : a.foreignNational));
      const hit = c.accepts.find((_, i) => values[i] === true);
      if (hit) {
        return met(
          true,
          hit === 'studied_abroad'
            ? { zh: '你有海外留学经历', en: 'You studied abroad' }
            : { zh: '你为外国国籍', en: 'You hold a foreign nationality' },
        );
      }
      if (values.every((v) => v === false)) {
        return met(
          false,
          c.accepts.length > 1
            ? {
                zh: '你没有海外留学经历，也不是外籍人士',
                en: 'You neither studied abroad nor hold a foreign nationality',
              }
            : c.accepts[0] === 'studied_abroad'
              ? { zh: '你没有海外留学经历', en: 'You did not study abroad' }
              : { zh: '你不是外国国籍', en: 'You do not hold a foreign nationality' },
        );
      }
      const firstMissing =
        c.accepts[values.findIndex((v) => v == null)] === 'studied_abroad' ? 'studiedAbroad' : 'foreignNational';
      return { status: 'unknown', reason: unknown(firstMissing) };
    }
    case 'yearsAbroadAtLeast': {
      if (a.yearsAbroad == null) return { status: 'unknown', reason: unknown('yearsAbroad') };
      const ok = a.yearsAbroad >= c.years;
      return met(ok, {
        zh: `你在海外${a.yearsAbroad}年，${ok ? '满足' : '要求至少'}${c.years}年`,
        en: `You spent ${a.yearsAbroad} year(s) abroad; ${ok ? 'meets' : 'needs at least'} ${c.years}`,
      });
    }
    case 'ageAtMost': {
      if (a.age == null) return { status: 'unknown', reason: unknown('age') };
      const ok = a.age <= c.years;
      return met(ok, {
        zh: `你${a.age}岁，${ok ? '未超过' : '超过了'}${c.years}周岁的上限`,
        en: `You are ${a.age}; the limit is ${c.years}${ok ? '' : ' — over the limit'}`,
      });
    }
    case 'returnedWithinYears': {
      if (a.returnYear == null) return { status: 'unknown', reason: unknown('returnYear') };
      const since = Math.max(0, currentYear - a.returnYear);
      const ok = since <= c.years;
      return met(ok, {
        zh: `你于${a.returnYear}年回国（来华），已${since}年，${ok ? '在' : '超过'}${c.years}年${ok ? '以内' : '的期限'}`,
        en: `You came in ${a.returnYear}, ${since} year(s) ago — ${ok ? 'within' : 'beyond'} the ${c.years}-year window`,
      });
    }
    case 'graduatedWithinYears': {
      if (a.graduationYear == null) return { status: 'unknown', reason: unknown('graduationYear') };
      const since = Math.max(0, currentYear - a.graduationYear);
      const ok = since <= c.years;
      return met(ok, {
        zh: `你于${a.graduationYear}年毕业，已${since}年，${ok ? '在' : '超过'}${c.years}年${ok ? '以内' : '的期限'}`,
        en: `You graduated in ${a.graduationYear}, ${since} year(s) ago — ${ok ? 'within' : 'beyond'} the ${c.years}-year window`,
      });
    }
    case 'chineseUniversityDegree': {
      if (a.chineseUniversityDegree == null) return { status: 'unknown', reason: unknown('chineseUniversityDegree') };
      return met(
        a.chineseUniversityDegree,
        a.chineseUniversityDegree
          ? { zh: '你在我国境内高校取得学历', en: 'You hold a degree from a university in China' }
          : { zh: '你没有在我国境内高校取得的学历', en: 'You do not hold a degree from a university in China' },
      );
    }
    case 'intent': {
      if (a.intent == null) return { status: 'unknown', reason: unknown('intent') };
      const ok = a.intent === 'both' || a.intent === c.intent;
      return met(ok, {
        zh: `你的意向：${INTENT_LABELS[a.intent].zh}${ok ? '' : `，本政策面向${INTENT_LABELS[c.intent].zh}`}`,
        en: `Your plan: ${INTENT_LABELS[a.intent].en}${ok ? '' : `; this policy is for: ${INTENT_LABELS[c.intent].en}`}`,
      });
    }
    case 'industryIn': {
      if (a.industry == null) return { status: 'unknown', reason: unknown('industry') };
      const ok = c.industries.includes(a.industry);
      return met(ok, {
        zh: `你的领域：${INDUSTRY_LABELS[a.industry].zh}${ok ? '，在支持范围内' : '，不在支持范围内'}`,
        en: `Your industry: ${INDUSTRY_LABELS[a.industry].en}${ok ? ' — covered' : ' — not covered'}`,
      });
    }
    case 'districtIn': {
      if (a.district == null) return { status: 'unknown', reason: unknown('district') };
      const ok = c.districts.includes(a.district);
      return met(ok, {
        zh: `你在${DISTRICT_LABELS[a.district].zh}${ok ? '，在适用区域内' : '，不在适用区域内'}`,
        en: `You are in ${DISTRICT_LABELS[a.district].en}${ok ? ' — covered' : ' — not covered'}`,
      });
    }
  }
}

/** Every criterion checked: all met → eligible; any not met → not eligible; otherwise maybe, with what is missing. */
export function evaluatePolicy(
  criteria: readonly Criterion[],
  answers: MatchAnswers,
  currentYear: number,
): PolicyEvaluation {
  const results: CriterionResult[] = criteria.map((criterion) => ({
    criterion,
    requirement: describeCriterion(criterion),
    ...evaluateCriterion(criterion, answers, currentYear),
  }));
  const missingSet = new Set<MatchAnswerKey>();
  for (const r of results) {
    if (r.status !== 'unknown') continue;
    for (const key of criterionNeeds(r.criterion)) if (answers[key] == null) missingSet.add(key);
  }
  const verdict: Verdict = results.some((r) => r.status === 'not_met')
    ? 'not_eligible'
    : results.some((r) => r.status === 'unknown')
      ? 'maybe'
      : 'eligible';
  return { verdict, criteria: results, missing: MATCH_ANSWER_KEYS.filter((k) => missingSet.has(k)) };
}

const VERDICT_ORDER: Record<Verdict, number> = { eligible: 0, maybe: 1, not_eligible: 2 };

/**
 * Ranking: eligible first, then "maybe" with the fewest open questions, then not eligible with the fewest failed
 * criteria (the near misses); inside a group the larger benefit first, then the nearer deadline.
 */
export function compareMatches(
  a: { evaluation: PolicyEvaluation; amountMax: number | null; validTo: string | null; id: number },
  b: { evaluation: PolicyEvaluation; amountMax: number | null; validTo: string | null; id: number },
): number {
  const byVerdict = VERDICT_ORDER[a.evaluation.verdict] - VERDICT_ORDER[b.evaluation.verdict];
  if (byVerdict !== 0) return byVerdict;
  const open = (e: PolicyEvaluation) =>
    e.verdict === 'maybe'
      ? e.missing.length
      : e.verdict === 'not_eligible'
        ? e.criteria.filter((c) => c.status === 'not_met').length
        : 0;
  const byOpen = open(a.evaluation) - open(b.evaluation);
  if (byOpen !== 0) return byOpen;
  const byAmount = (b.amountMax ?? 0) - (a.amountMax ?? 0);
  if (byAmount !== 0) return byAmount;
  const deadline = (v: string | null) => v ?? '9999-12-31';
  const byDeadline = deadline(a.validTo).localeCompare(deadline(b.validTo));
  return byDeadline !== 0 ? byDeadline : a.id - b.id;
}

const CHINA = /^(中国|中華人民共和國|中华人民共和国|china|cn|prc|people'?s republic of china)$/i;

/** What a saved talent profile says for the questionnaire; anything the profile does not hold stays unanswered. */
export function answersFromProfile(
  profile: {
    nationality: string;
    studyCountry: string;
    degree: MatchAnswers['degree'];
    returnYear: number | null;
    intent: MatchAnswers['intent'];
    birthYear?: number | null;
    yearsAbroad?: number | null;
    industry?: MatchAnswers['industry'];
    district?: MatchAnswers['district'];
  },
  currentYear: number,
): MatchAnswers {
  const studiedInChina = CHINA.test(profile.studyCountry.trim());
  return {
    degree: profile.degree,
    studiedAbroad: !studiedInChina,
    foreignNational: !CHINA.test(profile.nationality.trim()),
    chineseUniversityDegree: studiedInChina ? true : null,
    yearsAbroad: profile.yearsAbroad ?? null,
    age: profile.birthYear ? currentYear - profile.birthYear : null,
    returnYear: profile.returnYear,
    graduationYear: null,
    intent: profile.intent,
    industry: profile.industry ?? null,
    district: profile.district ?? null,
  };
}
