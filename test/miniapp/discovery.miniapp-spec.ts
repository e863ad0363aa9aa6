import { matchAnswersSchema } from '@ihaigui/shared';
import {
  daysUntil,
  isClosingSoon,
  policyAmountText,
  policyValidityText,
} from '../../miniapp/src/features/discovery/policy-display';
import {
  UNSURE,
  answersToDraft,
  draftToAnswers,
  emptyDraft,
} from '../../miniapp/src/features/discovery/pages/policy-match/answers';

// 2026-11-21 10:00 in Beijing.
const NOW = Date.parse('2026-11-21T02:00:00.000Z');

describe('policy display', () => {
  it('counts days to a deadline on Beijing dates and flags the last 30', () => {
    expect(daysUntil('2026-11-21', NOW)).toBe(0);
    expect(daysUntil('2026-12-21', NOW)).toBe(30);
    expect(isClosingSoon('2026-12-21', NOW)).toBe(true);
    expect(isClosingSoon('2026-12-22', NOW)).toBe(false);
    expect(isClosingSoon('2026-11-20', NOW)).toBe(false);
    expect(isClosingSoon(null, NOW)).toBe(false);
    // 23:30 UTC on the 20th is already the 21st in Beijing.
    expect(daysUntil('2026-11-21', Date.parse('2026-11-20T23:30:00.000Z'))).toBe(0);
  });

  it('writes amounts with their period and validity in both languages', () => {
    const policy = { amountMin: null, amountMax: 500_000, amountPeriod: 'yearly' as const };
    expect(policyAmountText(policy, 'zh-CN')).toBe('最高50万元 · 每年');
    expect(policyAmountText(policy, 'en')).toBe('up to ¥500,000 · per year');
    expect(policyAmountText({ amountMin: null, amountMax: null, amountPeriod: 'once' }, 'en')).toBeNull();
    expect(policyValidityText('2026-12-31', 'zh-CN')).toBe('2026年12月31日截止');
    expect(policyValidityText('2026-12-31', 'en')).toBe('Until Dec 31, 2026');
    expect(policyValidityText(null, 'en')).toBe('Standing policy');
  });
});

describe('matcher questionnaire', () => {
  it('sends unanswered and "not sure" questions as unknown', () => {
    const draft = {
      ...emptyDraft(),
      degree: 'phd',
      studiedAbroad: 'yes',
      foreignNational: 'no',
      age: '33',
      district: UNSURE,
    };
    const parsed = matchAnswersSchema.parse(draftToAnswers(draft));
    expect(parsed).toEqual({
      degree: 'phd',
      studiedAbroad: true,
      foreignNational: false,
      chineseUniversityDegree: null,
      yearsAbroad: null,
      age: 33,
      returnYear: null,
      graduationYear: null,
      intent: null,
      industry: null,
      district: null,
    });
  });

  it('refuses a number out of range instead of guessing', () => {
    const result = matchAnswersSchema.safeParse(draftToAnswers({ ...emptyDraft(), age: '7' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['age']);
  });

  it('prefills from known answers and leaves the rest open', () => {
    const { draft, filled } = answersToDraft({
      degree: 'master',
      studiedAbroad: false,
      returnYear: 2023,
      industry: null,
    });
    expect(filled).toEqual(['degree', 'studiedAbroad', 'returnYear']);
    expect(draft.studiedAbroad).toBe('no');
    expect(draft.returnYear).toBe('2023');
    expect(draft.industry).toBe('');
    expect(matchAnswersSchema.parse(draftToAnswers(draft))).toMatchObject({
      degree: 'master',
      studiedAbroad: false,
      returnYear: 2023,
    });
  });
});
