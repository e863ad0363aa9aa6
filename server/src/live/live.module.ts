import { Injectable, Module } from '@nestjs/common';
import type { LiveServerFrame } from '@ihaigui/shared';
import { LivePublisher } from './live-publisher';

/** Until the socket hub is in place, frames go nowhere: screens fall back to asking the API. */
@Injectable()
class NoSocketsPublisher extends LivePublisher {
  publish(_userIds: readonly number[], _frame: LiveServerFrame): Promise<void> {
    return Promise.resolve();
  }
}

/** The live socket: its publisher for features. */
@Module({
  providers: [{ provide: LivePublisher, useClass: NoSocketsPublisher }],
  exports: [LivePublisher],
})
export class LiveModule {}
