import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AuthTokens, DevPersona, PasswordLogin, RegisterAccount } from '@ihaigui/shared';
import { AuditService } from '../audit/audit.service';
import { CLOCK, type Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { AppException } from '../common/errors/app.exception';
import { TokenService } from '../common/auth/token.service';
import { WECHAT_CLIENT, type WechatClient } from '../wechat/wechat.client';
import { RefreshTokenRepository, UserRepository } from './account.repositories';
import { DEMO_PERSONA_USERNAMES } from './demo-personas';
import { MeService } from './me.service';
import { assertStrongPassword, hashPassword, verifyPassword } from './password';
import type { UserEntity } from './user.entity';

/** Signing in (password, WeChat, demo personas), sessions as rotating refresh tokens, signing out. */
@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly users: UserRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly me: MeService,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WECHAT_CLIENT) private readonly wechat: WechatClient | null,
  ) {}

  /**
   * Wrong passwords count up; at the limit the account locks for a while. The same answer is given for an
   * unknown user and a wrong password, after the same amount of work.
   */
  async loginWithPassword(input: PasswordLogin): Promise<AuthTokens> {
    const user = await this.users.findByUsername(input.username);
    const now = this.clock.now();
    if (user?.lockedUntil && user.lockedUntil > now) throw new AppException('AUTH_ACCOUNT_LOCKED', 423);
    const ok = await verifyPassword(user && !user.deletedAt ? user.passwordHash : null, input.password);
    if (!user || !ok) {
      if (user) await this.recordFailure(user, now);
      throw new AppException('AUTH_INVALID_CREDENTIALS', 401);
    }
    if (user.failedLogins > 0 || user.lockedUntil)
      await this.users.update(user.id, { failedLogins: 0, lockedUntil: null });
    return this.startSession(user, 'password');
  }

  /** wx.login code → code2Session → the user of that openid, created as a talent on first sign-in. */
  async loginWithWechat(code: string): Promise<AuthTokens> {
    if (!this.wechat) throw new AppException('WECHAT_UNAVAILABLE', 503, 'WECHAT_APP_ID not configured');
    const session = await this.wechat.code2Session(code);
    let user = await this.users.findByOpenid(session.openid);
    if (!user) {
      user = await this.users.insert({
        role: 'talent',
        openid: session.openid,
        unionid: session.unionid,
        displayName: '微信用户',
      });
      await this.audit.insert({
        actorId: user.id,
        action: 'account.create',
        entityType: 'user',
        entityId: user.id,
        detail: { via: 'wechat' },
      });
    }
    return this.startSession(user, 'wechat');
  }

  /** Demo personas for the embedded demo; never in production, and only while the server listens on loopback. */
  async devLogin(persona: DevPersona): Promise<AuthTokens> {
    if (!this.config.auth.devLogin) throw new AppException('DEV_LOGIN_DISABLED', 403);
    const user = await this.users.findByUsername(DEMO_PERSONA_USERNAMES[persona]);
    if (!user || user.deletedAt) throw new AppException('DEV_LOGIN_DISABLED', 403, 'demo personas are not seeded');
    return this.startSession(user, 'dev');
  }

  async register(input: RegisterAccount): Promise<AuthTokens> {
    assertStrongPassword(input.password, input.username);
    if (await this.users.findByUsername(input.username)) throw new AppException('USERNAME_TAKEN', 409);
    const passwordHash = await hashPassword(input.password);
    let user: UserEntity;
    try {
      user = await this.users.insert({
        role: input.role,
        username: input.username,
        passwordHash,
        displayName: input.displayName,
      });
    } catch {
      // Lost a race for the same username: the unique index decided.
      throw new AppException('USERNAME_TAKEN', 409);
    }
    await this.audit.insert({
      actorId: user.id,
      action: 'account.create',
      entityType: 'user',
      entityId: user.id,
      detail: { via: 'register' },
    });
    return this.startSession(user, 'register');
  }

  /**
   * Swaps a refresh token for a new pair. A token is good once: presenting a used one again means it was
   * copied, so the whole family (every token descended from that sign-in) is revoked.
   */
  async refresh(refreshToken: string): Promise<AuthTokens> {
    const now = this.clock.now();
    const stored = await this.refreshTokens.findByHash(this.tokens.hashRefreshToken(refreshToken));
    if (!stored) throw new AppException('AUTH_REFRESH_INVALID', 401);
    if (stored.revokedAt || stored.expiresAt <= now || !(await this.refreshTokens.revokeIfActive(stored.id, now))) {
      if (stored.revokedAt) this.logger.warn({ userId: stored.userId }, 'refresh token reused; session family revoked');
      await this.refreshTokens.revokeFamily(stored.familyId, now);
      throw new AppException('AUTH_REFRESH_INVALID', 401);
    }
    const user = await this.users.findActiveById(stored.userId);
    if (!user) throw new AppException('AUTH_REFRESH_INVALID', 401);
    return this.issue(user, stored.familyId);
  }

  async logout(userId: number, refreshToken: string): Promise<void> {
    const stored = await this.refreshTokens.findByHash(this.tokens.hashRefreshToken(refreshToken));
    if (stored && stored.userId === userId) await this.refreshTokens.revokeFamily(stored.familyId, this.clock.now());
  }

  private async recordFailure(user: UserEntity, now: Date): Promise<void> {
    await this.users.incrementFailedLogins(user.id);
    if (user.failedLogins + 1 >= this.config.auth.loginMaxFailures) {
      const lockedUntil = new Date(now.getTime() + this.config.auth.loginLockMinutes * 60_000);
      await this.users.update(user.id, { failedLogins: 0, lockedUntil });
      await this.audit.insert({ actorId: null, action: 'auth.lockout', entityType: 'user', entityId: user.id });
    }
  }

  private async startSession(user: UserEntity, via: string): Promise<AuthTokens> {
    this.logger.log({ userId: user.id, via }, 'signed in');
    return this.issue(user, null);
  }

  private async issue(user: UserEntity, familyId: string | null): Promise<AuthTokens> {
    const access = this.tokens.signAccessToken({ id: user.id, role: user.role });
    const refresh = this.tokens.newRefreshSecret();
    const expiresAt = this.tokens.refreshExpiry();
    await this.refreshTokens.insert({
      id: refresh.id,
      userId: user.id,
      tokenHash: refresh.hash,
      familyId: familyId ?? refresh.id,
      expiresAt,
    });
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt.toISOString(),
      refreshToken: refresh.token,
      refreshTokenExpiresAt: expiresAt.toISOString(),
      user: await this.me.describe(user),
    };
  }
}
