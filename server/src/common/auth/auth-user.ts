import type { Role } from '@ihaigui/shared';

/** The caller as the guards established it for this request. */
export interface AuthUser {
  id: number;
  role: Role;
}

export interface AccessTokenClaims {
  sub: string;
  role: Role;
}
