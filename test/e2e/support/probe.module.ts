import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { createZodDto } from 'nestjs-zod';
import { QueryFailedError } from 'typeorm';
import { z } from 'zod';
import { Public, VerifiedOrganization } from '../../../server/src/common/auth/access.decorators';

class EchoDto extends createZodDto(z.strictObject({ text: z.string().max(100_000) })) {}

/** Lets the shutdown test decide when the in-flight slow request may finish. */
export class Gate {
  readonly started: Promise<void>;
  readonly released: Promise<void>;
  markStarted!: () => void;
  release!: () => void;
  constructor() {
    this.started = new Promise((r) => (this.markStarted = r));
    this.released = new Promise((r) => (this.release = r));
  }
}
export const slowGate: { current: Gate | null } = { current: null };

/** Stands in for what organisations will publish (positions, challenges): only verified ones may. */
@Controller('probe-publish')
class ProbePublishController {
  @Post()
  @VerifiedOrganization()
  publish() {
    return { published: true };
  }
}

/** Routes the product does not have, mounted only in tests: a bug, a write, a slow request. */
@Public()
@Controller('probe')
class ProbeController {
  @Get('boom')
  boom(): never {
    throw new Error('database password is hunter2');
  }

  /** What the driver throws when the database is out of reach. */
  @Get('db-down')
  dbDown(): never {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3306'), { code: 'ECONNREFUSED' });
    throw new QueryFailedError('SELECT 1', [], refused);
  }

  @Post('echo')
  echo(@Body() body: EchoDto) {
    return { length: body.text.length };
  }

  @Get('slow')
  async slow() {
    const gate = slowGate.current;
    gate?.markStarted();
    await gate?.released;
    return { done: true };
  }
}

@Module({ controllers: [ProbeController, ProbePublishController] })
export class ProbeModule {}
