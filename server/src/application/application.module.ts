import { Module } from '@nestjs/common';
import { PositionChannelRepository, PositionRepository } from '../job/position.repository';
import { OrganizationModule } from '../organization/organization.module';
import { ApplyController, MyApplicationController, OrgApplicationController } from './application.controller';
import { ApplicationRepository } from './application.repository';
import { ApplicationService } from './application.service';

@Module({
  imports: [OrganizationModule],
  controllers: [ApplyController, MyApplicationController, OrgApplicationController],
  providers: [ApplicationRepository, PositionRepository, PositionChannelRepository, ApplicationService],
  exports: [ApplicationService],
})
export class ApplicationModule {}
