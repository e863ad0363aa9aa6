import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ChallengeResponse, Page, RespondChallenge, ResponseStatus } from '@ihaigui/shared';
import { AccountErasure } from '../account/account-erasure';
import { AccountService } from '../account/account.service';
import { AuditService } from '../audit/audit.service';
import { CLOCK, type Clock } from '../common/clock';
import { pageOf, window } from '../common/db/paging';
import { isUniqueViolation } from '../common/db/unique-violation';
import { AppException } from '../common/errors/app.exception';
import { IntentionService } from '../intention/intention.service';
import { NotificationService } from '../notification/notification.service';
import type { ChallengeResponseEntity } from './challenge.entity';
import { CHALLENGE_MESSAGES as M } from './challenge.messages';
import { quotedTitle, toChallengeResponse } from './challenge.mapper';
import { ChallengeRepository, ChallengeResponseRepository } from './challenge.repository';
import { ChallengeService } from './challenge.service';

const ENTITY_TYPE = 'challenge';
/** States a responder may still withdraw from. */
const WITHDRAWABLE: ResponseStatus[] = ['submitted', 'shortlisted'];
/** MySQL/MariaDB may pick a loser among simultaneous inserts of the same key; it is a duplicate all the same. */
const DEADLOCK = 1213;

type ListQuery = { page: number; pageSize: number; status?: ResponseStatus };

/**
 * Responses (揭榜): a talent answers an open challenge with a proposal, alone or with one of their accepted projects.
 * The organisation that posted it (and staff) read the responses, shortlist and pick one; the pick closes the
 * challenge as awarded and opens an intention with the responder, and everyone else still in the running is told.
 */
@Injectable()
export class ChallengeResponseService implements OnModuleInit {
  constructor(
    private readonly challenges: ChallengeRepository,
    private readonly responses: ChallengeResponseRepository,
    private readonly challengeService: ChallengeService,
    private readonly intentions: IntentionService,
    private readonly users: AccountService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly erasure: AccountErasure,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // A deleted talent's proposals go; the challenges they answered count one response fewer if it was still live.
    this.erasure.register('challenge-responses', async (userId, em) => {
      const rows = await this.responses.findAllOfUser(userId, em);
      await this.challenges.uncountResponses(
        rows.filter((r) => r.status !== 'withdrawn').map((r) => r.challengeId),
        em,
      );
      await this.challenges.clearPickedResponses(
        rows.map((r) => r.id),
        em,
      );
      await this.responses.deleteAllOfUser(userId, em);
    });
    this.erasure.registerExport('challengeResponses', async (userId) =>
      (await this.responses.findAllOfUser(userId)).map((r) => ({
        challengeId: r.challengeId,
        challenge: r.challenge?.title ?? null,
        proposal: r.proposal,
        projectId: r.projectId,
        status: r.status,
        createdAt: r.createdAt.toISOString(),
        updatedAt: r.updatedAt.toISOString(),
      })),
    );
  }

  // ---- the responder ----

