import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { type WebSocket, WebSocketServer } from 'ws';
import { LIVE_CLOSE_UNAUTHORIZED, LIVE_PATH, liveClientFrameSchema, type LiveServerFrame } from '@ihaigui/shared';
import { AccountService } from '../account/account.service';
import { TokenService } from '../common/auth/token.service';
import type { AccessTokenSubject } from '../common/auth/auth-user';
import { LivePresence } from './live-presence';

/** A client frame is a ping: anything larger than this is not one of ours (ws closes with 1009). */
export const LIVE_MAX_FRAME_BYTES = 1024;
/** Open sockets one account may hold (phone, desktop, a few tabs); a further one closes the oldest. */
export const LIVE_MAX_SOCKETS_PER_USER = 5;
/** A socket that answers no ping for this long is dropped; the token and session are checked again as often. */
export const LIVE_HEARTBEAT_MS = 30_000;
/** A receiver this far behind (bytes queued) is dropped: it reconnects and catches up through the API. */
const MAX_BUFFERED_BYTES = 1024 * 1024;
/** How long closing sockets get to answer the close frame at shutdown before they are cut. */
const CLOSE_GRACE_MS = 1000;
/** Close codes besides the contract's 4401. */
const CLOSE_GOING_AWAY = 1001;
const CLOSE_POLICY = 1008;
const CLOSE_TRY_AGAIN = 1013;

interface LiveSocket {
  ws: WebSocket;
  userId: number;
  token: string;
  sessionId: string | null;
  alive: boolean;
}

/**
 * The live socket: `GET /api/v1/live?token=…` upgraded to a WebSocket on the application's own HTTP server (outside
 * the Fastify route table, so no HTTP hook ever sees the query string with its token). The token is checked as the
 * access guard checks it (signature and expiry, session not ended, account active); a socket that fails, now or at
 * a later heartbeat, is closed with 4401. Frames for a user go to each of their open sockets on this instance.
 */
