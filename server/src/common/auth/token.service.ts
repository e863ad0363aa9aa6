import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ROLES, type Role } from '@ihaigui/shared';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { CLOCK, type Clock } from '../clock';
import type { AccessTokenClaims, AccessTokenSubject, AuthUser } from './auth-user';

export interface IssuedAccessToken {
  token: string;
  expiresAt: Date;
}

/** Short-lived signed access tokens, and the random refresh secrets whose hashes the database keeps. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  signAccessToken(user: AuthUser, sessionId: string): IssuedAccessToken {
    const nowSeconds = Math.floor(this.clock.now().getTime() / 1000);
    const exp = nowSeconds + this.config.auth.accessTokenTtlSeconds;
    const claims: AccessTokenClaims & { iat: number; exp: number } = {
      sub: String(user.id),
      role: user.role,
      sid: sessionId,
      iat: nowSeconds,
      exp,
    };
    return {
      token: this.jwt.sign(claims, { secret: this.config.auth.jwtSecret, algorithm: 'HS256' }),
      expiresAt: new Date(exp * 1000),
    };
  }

  /** The caller of a valid, unexpired token, or null. */
  verifyAccessToken(token: string): AccessTokenSubject | null {
    try {
      const claims = this.jwt.verify<AccessTokenClaims & { exp: number }>(token, {
        secret: this.config.auth.jwtSecret,
        algorithms: ['HS256'],
        clockTimestamp: Math.floor(this.clock.now().getTime() / 1000),
      });
      const id = Number(claims.sub);
      if (!Number.isInteger(id) || !ROLES.includes(claims.role as Role)) return null;
      return { id, role: claims.role, sessionId: typeof claims.sid === 'string' ? claims.sid : null };
    } catch {
      return null;
    }
  }

  newRefreshSecret(): { token: string; hash: string; id: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: this.hashRefreshToken(token), id: randomUUID() };
  }

  hashRefreshToken(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }

  refreshExpiry(): Date {
    return new Date(this.clock.now().getTime() + this.config.auth.refreshTokenTtlDays * 24 * 3600 * 1000);
  }
}
