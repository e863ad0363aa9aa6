import { Injectable } from '@nestjs/common';
import type { Degree, Industry, Page, TalentCard } from '@ihaigui/shared';
import { pageOf, window } from '../common/db/paging';
import { OrganizationService } from '../organization/organization.service';
import { ProjectAccessRepository } from './project-access.repository';
import { talentOpenKey } from './project.rules';

/** Talents who opted in to be found (profile visible to everyone or to verified organisations), for organisations. */
@Injectable()
export class TalentDirectoryService {
  constructor(
    private readonly access: ProjectAccessRepository,
    private readonly organizations: OrganizationService,
  ) {}

  async listForOrganization(
    userId: number,
    query: { page: number; pageSize: number; industry?: Industry; degree?: Degree },
  ): Promise<Page<TalentCard>> {
    const org = await this.organizations.requireVerifiedForMember(userId);
    const [rows, total] = await this.access.findOptedInTalentPage({
      industry: query.industry,
      degree: query.degree,
      ...window(query),
    });
    const open = await this.access.findOpenKeys(rows.map((r) => talentOpenKey(org.id, r.userId)));
    const items = rows.map((r) => ({
      userId: r.userId,
      displayName: r.user.displayName,
      degree: r.degree,
      studyCountry: r.studyCountry,
      major: r.major,
      industry: r.industry,
      intent: r.intent,
      returnYear: r.returnYear,
      canPropose: !open.has(talentOpenKey(org.id, r.userId)),
    }));
    return pageOf(items, total, query);
  }
}
