import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { ApplicationModule } from '../application/application.module';
import { IntentionModule } from '../intention/intention.module';
import { LiveModule } from '../live/live.module';
import { ModerationModule } from '../moderation/moderation.module';
import { NotificationModule } from '../notification/notification.module';
import { OrganizationModule } from '../organization/organization.module';
import { ConversationController } from './conversation.controller';
import { ConversationRepository } from './conversation.repository';
import { ConversationService } from './conversation.service';

/** 洽谈 conversations of intentions and job applications, pushed live over the socket. */
@Module({
  imports: [
    AccountModule,
    ApplicationModule,
    IntentionModule,
    LiveModule,
    ModerationModule,
    NotificationModule,
    OrganizationModule,
  ],
  controllers: [ConversationController],
  providers: [ConversationRepository, ConversationService],
})
export class ConversationModule {}
