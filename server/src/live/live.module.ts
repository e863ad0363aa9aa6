import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { LiveFanout } from './live-fanout';
import { LiveHub } from './live-hub';
import { LivePresence } from './live-presence';
import { LivePublisher } from './live-publisher';

/**
 * The live socket (LIVE_PATH) and what features use of it: LivePublisher to push a frame to users' open screens on
 * any instance, LivePresence to know whether someone has a screen open.
 */
@Module({
  imports: [AccountModule],
  providers: [LiveHub, LivePresence, LiveFanout, { provide: LivePublisher, useExisting: LiveFanout }],
  exports: [LivePublisher, LivePresence],
})
export class LiveModule {}
