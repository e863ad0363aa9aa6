import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { AppException } from '../errors/app.exception';
import { AccountService } from '../../account/account.service';
import { PRIVACY_POLICY_VERSION } from '../../account/privacy-policy';
import { OrganizationService } from '../../organization/organization.service';
import { ACCESS_KEY, type AccessRule } from './access.decorators';
import type { AuthUser } from './auth-user';
import { TokenService } from './token.service';

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const [scheme, token] = header.split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : null;
}

/**
 * Every route passes here. Undeclared routes are refused; role rules check a valid token and the user's
 * current role in the database (so a deleted account or a changed role takes effect at once).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly accounts: AccountService,
    private readonly organizations: OrganizationService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>();
    if (!rule) {
      this.logger.warn({ route: request.routeOptions.url }, 'route has no access rule; refused');
      throw new AppException('FORBIDDEN', 403, 'no access rule');
    }
    const token = bearerToken(request);
    const claims = token ? this.tokens.verifyAccessToken(token) : null;
    if (rule.public) {
      // Public routes may personalise (e.g. "in my favourites") for a caller with a valid token; nothing is granted by it.
      if (claims) request.user = { id: claims.id, role: claims.role };
      return true;
    }

    if (!claims) throw new AppException('UNAUTHENTICATED', 401);
    if (claims.sessionId && !(await this.accounts.isSessionActive(claims.sessionId)))
      throw new AppException('UNAUTHENTICATED', 401, 'signed out');
    const user = await this.accounts.findActiveById(claims.id);
    if (!user) throw new AppException('UNAUTHENTICATED', 401, 'account gone');
    if (!rule.roles?.includes(user.role)) throw new AppException('FORBIDDEN', 403, `role ${user.role}`);
    if (rule.consent) {
      const consent = await this.accounts.findLatestConsent(user.id);
      if (consent?.policyVersion !== PRIVACY_POLICY_VERSION) throw new AppException('CONSENT_REQUIRED', 403);
    }
    if (rule.verifiedOrganization) {
      await this.organizations.requireVerifiedForMember(user.id);
    }
    request.user = { id: user.id, role: user.role };
    return true;
  }
}
