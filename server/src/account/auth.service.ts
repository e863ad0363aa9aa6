import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthTokens, DevPersona, PasswordLogin, RegisterAccount } from '@ihaigui/shared';
import { AuditService } from '../audit/audit.service';
import { CLOCK, type Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { AppException } from '../common/errors/app.exception';
import { isUniqueViolation } from '../common/db/unique-violation';
import { TokenService } from '../common/auth/token.service';
import { RateLimitStore } from '../common/rate-limit/rate-limit';
import { WECHAT_CLIENT, type WechatClient } from '../wechat/wechat.client';
import { RefreshTokenRepository, UserRepository } from './account.repositories';
import { AccountService } from './account.service';
import { DEMO_PERSONA_USERNAMES } from './demo-personas';
import { MeService } from './me.service';
import { assertStrongPassword, hashPassword, verifyPassword } from './password';
import type { UserEntity } from './user.entity';

/** 429 for a client that keeps failing to sign in to one account; the controller sends `Retry-After`. */
export class SignInSlowedDown extends AppException {
  constructor(readonly retryAfterSeconds: number) {
    super('RATE_LIMITED', 429, 'too many failed sign-ins from this client');
  }
}

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
    private readonly accounts: AccountService,
    private readonly limits: RateLimitStore,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WECHAT_CLIENT) private readonly wechat: WechatClient | null,
  ) {}

  /**
   * Wrong passwords are counted per username and client address, never per account alone: a client that keeps
   * guessing is asked to wait (429 with Retry-After, doubling with each further failure), while the owner signing
   * in from elsewhere is not locked out. An unknown username and a wrong password get the same answer, after the
   * same amount of work, and are counted alike.
   */
  async loginWithPassword(input: PasswordLogin, clientAddress: string): Promise<AuthTokens> {
    const key = `login-failures:${input.username.toLowerCase()}:${clientAddress}`;
    const waitSeconds = await this.limits.blockedFor(key);
    if (waitSeconds > 0) throw this.slowDown(waitSeconds);
    const user = await this.users.findByUsername(input.username);
    const ok = await verifyPassword(user && !user.deletedAt ? user.passwordHash : null, input.password);
    if (!user || !ok) {
      await this.recordFailure(key, user);
      throw new AppException('AUTH_INVALID_CREDENTIALS', 401);
    }
    await this.limits.reset(key);
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
    } catch (err) {
      // Lost a race for the same username: the unique index decided. Anything else (the database away) is not a 409.
      if (!isUniqueViolation(err)) throw err;
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
  /**
   * The old token is marked used by a conditional UPDATE and its successor stored in the same transaction, so of
   * two parallel refreshes exactly one wins on every database. The loser's revocation of the family comes after
   * the winner's commit (it waited for the row), so it takes the new token with it: a token presented twice ends
   * the session, whichever copy came first.
   */
  async refresh(refreshToken: string): Promise<AuthTokens> {
    const now = this.clock.now();
    const stored = await this.refreshTokens.findByHash(this.tokens.hashRefreshToken(refreshToken));
    if (!stored) throw new AppException('AUTH_REFRESH_INVALID', 401);
    const user = await this.users.findActiveById(stored.userId);
    const rotated =
      !stored.revokedAt && stored.expiresAt > now && user
        ? await this.dataSource.transaction(async (em) =>
            (await this.refreshTokens.revokeIfActive(stored.id, now, em))
              ? this.storeRefreshToken(user, stored.familyId, em)
              : null,
          )
        : null;
    if (!rotated || !user) {
      if (stored.revokedAt) this.logger.warn({ userId: stored.userId }, 'refresh token reused; session family revoked');
      await this.refreshTokens.revokeFamily(stored.familyId, now);
      this.accounts.forgetSession(stored.familyId);
      throw new AppException('AUTH_REFRESH_INVALID', 401);
    }
    return this.tokensFor(user, rotated);
  }

  /** Ends the session: its refresh token and, within SESSION_REVOCATION_CACHE_SECONDS everywhere, its access tokens. */
  async logout(userId: number, refreshToken: string): Promise<void> {
    const stored = await this.refreshTokens.findByHash(this.tokens.hashRefreshToken(refreshToken));
    if (stored && stored.userId === userId) {
      await this.refreshTokens.revokeFamily(stored.familyId, this.clock.now());
      this.accounts.forgetSession(stored.familyId);
    }
  }

  private slowDown(waitSeconds: number): SignInSlowedDown {
    return new SignInSlowedDown(waitSeconds);
  }

  /** From the LOGIN_MAX_FAILURES-th failure on, the client waits 5 s, then 10 s, 20 s … up to the maximum. */
  private async recordFailure(key: string, user: UserEntity | null): Promise<void> {
    const { loginMaxFailures, loginFailureWindowMinutes, loginMaxDelaySeconds } = this.config.auth;
    const { count } = await this.limits.hit(key, loginFailureWindowMinutes * 60, loginMaxFailures);
    if (count < loginMaxFailures) return;
    const delay = Math.min(loginMaxDelaySeconds, 5 * 2 ** Math.min(20, count - loginMaxFailures));
    await this.limits.block(key, delay);
    if (count === loginMaxFailures && user)
      await this.audit.insert({ actorId: null, action: 'auth.throttled', entityType: 'user', entityId: user.id });
  }

  private async startSession(user: UserEntity, via: string): Promise<AuthTokens> {
    this.logger.log({ userId: user.id, via }, 'signed in');
    return this.issue(user, null);
  }

  private async issue(user: UserEntity, familyId: string | null): Promise<AuthTokens> {
    return this.tokensFor(user, await this.storeRefreshToken(user, familyId));
  }

  private async storeRefreshToken(user: UserEntity, familyId: string | null, manager?: EntityManager) {
    const refresh = this.tokens.newRefreshSecret();
    const expiresAt = this.tokens.refreshExpiry();
    const sessionId = familyId ?? refresh.id;
    await this.refreshTokens.insert(
      { id: refresh.id, userId: user.id, tokenHash: refresh.hash, familyId: sessionId, expiresAt },
      manager,
    );
    return { token: refresh.token, expiresAt, sessionId };
  }

  private async tokensFor(
    user: UserEntity,
    refresh: { token: string; expiresAt: Date; sessionId: string },
  ): Promise<AuthTokens> {
    const access = this.tokens.signAccessToken({ id: user.id, role: user.role }, refresh.sessionId);
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt.toISOString(),
      refreshToken: refresh.token,
      refreshTokenExpiresAt: refresh.expiresAt.toISOString(),
      user: await this.me.describe(user),
    };
  }
}
