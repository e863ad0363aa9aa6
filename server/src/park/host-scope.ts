import type { AuthUser } from '../common/auth/auth-user';
import type { OrganizationService } from '../organization/organization.service';

/**
 * What a caller hosts: staff host everything; an enterprise user hosts what their verified organisation runs
 * (parks it operates, finance services it provides); anyone else hosts nothing.
 */
export type HostScope = { kind: 'all' } | { kind: 'organization'; organizationId: number } | { kind: 'none' };

export async function hostScopeOf(user: AuthUser, organizations: OrganizationService): Promise<HostScope> {
  if (user.role === 'staff' || user.role === 'admin') return { kind: 'all' };
  if (user.role !== 'enterprise') return { kind: 'none' };
  const org = await organizations.findVerifiedForMember(user.id);
  return org ? { kind: 'organization', organizationId: org.id } : { kind: 'none' };
}

/** Whether the scope covers something run by `organizationId` (null: run by the service center itself). */
export function hosts(scope: HostScope, organizationId: number | null): boolean {
  return scope.kind === 'all' || (scope.kind === 'organization' && scope.organizationId === organizationId);
}