  async respond(userId: number, challengeId: number, input: RespondChallenge): Promise<ChallengeResponse> {
    const challenge = await this.challenges.findById(challengeId);
    if (!challenge || challenge.status === 'pending' || challenge.status === 'rejected') {
      throw AppException.notFound('CHALLENGE_NOT_FOUND', `challenge ${challengeId} not public`);
    }
    const now = this.clock.now();
    if (challenge.status !== 'open' || challenge.deadlineAt.getTime() <= now.getTime()) {
      throw AppException.conflict(
        'CHALLENGE_NOT_OPEN',
        `challenge ${challengeId} is ${challenge.status}, deadline ${challenge.deadline}`,
      );
    }
    if (input.projectId !== null) {
      const project = await this.challenges.findProject(input.projectId);
      if (!project || project.ownerId !== userId || project.status !== 'accepted') {
        throw AppException.notFound(
          'PROJECT_NOT_FOUND',
          `project ${input.projectId} not an accepted project of user ${userId}`,
        );
      }
    }
    const existing = await this.responses.findOfUser(challengeId, userId);
    // A withdrawn response may be sent again (it is the same row: one response per talent and challenge).
    if (existing && existing.status !== 'withdrawn')
      throw AppException.conflict('CHALLENGE_ALREADY_RESPONDED', `response ${existing.id}`);
    const user = await this.users.findActiveById(userId);
    let responseId: number;
    try {
      responseId = await this.dataSource.transaction(async (em) => {
        if (!(await this.challenges.countResponseIfOpen(challengeId, now, em))) {
          throw AppException.conflict('CHALLENGE_NOT_OPEN', `challenge ${challengeId} closed meanwhile`);
        }
        let id: number;
        if (existing) {
          const values: Partial<ChallengeResponseEntity> = {
            proposal: input.proposal,
            projectId: input.projectId,
            status: 'submitted',
            intentionId: null,
            updatedAt: now,
          };
          if (!(await this.responses.transition(existing.id, ['withdrawn'], values, em))) {
            throw AppException.conflict('CHALLENGE_ALREADY_RESPONDED', `response ${existing.id} changed meanwhile`);
          }
          id = existing.id;
        } else {
          const saved = await this.responses.insert(
            {
              challengeId,
              organizationId: challenge.organizationId,
              userId,
              projectId: input.projectId,
              proposal: input.proposal,
              status: 'submitted',
              createdAt: now,
              updatedAt: now,
            },
            em,
          );
          id = saved.id;
        }
        const title = quotedTitle(challenge);
        const name = user?.displayName ?? '';
        await this.notifications.notifyOrganization(
          challenge.organizationId,
          {
            kind: 'challenge_response',
            title: M.responseReceivedTitle,
            body: M.responseReceivedBody(name, title),
            link: { page: 'orgChallengeResponses', id: challengeId },
          },
          em,
        );
        return id;
      });
    } catch (err) {
      if (!isUniqueViolation(err) && !isDeadlock(err)) throw err;
      throw AppException.conflict(
        'CHALLENGE_ALREADY_RESPONDED',
        `user ${userId} responded to ${challengeId} meanwhile`,
      );
    }
    return this.present(responseId);
  }

  /** Withdrawn while still in the running; the challenge counts one response fewer and the organisation is told. */
  async withdraw(userId: number, challengeId: number): Promise<ChallengeResponse> {
    const existing = await this.responses.findOfUser(challengeId, userId);
    if (!existing)
      throw AppException.notFound('CHALLENGE_RESPONSE_NOT_FOUND', `user ${userId} has no response to ${challengeId}`);
    const challenge = await this.challenges.findById(challengeId);
    await this.dataSource.transaction(async (em) => {
      if (
        !(await this.responses.transition(
          existing.id,
          WITHDRAWABLE,
          { status: 'withdrawn', updatedAt: this.clock.now() },
          em,
        ))
      ) {
        throw AppException.conflict('CHALLENGE_RESPONSE_INVALID_TRANSITION', `withdraw from ${existing.status}`);
      }
      await this.challenges.uncountResponse(challengeId, em);
      if (challenge) {
        const title = quotedTitle(challenge);
        const user = await this.users.findActiveById(userId);
        await this.notifications.notifyOrganization(
          challenge.organizationId,
          {
            kind: 'challenge_response',
            title: M.responseWithdrawnTitle,
            body: M.responseWithdrawnBody(user?.displayName ?? '', title),
            link: { page: 'orgChallengeResponses', id: challengeId },
          },
          em,
        );
      }
    });
    return this.present(existing.id);
  }

  async listMine(userId: number, query: { page: number; pageSize: number }): Promise<Page<ChallengeResponse>> {
    const [rows, total] = await this.responses.findPageForUser({ userId, ...window(query) });
    return pageOf(rows.map(toChallengeResponse), total, query);
  }

  // ---- the organisation and staff ----

  /** The responses to one of the caller's organisation's challenges; any other challenge does not exist for them. */
  async listForOrganization(userId: number, challengeId: number, query: ListQuery): Promise<Page<ChallengeResponse>> {
    await this.challengeService.requireOwn(userId, challengeId);
    return this.page(challengeId, query);
  }

  async listForStaff(challengeId: number, query: ListQuery): Promise<Page<ChallengeResponse>> {
    if (!(await this.challenges.findById(challengeId)))
      throw AppException.notFound('CHALLENGE_NOT_FOUND', `challenge ${challengeId}`);
    return this.page(challengeId, query);
  }

  private async page(challengeId: number, query: ListQuery): Promise<Page<ChallengeResponse>> {
    const [rows, total] = await this.responses.findPageForChallenge({
      challengeId,
      status: query.status,
      ...window(query),
    });
    return pageOf(rows.map(toChallengeResponse), total, query);
  }

