import { Inject, Injectable } from '@nestjs/common';
import {
  answersFromProfile,
  compareMatches,
  evaluatePolicy,
  EXPIRING_WITHIN_DAYS,
  firstYearAmount,
  type MatchAnswers,
  type MatchResult,
} from '@ihaigui/shared';
import { AccountService } from '../account/account.service';
import { CLOCK, type Clock } from '../common/clock';
import { AppException } from '../common/errors/app.exception';
import { addDays, localDate, localYear } from '../common/time/local-date';
import { toPolicySummary } from './policy.mapper';
import { PolicyRepository } from './policy.repository';

/**
 * The policy matcher: every current policy checked criterion by criterion against what the talent told us (or what
 * their profile says), ranked eligible → maybe → not eligible, with the first-year money at stake.
 */
@Injectable()
export class MatcherService {
  constructor(
    private readonly policies: PolicyRepository,
    private readonly accounts: AccountService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async match(answers: MatchAnswers): Promise<MatchResult> {
    const now = this.clock.now();
    const today = localDate(now);
    const soon = addDays(today, EXPIRING_WITHIN_DAYS);
    const year = localYear(now);
    const rows = await this.policies.findAllCurrent(today);
    const ranked = rows
      .map((p) => ({
        p,
        evaluation: evaluatePolicy(p.criteria, answers, year),
        amountMax: p.amountMax,
        validTo: p.validTo,
        id: p.id,
      }))
      .sort((a, b) => compareMatches(a, b));
    const counts = { eligible: 0, maybe: 0, not_eligible: 0 };
    const potential = { eligible: 0, withMaybe: 0 };
    const items = ranked.map(({ p, evaluation }) => {
      const amount = firstYearAmount(p.amountMax ?? p.amountMin, p.amountPeriod);
      counts[evaluation.verdict] += 1;
      if (evaluation.verdict === 'eligible') potential.eligible += amount;
      if (evaluation.verdict !== 'not_eligible') potential.withMaybe += amount;
      return {
        policy: toPolicySummary(p),
        verdict: evaluation.verdict,
        criteria: evaluation.criteria,
        missing: evaluation.missing,
        firstYearAmount: amount,
        closingSoon: p.validTo !== null && p.validTo <= soon,
      };
    });
    return { answers, evaluatedAt: now.toISOString(), counts, potential, items };
  }

  /** The signed-in talent's own profile as the questionnaire. */
  async matchProfile(userId: number): Promise<MatchResult> {
    const profile = await this.accounts.findTalentProfile(userId);
    if (!profile) throw AppException.notFound('PROFILE_NOT_FOUND', `no profile for user ${userId}`);
    return this.match(answersFromProfile(profile, localYear(this.clock.now())));
  }
}
