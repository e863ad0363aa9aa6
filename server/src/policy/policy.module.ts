import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { AuditModule } from '../audit/audit.module';
import { FavoriteModule } from '../favorite/favorite.module';
import { SearchModule } from '../search/search.module';
import { MatcherService } from './matcher.service';
import { FavoritePolicyController, PolicyController } from './policy.controller';
import { PolicyImportService } from './policy-import.service';
import { PolicyAttachmentRepository, PolicyRepository } from './policy.repository';
import { PolicyViewDayRepository } from './policy-view-day.repository';
import { PolicyService } from './policy.service';
import { StaffPolicyController } from './staff-policy.controller';

@Module({
  imports: [AccountModule, AuditModule, FavoriteModule, SearchModule],
  controllers: [PolicyController, FavoritePolicyController, StaffPolicyController],
  providers: [
    PolicyRepository,
    PolicyAttachmentRepository,
    PolicyViewDayRepository,
    PolicyService,
    MatcherService,
    PolicyImportService,
  ],
  exports: [PolicyService],
})
export class PolicyModule {}
