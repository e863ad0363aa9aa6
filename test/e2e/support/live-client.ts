import WebSocket from 'ws';
import { LIVE_PATH, type LiveServerFrame } from '@ihaigui/shared';

/** A live socket client that keeps every frame it got, and says how it closed. */
export interface LiveClient {
  ws: WebSocket;
  frames: LiveServerFrame[];
  closed: Promise<number>;
  /** Resolves once `predicate` holds for the frames received (checked on every frame), or fails after `ms`. */
  until(predicate: (frames: LiveServerFrame[]) => boolean, ms?: number): Promise<LiveServerFrame[]>;
  close(): Promise<void>;
}

export function connectLive(baseUrl: string, token: string | null): LiveClient {
  const url = new URL(LIVE_PATH, baseUrl.replace(/^http/, 'ws'));
  if (token !== null) url.searchParams.set('token', token);
  const ws = new WebSocket(url);
  const frames: LiveServerFrame[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (data) => {
    frames.push(JSON.parse((data as Buffer).toString('utf8')) as LiveServerFrame);
    for (const w of [...waiters]) w();
  });
  ws.on('error', () => undefined);
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  return {
    ws,
    frames,
    closed,
    until(predicate, ms = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!predicate(frames)) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(frames);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`live frames not as expected within ${ms} ms: ${JSON.stringify(frames)}`));
        }, ms);
        waiters.add(check);
        check();
      });
    },
    async close() {
      if (ws.readyState === ws.CLOSED) return;
      ws.close();
      await closed;
    },
  };
}
