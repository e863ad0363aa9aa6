import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createApp, startDraining } from './app.factory';
import { ConfigError, loadConfig } from './common/config/config';

async function bootstrap() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee the configuration table in README.md.\n`);
      process.exit(1);
    }
    throw err;
  }
  if (config.database.type === 'sqlite' && config.database.path !== ':memory:') {
    fs.mkdirSync(path.dirname(config.database.path), { recursive: true });
  }

  const app = await createApp(config);
  const logger = app.getHttpAdapter().getInstance().log;

  let closing = false;
  const close = () => {
    logger.info('shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      logger.error('shutdown timed out; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    force.unref();
    app
      .close()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        logger.error({ err }, 'error during shutdown');
        process.exit(1);
      });
  };
  // SIGTERM (an orchestrator or load balancer stopping the instance): first drain, readiness 503 while still serving,
  // so traffic moves elsewhere without a failed request; then close. SIGINT (Ctrl-C at a terminal) closes at once; a
  // second signal during the drain does too.
  const shutdown = (signal: string) => {
    if (closing) return;
    if (signal === 'SIGTERM' && config.shutdownDrainMs > 0 && !draining) {
      draining = true;
      logger.info({ signal, drainMs: config.shutdownDrainMs }, 'draining: readiness answers 503, still serving');
      startDraining(app);
      drainTimer = setTimeout(() => shutdown('drained'), config.shutdownDrainMs);
      return;
    }
    closing = true;
    if (drainTimer) clearTimeout(drainTimer);
    logger.info({ signal }, 'closing the listener');
    close();
  };
  let draining = false;
  let drainTimer: NodeJS.Timeout | undefined;
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  logger.info(
    {
      port,
      database: config.database.type,
      redis: Boolean(config.redisUrl),
      h5: Boolean(config.h5Dir && fs.existsSync(config.h5Dir)),
    },
    'server listening',
  );
  process.stdout.write(
    `\ni海归 is running: http://${shownHost}:${port}/  (API docs: http://${shownHost}:${port}/api/docs)\n\n`,
  );
}

bootstrap().catch((err: unknown) => {
  process.stderr.write(`Failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
