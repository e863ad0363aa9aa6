import { Inject, Injectable } from '@nestjs/common';
import type { Role } from '@ihaigui/shared';
import { CLOCK, type Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { AppException } from '../common/errors/app.exception';
import {
  ConsentRepository,
  RefreshTokenRepository,
  TalentProfileRepository,
  UserRepository,
} from './account.repositories';
import { assertStrongPassword, hashPassword } from './password';
import type { UserEntity } from './user.entity';

/** Accounts as other features see them: who a user is, their talent profile, their latest consent; creating staff. */
@Injectable()
export class AccountService {
  /** Recent answers to "is this session still signed in?", so a burst of requests asks the database once. */
  private readonly sessionCache = new Map<string, { active: boolean; until: number }>();

  constructor(
    private readonly users: UserRepository,
    private readonly consents: ConsentRepository,
    private readonly profiles: TalentProfileRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * False once the session was signed out or revoked (a refresh token reused), or has run out: its access tokens
   * stop working, on every instance within SESSION_REVOCATION_CACHE_SECONDS.
   */
  async isSessionActive(sessionId: string): Promise<boolean> {
    const now = this.clock.now();
    const cached = this.sessionCache.get(sessionId);
    if (cached && cached.until > now.getTime()) return cached.active;
    const active = await this.refreshTokens.familyHasActiveToken(sessionId, now);
    const ttlMs = this.config.auth.sessionRevocationCacheSeconds * 1000;
    if (ttlMs > 0) {
      if (this.sessionCache.size > 10_000) this.sessionCache.clear();
      this.sessionCache.set(sessionId, { active, until: now.getTime() + ttlMs });
    }
    return active;
  }

  /** Forgets what this instance knows about a session (it was just signed out here). */
  forgetSession(sessionId: string): void {
    this.sessionCache.delete(sessionId);
  }

  /** The user unless the account was deleted. */
  findActiveById(id: number): Promise<UserEntity | null> {
    return this.users.findActiveById(id);
  }

  findByUsername(username: string): Promise<UserEntity | null> {
    return this.users.findByUsername(username);
  }

  findLatestConsent(userId: number) {
    return this.consents.findLatest(userId);
  }

  findTalentProfile(userId: number) {
    return this.profiles.findByUserId(userId);
  }

  /** A password account for staff (or another admin): a strong password and a free username. */
  async createWithPassword(input: {
    role: Role;
    username: string;
    displayName: string;
    password: string;
  }): Promise<UserEntity> {
    assertStrongPassword(input.password, input.username);
    if (await this.users.findByUsername(input.username)) throw AppException.conflict('USERNAME_TAKEN');
    return this.users.insert({
      role: input.role,
      username: input.username,
      displayName: input.displayName,
      passwordHash: await hashPassword(input.password),
    });
  }
}
