import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ROLES, type Role } from '@ihaigui/shared';
import type { AuthUser } from './auth-user';

export const ACCESS_KEY = 'ihaigui:access';

/**
 * Who may call a route. A route without a declaration is refused for everyone (default deny), so a new route
 * cannot leak before its author decides.
 */
export interface AccessRule {
  /** Anyone, signed in or not. */
  public?: boolean;
  /** Signed-in users with one of these roles. */
  roles?: readonly Role[];
  /** The current privacy-policy version must have been accepted. */
  consent?: boolean;
  /** The caller's organisation must be verified (enterprise routes that publish). */
  verifiedOrganization?: boolean;
}

export const Public = () => SetMetadata(ACCESS_KEY, { public: true } satisfies AccessRule);
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_KEY, { roles } satisfies AccessRule);
export const SignedIn = () => SetMetadata(ACCESS_KEY, { roles: ROLES } satisfies AccessRule);
/** Roles plus the requirement that personal data may now be collected. */
export const RolesWithConsent = (...roles: Role[]) =>
  SetMetadata(ACCESS_KEY, { roles, consent: true } satisfies AccessRule);
export const VerifiedOrganization = () =>
  SetMetadata(ACCESS_KEY, { roles: ['enterprise'], consent: true, verifiedOrganization: true } satisfies AccessRule);

export const STAFF_ROLES: Role[] = ['staff', 'admin'];

/** The signed-in caller; only on routes whose rule requires a role. */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser => {
  const request = ctx.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>();
  if (!request.user) throw new Error('CurrentUser used on a route without a role rule');
  return request.user;
});

/** The caller on a public route when they sent a valid token, else null. */
export const OptionalUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser | null => {
  return ctx.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>().user ?? null;
});
