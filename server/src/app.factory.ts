import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import { type IncomingMessage, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
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
import { buildErrorBody } from './common/errors/error-response';
import { uploadCutOff } from './common/upload';
import { createRootLogger, PinoNestLogger } from './common/logging/logger';
import { HealthService } from './health/health.service';

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

/**
 * Requests the HTTP parser gives up on (headers or request line beyond `maxHeaderSize`, malformed requests)
 * get the API's error shape. The rest of what the client sends is read and dropped before the connection
 * closes, so the client sees the answer instead of a reset.
 */
function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? ([431, 'HEADERS_TOO_LARGE'] as const)
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? ([408, 'BAD_REQUEST'] as const)
        : ([400, 'BAD_REQUEST'] as const);
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify(buildErrorBody({ statusCode: status, code, unexpected: false }, randomUUID(), undefined));
  socket.on('data', () => undefined);
  socket.on('error', () => undefined);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
  setTimeout(() => socket.destroy(), 5000).unref();
}

/** A caller's request id is kept when it looks like one; otherwise we make our own. */
function requestIdFor(req: IncomingMessage): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
}

/**
 * First step of a graceful shutdown: readiness answers 503 so load balancers stop sending new traffic, while every
 * request is still served (each answer closing its connection). Closing the app is the second step.
 */
export function startDraining(app: NestFastifyApplication): void {
  app.get(HealthService).startDraining();
}

export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const logger: Logger = createRootLogger(config.logLevel, options.logDestination);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    // Fastify's own per-request lines are off; the onResponse hook below writes one leaner line.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'reqId' }),
    bodyLimit: config.bodyLimit,
    http: { maxHeaderSize: config.maxHeaderBytes },
    clientErrorHandler: answerClientError,
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
    if (request.url.length > config.maxUrlLength) {
      const classified = { statusCode: 414, code: 'URL_TOO_LONG', unexpected: false } as const;
      return reply
        .code(414)
        .header('connection', 'close')
        .send(buildErrorBody(classified, request.id, request.headers['accept-language']));
    }
  });
  // While draining and shutting down, a request gets its answer and then its keep-alive connection is closed: the
  // client opens a new one (through the load balancer, to an instance that stays), and the server is not held open
  // until the client's idle timeout.
  let closing = false;
  let health: HealthService | undefined;
  fastify.addHook('preClose', async () => {
    closing = true;
  });
  // An upload refused half-way is answered at once; closing the connection spares reading the rest of its body.
  fastify.addHook('onSend', async (request, reply) => {
    health = health ?? app.get<HealthService, HealthService>(HealthService);
    const draining = health?.isDraining ?? false;
    if (closing || draining || uploadCutOff(request)) reply.header('connection', 'close');
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
        'Matchmaking between returnee and international talents and the city’s enterprises, parks and talent-service center. ' +
          'Live updates: a WebSocket at GET /api/v1/live?token=<access token> (JSON frames: ready, message, read, ' +
          'consultation, pong; the client may send ping); a missing, expired or signed-out token closes it with 4401.',
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