  /** Shortlist (submitted → shortlisted) or pick (submitted | shortlisted → picked) one response. */
  async move(
    userId: number,
    challengeId: number,
    responseId: number,
    input: { status: 'shortlisted' | 'picked'; note: string | null },
  ): Promise<ChallengeResponse> {
    const challenge = await this.challengeService.requireOwn(userId, challengeId);
    const response = await this.responses.findRow(responseId);
    if (!response || response.challengeId !== challengeId) {
      throw AppException.notFound(
        'CHALLENGE_RESPONSE_NOT_FOUND',
        `response ${responseId} not of challenge ${challengeId}`,
      );
    }
    if (challenge.status !== 'open')
      throw AppException.conflict('CHALLENGE_INVALID_TRANSITION', `${input.status} while ${challenge.status}`);
    const now = this.clock.now();
    const title = quotedTitle(challenge);
    const org = challenge.organization.name;
    if (input.status === 'shortlisted') {
      await this.dataSource.transaction(async (em) => {
        if (
          !(await this.responses.transition(responseId, ['submitted'], { status: 'shortlisted', updatedAt: now }, em))
        ) {
          throw AppException.conflict('CHALLENGE_RESPONSE_INVALID_TRANSITION', `shortlist from ${response.status}`);
        }
        await this.audit.insert(
          {
            actorId: userId,
            action: 'challenge.shortlist',
            entityType: ENTITY_TYPE,
            entityId: challengeId,
            detail: { responseId },
          },
          em,
        );
        await this.notifications.notify(
          response.userId,
          {
            kind: 'challenge_response',
            title: M.shortlistedTitle,
            body: M.shortlistedBody(org, title),
            link: { page: 'myResponses', id: responseId },
          },
          em,
        );
      });
      return this.present(responseId);
    }

    // The pick, in one transaction: the challenge is awarded (only while open: of two picks one wins), the response is
    // picked, everyone else still in the running is not, and an intention is opened with the responder. Inbox rows are
    // written in the same transaction, so nobody is told of a pick that did not happen.
    await this.dataSource.transaction(async (em) => {
      if (
        !(await this.challenges.transition(
          challengeId,
          ['open'],
          { status: 'awarded', pickedResponseId: responseId, updatedAt: now },
          em,
        ))
      ) {
        throw AppException.conflict('CHALLENGE_INVALID_TRANSITION', `pick while ${challenge.status} changed meanwhile`);
      }
      if (
        !(await this.responses.transition(
          responseId,
          ['submitted', 'shortlisted'],
          { status: 'picked', updatedAt: now },
          em,
        ))
      ) {
        throw AppException.conflict('CHALLENGE_RESPONSE_INVALID_TRANSITION', `pick from ${response.status}`);
      }
      const others = await this.responses.findLiveOthers(challengeId, responseId, em);
      await this.responses.markOthersNotPicked(challengeId, responseId, now, em);
      const { intention } = await this.intentions.open(
        {
          organizationId: challenge.organizationId,
          talentUserId: response.userId,
          projectId: response.projectId,
          source: 'challenge',
          challengeId,
          proposedBy: 'organization',
          actor: { userId, side: 'organization' },
          note: input.note,
        },
        em,
      );
      await this.responses.transition(responseId, ['picked'], { intentionId: intention.id, updatedAt: now }, em);
      await this.audit.insert(
        {
          actorId: userId,
          action: 'challenge.pick',
          entityType: ENTITY_TYPE,
          entityId: challengeId,
          detail: { responseId, intentionId: intention.id, notPicked: others.length },
        },
        em,
      );
      await this.notifications.notify(
        response.userId,
        {
          kind: 'challenge_response',
          title: M.pickedTitle,
          body: M.pickedBody(org, title),
          link: { page: 'intentionDetail', id: intention.id },
        },
        em,
      );
      for (const other of others) {
        await this.notifications.notify(
          other.userId,
          {
            kind: 'challenge_response',
            title: M.notPickedTitle,
            body: M.notPickedBody(org, title),
            link: { page: 'myResponses', id: other.id },
          },
          em,
        );
      }
    });
    return this.present(responseId);
  }

  private async present(id: number): Promise<ChallengeResponse> {
    const row = await this.responses.findRow(id);
    if (!row) throw AppException.notFound('CHALLENGE_RESPONSE_NOT_FOUND', `response ${id}`);
    return toChallengeResponse(row);
  }
}

function isDeadlock(err: unknown): boolean {
  const e = err as { errno?: number; driverError?: { errno?: number } } | null;
  return (e?.driverError?.errno ?? e?.errno) === DEADLOCK;
}