@Injectable()
export class LiveHub implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Live');
  private readonly byUser = new Map<number, Set<LiveSocket>>();
  private wss: WebSocketServer | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private closing = false;
  private readonly onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => this.upgrade(req, socket, head);

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly tokens: TokenService,
    private readonly accounts: AccountService,
    private readonly presence: LivePresence,
  ) {}

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as import('node:http').Server | undefined;
    if (!server) return;
    this.wss = new WebSocketServer({ noServer: true, maxPayload: LIVE_MAX_FRAME_BYTES, perMessageDeflate: false });
    server.on('upgrade', this.onUpgrade);
    this.heartbeat = setInterval(() => void this.beat(), LIVE_HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Closes every socket (clients reconnect, to another instance behind a load balancer) before the server closes. */
  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    const server = this.adapterHost.httpAdapter?.getHttpServer() as import('node:http').Server | undefined;
    server?.off('upgrade', this.onUpgrade);
    const all = [...this.byUser.values()].flatMap((set) => [...set]);
    if (all.length) {
      await Promise.all(
        all.map(
          (s) =>
            new Promise<void>((resolve) => {
              const cut = setTimeout(() => {
                s.ws.terminate();
                resolve();
              }, CLOSE_GRACE_MS);
              s.ws.once('close', () => {
                clearTimeout(cut);
                resolve();
              });
              s.ws.close(CLOSE_GOING_AWAY, 'server shutting down');
            }),
        ),
      );
    }
    this.wss?.close();
  }

  /** Sends the frame to every open socket of these users on this instance. */
  deliver(userIds: readonly number[], frame: LiveServerFrame): void {
    let data: string | null = null;
    for (const userId of new Set(userIds)) {
      const sockets = this.byUser.get(userId);
      if (!sockets) continue;
      data ??= JSON.stringify(frame);
      for (const s of sockets) {
        if (s.ws.readyState !== s.ws.OPEN) continue;
        if (s.ws.bufferedAmount > MAX_BUFFERED_BYTES) {
          s.ws.terminate();
          continue;
        }
        s.ws.send(data);
      }
    }
  }

  /** Whether the user has an open socket on this instance. */
  hasLocalSocket(userId: number): boolean {
    return (this.byUser.get(userId)?.size ?? 0) > 0;
  }

  /** Open sockets on this instance. */
  get socketCount(): number {
    let n = 0;
    for (const set of this.byUser.values()) n += set.size;
    return n;
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => socket.destroy());
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return refuse(socket, 400, 'Bad Request');
    }
    if (url.pathname !== LIVE_PATH) return refuse(socket, 404, 'Not Found');
    if (this.closing || !this.wss) return refuse(socket, 503, 'Service Unavailable');
    const token = url.searchParams.get('token') ?? '';
    // The upgrade is always completed: browsers and WeChat only show a close code, never an HTTP status.
    this.wss.handleUpgrade(req, socket, head, (ws) => void this.accept(ws, token));
  }

  private async accept(ws: WebSocket, token: string): Promise<void> {
    ws.on('error', () => ws.terminate());
    let subject: AccessTokenSubject | null;
    try {
      subject = await this.authenticate(token);
    } catch (err) {
      this.logger.warn({ err: { message: (err as Error).message } }, 'live socket: accounts unavailable');
      ws.close(CLOSE_TRY_AGAIN, 'try again later');
      return;
    }
    if (!subject) {
      ws.close(LIVE_CLOSE_UNAUTHORIZED, 'unauthorized');
      return;
    }
    if (ws.readyState !== ws.OPEN || this.closing) {
      ws.terminate();
      return;
    }
    const entry: LiveSocket = { ws, userId: subject.id, token, sessionId: subject.sessionId, alive: true };
    let sockets = this.byUser.get(subject.id);
    if (!sockets) this.byUser.set(subject.id, (sockets = new Set()));
    if (sockets.size >= LIVE_MAX_SOCKETS_PER_USER) {
      const oldest = sockets.values().next().value as LiveSocket;
      this.remove(oldest);
      oldest.ws.close(CLOSE_POLICY, 'too many connections');
    }
    sockets.add(entry);
    void this.presence.online(subject.id);
    ws.on('pong', () => (entry.alive = true));
    ws.on('message', (raw, isBinary) => {
      entry.alive = true;
      if (isBinary) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse((raw as Buffer).toString('utf8'));
      } catch {
        return;
      }
      const frame = liveClientFrameSchema.safeParse(parsed);
      if (frame.success && frame.data.type === 'ping')
        ws.send(JSON.stringify({ type: 'pong' } satisfies LiveServerFrame));
    });
    ws.on('close', () => this.remove(entry));
    ws.send(JSON.stringify({ type: 'ready', userId: subject.id } satisfies LiveServerFrame));
  }

  private remove(entry: LiveSocket): void {
    const sockets = this.byUser.get(entry.userId);
    if (!sockets?.delete(entry)) return;
    if (sockets.size === 0) {
      this.byUser.delete(entry.userId);
      void this.presence.offline(entry.userId);
    }
  }

  /**
   * The access guard's checks: a valid unexpired token, a session not ended, an active account. Null when refused;
   * a database failure throws (the caller decides whether that refuses).
   */
  private async authenticate(token: string): Promise<AccessTokenSubject | null> {
    if (!token || token.length > 4096) return null;
    const claims = this.tokens.verifyAccessToken(token);
    if (!claims) return null;
    if (claims.sessionId && !(await this.accounts.isSessionActive(claims.sessionId))) return null;
    const user = await this.accounts.findActiveById(claims.id);
    if (!user) return null;
    return { ...claims, role: user.role };
  }

  /**
   * Drops sockets that answered no ping since the last beat, closes those whose token expired or whose session ended
   * (4401: the client signs in again or refreshes, then reconnects), pings the rest and refreshes their presence.
   */
  private async beat(): Promise<void> {
    const users = new Set<number>();
    for (const sockets of [...this.byUser.values()]) {
      for (const s of [...sockets]) {
        if (!s.alive) {
          this.remove(s);
          s.ws.terminate();
          continue;
        }
        if (!this.tokens.verifyAccessToken(s.token)) {
          this.remove(s);
          s.ws.close(LIVE_CLOSE_UNAUTHORIZED, 'token expired');
          continue;
        }
        s.alive = false;
        s.ws.ping();
        users.add(s.userId);
      }
    }
    await this.recheckSessions();
    await this.presence.refresh([...users].filter((u) => this.hasLocalSocket(u)));
  }

  /** Sessions ended (signed out, account deleted) since the socket opened. */
  private async recheckSessions(): Promise<void> {
    const sessions = new Map<string, LiveSocket[]>();
    for (const sockets of this.byUser.values()) {
      for (const s of sockets) {
        const key = `${s.userId}:${s.sessionId ?? ''}`;
        sessions.set(key, [...(sessions.get(key) ?? []), s]);
      }
    }
    for (const group of sessions.values()) {
      const first = group[0] as LiveSocket;
      // While the database does not answer, open sockets stay: they were checked when they opened.
      const subject = await this.authenticate(first.token).catch(() => 'unknown' as const);
      if (subject) continue;
      for (const s of group) {
        this.remove(s);
        s.ws.close(LIVE_CLOSE_UNAUTHORIZED, 'signed out');
      }
    }
  }
}

function refuse(socket: Duplex, status: number, text: string): void {
  if (socket.writable) socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}
