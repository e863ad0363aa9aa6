import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { AuditModule } from '../audit/audit.module';
import { IntentionModule } from '../intention/intention.module';
import { NotificationModule } from '../notification/notification.module';
import { OrganizationModule } from '../organization/organization.module';
import { ProjectAccessRepository } from './project-access.repository';
import { ProjectRecords } from './project-records';
import { ProjectReviewRepository } from './project-review.repository';
import { ProjectReviewService } from './project-review.service';
import { ReviewController, StaffProjectController, StaffReviewerController } from './project-review.controller';
import { MyProjectController, OrgTalentController, ProjectController } from './project.controller';
import { ProjectRepository } from './project.repository';
import { ProjectService } from './project.service';
import { TalentDirectoryService } from './talent-directory.service';

/** Talent projects, their screening and expert review, the shortlist, and the talents organisations browse. */
@Module({
  imports: [AccountModule, AuditModule, IntentionModule, NotificationModule, OrganizationModule],
  controllers: [
    MyProjectController,
    ProjectController,
    StaffProjectController,
    StaffReviewerController,
    ReviewController,
    OrgTalentController,
  ],
  providers: [
    ProjectRepository,
    ProjectReviewRepository,
    ProjectAccessRepository,
    ProjectRecords,
    ProjectService,
    ProjectReviewService,
    TalentDirectoryService,
  ],
  exports: [ProjectService, ProjectReviewService, ProjectRepository, ProjectReviewRepository], // the repositories for the demo seed's scored projects only
})
export class ProjectModule {}
