import { Module } from '@nestjs/common';
import { FavoriteRepository } from '../favorite/favorite.repository';
import { SearchModule } from '../search/search.module';
import { MatcherService } from './matcher.service';
import { FavoritePolicyController, PolicyController } from './policy.controller';
import { PolicyImportService } from './policy-import.service';
import { PolicyAttachmentRepository, PolicyRepository } from './policy.repository';
import { PolicyViewDayRepository } from './policy-view-day.repository';
import { PolicyService } from './policy.service';
import { StaffPolicyController } from './staff-policy.controller';

@Module({
  imports: [SearchModule],
  controllers: [PolicyController, FavoritePolicyController, StaffPolicyController],
  providers: [PolicyRepository, PolicyAttachmentRepository, PolicyViewDayRepository, FavoriteRepository, PolicyService, MatcherService, PolicyImportService],
  exports: [PolicyService, PolicyRepository],
})
export class PolicyModule {}
