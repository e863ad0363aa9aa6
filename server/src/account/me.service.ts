import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Me, MyDataExport, PhoneUpdate } from '@ihaigui/shared';
import { AuditService } from '../audit/audit.service';
import { CLOCK, type Clock } from '../common/clock';
import { AppException } from '../common/errors/app.exception';
import { OrganizationService } from '../organization/organization.service';
import { WECHAT_CLIENT, type WechatClient } from '../wechat/wechat.client';
import {
  ConsentRepository,
  RefreshTokenRepository,
  TalentProfileRepository,
  UserRepository,
} from './account.repositories';
import { AccountErasure } from './account-erasure';
import { FileStorage } from './file-storage';
import { toMe } from './me.mapper';
import { PRIVACY_POLICY_VERSION } from './privacy-policy';
import type { UserEntity } from './user.entity';

/** The signed-in user's own account: what they see of themselves, consent, phone, export and deletion. */
@Injectable()
export class MeService {
  constructor(
    private readonly users: UserRepository,
    private readonly consents: ConsentRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly profiles: TalentProfileRepository,
    private readonly organizations: OrganizationService,
    private readonly audit: AuditService,
    private readonly files: FileStorage,
    private readonly erasure: AccountErasure,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WECHAT_CLIENT) private readonly wechat: WechatClient | null,
  ) {}

  async describe(user: UserEntity): Promise<Me> {
    const [consent, org, profile] = await Promise.all([
      this.consents.findLatest(user.id),
      this.organizations.findForMember(user.id),
      user.role === 'talent' ? this.profiles.findByUserId(user.id) : Promise.resolve(null),
    ]);
    return toMe(user, consent, org, Boolean(profile));
  }

  async get(userId: number): Promise<Me> {
    return this.describe(await this.require(userId));
  }

  async update(userId: number, input: { displayName?: string; locale?: Me['locale'] }): Promise<Me> {
    await this.users.update(userId, input);
    return this.get(userId);
  }

  async consent(userId: number, policyVersion: string): Promise<Me> {
    if (policyVersion !== PRIVACY_POLICY_VERSION)
      throw new AppException('VALIDATION_FAILED', 400, 'stale policy version');
    await this.dataSource.transaction(async (em) => {
      await this.consents.insert({ userId, policyVersion, grantedAt: this.clock.now() }, em);
      await this.audit.insert(
        { actorId: userId, action: 'privacy.consent', entityType: 'user', entityId: userId, detail: { policyVersion } },
        em,
      );
    });
    return this.get(userId);
  }

  /** From WeChat's getPhoneNumber code, or typed by the user. The number itself never goes into the audit log. */
  async setPhone(userId: number, input: PhoneUpdate): Promise<Me> {
    let phone: string;
    if (input.wechatCode) {
      if (!this.wechat) throw new AppException('WECHAT_UNAVAILABLE', 503, 'wechat not configured');
      phone = await this.wechat.getPhoneNumber(input.wechatCode);
    } else {
      phone = input.phone as string;
    }
    await this.dataSource.transaction(async (em) => {
      await this.users.update(userId, { phone }, em);
      await this.audit.insert(
        {
          actorId: userId,
          action: 'account.phone',
          entityType: 'user',
          entityId: userId,
          detail: { source: input.wechatCode ? 'wechat' : 'typed' },
        },
        em,
      );
    });
    return this.get(userId);
  }

  /** Everything stored about the user, as one JSON document. */
  async export(userId: number): Promise<MyDataExport> {
    const user = await this.require(userId);
    const [consents, profile, org, sessions, actions, sections] = await Promise.all([
      this.consents.findAllForUser(userId),
      this.profiles.findByUserId(userId),
      this.organizations.findForMember(userId),
      this.refreshTokens.findForUser(userId),
      this.audit.findByActor(userId),
      this.erasure.exportAll(userId),
    ]);
    return {
      exportedAt: this.clock.now().toISOString(),
      account: {
        id: user.id,
        role: user.role,
        username: user.username,
        displayName: user.displayName,
        phone: user.phone,
        locale: user.locale,
        wechatLinked: Boolean(user.openid),
        createdAt: user.createdAt.toISOString(),
      },
      consents: consents.map((c) => ({ policyVersion: c.policyVersion, grantedAt: c.grantedAt.toISOString() })),
      talentProfile: profile
        ? {
            name: profile.name,
            nationality: profile.nationality,
            studyCountry: profile.studyCountry,
            degree: profile.degree,
            school: profile.school,
            major: profile.major,
            field: profile.field,
            returnYear: profile.returnYear,
            intent: profile.intent,
            visibility: profile.visibility,
            birthYear: profile.birthYear,
            yearsAbroad: profile.yearsAbroad,
            industry: profile.industry,
            district: profile.district,
            cv: profile.cvKey ? { fileName: profile.cvFileName, size: profile.cvSize } : null,
            updatedAt: profile.updatedAt.toISOString(),
          }
        : null,
      organization: org ? { id: org.id, name: org.name, uscc: org.uscc, status: org.status } : null,
      sessions: sessions.map((s) => ({
        createdAt: s.createdAt.toISOString(),
        expiresAt: s.expiresAt.toISOString(),
        revoked: Boolean(s.revokedAt),
      })),
      activity: actions.map((a) => ({
        action: a.action,
        entityType: a.entityType,
        entityId: a.entityId,
        at: a.createdAt.toISOString(),
      })),
      ...sections,
    };
  }

  /**
   * Deletes the account: personal fields purged, profile and CV erased, sessions revoked, organisation
   * membership ended, and every feature's own personal data erased (AccountErasure). The user row stays, anonymised, so content they published keeps an (anonymous) author.
   */
  async delete(userId: number): Promise<void> {
    const now = this.clock.now();
    const profile = await this.profiles.findByUserId(userId);
    // The names others saw (in their notifications, say), read before the account is anonymised.
    const names = [(await this.users.findActiveById(userId))?.displayName ?? '', profile?.name ?? ''];
    await this.dataSource.transaction(async (em) => {
      await this.users.update(
        userId,
        {
          displayName: '已注销用户',
          username: null,
          passwordHash: null,
          openid: null,
          unionid: null,
          phone: null,
          deletedAt: now,
        },
        em,
      );
      await this.profiles.delete(userId, em);
      await this.refreshTokens.revokeAllForUser(userId, now, em);
      await this.organizations.forgetMember(userId, em);
      await this.erasure.eraseAll(userId, em, names);
      await this.audit.insert({ actorId: userId, action: 'account.delete', entityType: 'user', entityId: userId }, em);
    });
    await this.files.remove(profile?.cvKey ?? null);
    // SQLite: the write-ahead log still holds earlier copies of the erased pages until it is checkpointed and cut.
    if (this.dataSource.options.type === 'better-sqlite3')
      await this.dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)');
  }

  private async require(userId: number): Promise<UserEntity> {
    const user = await this.users.findActiveById(userId);
    if (!user) throw new AppException('UNAUTHENTICATED', 401, 'account gone');
    return user;
  }
}
