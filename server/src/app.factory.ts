import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import type { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { LogController } from 'fastify';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import type { DestinationStream, Logger } from 'pino';
import { AppModule } from './app.module';
import type { Clock } from './common/clock';
import type { AppConfig } from './common/config/config';
import { uploadCutOff } from './common/upload';
import { createRootLogger, PinoNestLogger } from './common/logging/logger';

export const API_PREFIX = 'api/v1';
export const DOCS_PATH = 'api/docs';
export const OPENAPI_JSON_PATH = 'api/docs/openapi.json';
const REQUEST_ID_HEADER = 'x-request-id';
const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,64}$/;

export interface RegisteredRoute {
  method: string;
  url: string;
}
const ROUTES = new WeakMap<object, RegisteredRoute[]>();

/** The routes the running app answers, as registered with Fastify. */
export function registeredRoutes(app: NestFastifyApplication): RegisteredRoute[] {
  return ROUTES.get(app.getHttpAdapter().getInstance()) ?? [];
}

export interface CreateAppOptions {
  /** Where logs go (tests capture them); stdout by default. */
  logDestination?: DestinationStream;
  clock?: Clock;
  /** Extra modules, for tests that need a route the product does not have. */
  extraModules?: Array<Type | DynamicModule>;
}

/** A caller's request id is kept when it looks like one; otherwise we make our own. */
function requestIdFor(req: IncomingMessage): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
}

export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const logger: Logger = createRootLogger(config.logLevel, options.logDestination);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    // Fastify's own per-request lines are off; the onResponse hook below writes one leaner line.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'reqId' }),
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    genReqId: requestIdFor,
    return503OnClosing: true,
    // On close: finish in-flight requests, drop idle keep-alive connections at once.
    forceCloseConnections: 'idle',
  });

  const rootModule = AppModule.forRoot(config, options.clock);
  if (options.extraModules) rootModule.imports = [...(rootModule.imports ?? []), ...options.extraModules];

  const app = await NestFactory.create<NestFastifyApplication>(rootModule, adapter, {
    logger: new PinoNestLogger(logger.child({ component: 'nest' })),
    abortOnError: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  // Every route as Fastify registers it (Nest controllers, docs, static files), for the access-matrix test.
  const routes: RegisteredRoute[] = [];
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method: String(method), url: route.url });
  });
  ROUTES.set(fastify, routes);

  fastify.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  // While shutting down, a request still in flight gets its answer and then its keep-alive connection is
  // closed, so the server is not held open until the client's idle timeout.
  let closing = false;
  fastify.addHook('preClose', async () => {
    closing = true;
  });
  // An upload refused half-way is answered at once; closing the connection spares reading the rest of its body.
  fastify.addHook('onSend', async (request, reply) => {
    if (closing || uploadCutOff(request)) reply.header('connection', 'close');
  });
  // One line per request; the path without its query string, which can carry personal data.
  fastify.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        http: {
          method: request.method,
          path: request.url.split('?')[0],
          route: request.routeOptions.url,
          status: reply.statusCode,
        },
        responseTimeMs: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request completed',
    );
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'https:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  app.enableCors({
    origin: config.corsOrigins.includes('*') ? true : config.corsOrigins.length ? config.corsOrigins : false,
    exposedHeaders: [REQUEST_ID_HEADER],
    maxAge: 600,
  });
  // Uploads are read by the route that expects them (limits per route); no field values are buffered.
  await app.register(fastifyMultipart, { limits: { files: 1, fields: 5, fieldSize: 1024, parts: 6 } });
  app.setGlobalPrefix(API_PREFIX);

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('i海归 API')
      .setDescription(
        'Matchmaking between returnee and international talents and the city’s enterprises, parks and talent-service center.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup(DOCS_PATH, app, cleanupOpenApiDoc(document), { jsonDocumentUrl: OPENAPI_JSON_PATH });

  if (config.h5Dir && fs.existsSync(config.h5Dir)) {
    await app.register(fastifyStatic, { root: config.h5Dir, prefix: '/', decorateReply: false, index: ['index.html'] });
  }

  await app.init();
  return app;
}
