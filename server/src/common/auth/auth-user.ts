import type { Role } from '@ihaigui/shared';

/** The caller as the guards established it for this request. */
export interface AuthUser {
  id: number;
  role: Role;
}

export interface AccessTokenClaims {
  sub: string;
  role: Role;
  /** The session (refresh-token family) the token was issued for; signing out ends it. */
  sid?: string;
}

/** A verified access token: the caller and the session it belongs to (absent in tokens from before sessions). */
export interface AccessTokenSubject extends AuthUser {
  sessionId: string | null;
}
