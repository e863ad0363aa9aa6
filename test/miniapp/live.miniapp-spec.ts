import { LIVE_CLOSE_UNAUTHORIZED, type ChatMessage } from '@ihaigui/shared';
import {
  LiveClient,
  PING_INTERVAL_MS,
  RECONNECT_MAX_MS,
  parseFrame,
  reconnectDelay,
  tokenExpiry,
  type LiveSocket,
} from '../../miniapp/src/live/live-client';
import {
  EMPTY_TIMELINE,
  addMessages,
  addPending,
  contiguousSeq,
  leavesGap,
  mergeMessages,
  newClientId,
  setPendingState,
} from '../../miniapp/src/live/timeline';

const msg = (seq: number, extra: Partial<ChatMessage> = {}): ChatMessage => ({
  id: 100 + seq,
  conversationId: 7,
  seq,
  side: 'talent',
  authorName: 'A',
  mine: false,
  body: `m${seq}`,
  attachment: null,
  clientId: null,
  createdAt: new Date(Date.UTC(2026, 11, 7, 9, seq)).toISOString(),
  ...extra,
});
const seqs = (list: ChatMessage[]) => list.map((m) => m.seq);

describe('the conversation timeline', () => {
  it('merges by seq: ordered, each seq once, whatever order and repetition they arrive in', () => {
    const merged = mergeMessages([msg(3), msg(1)], [msg(2), msg(3), msg(5), msg(1)]);
    expect(seqs(merged)).toEqual([1, 2, 3, 5]);
    expect(seqs(mergeMessages(merged, [msg(4), msg(4)]))).toEqual([1, 2, 3, 4, 5]);
  });

  it('a later copy of a seq replaces the earlier one (no duplicate)', () => {
    const merged = mergeMessages([msg(1, { body: 'old' })], [msg(1, { body: 'new' })]);
    expect(merged).toHaveLength(1);
    expect(merged[0].body).toBe('new');
  });

  it('matches a pending own message to the stored one by clientId, whichever comes first', () => {
    let tl = addPending(EMPTY_TIMELINE, { clientId: 'c-1', body: 'hi', attachment: null, createdAt: 'x' });
    expect(tl.pending).toHaveLength(1);
    expect(tl.pending[0].state).toBe('sending');
    // The push overtakes the send's answer: the pending one goes.
    tl = addMessages(tl, [msg(1, { clientId: 'c-1', mine: true, body: 'hi' })]);
    expect(tl.pending).toEqual([]);
    // Then the answer of the send arrives: still one message.
    tl = addMessages(tl, [msg(1, { clientId: 'c-1', mine: true, body: 'hi' })]);
    expect(seqs(tl.messages)).toEqual([1]);
    // A retry of something already stored adds nothing.
    expect(addPending(tl, { clientId: 'c-1', body: 'hi', attachment: null, createdAt: 'x' })).toBe(tl);
  });

  it('a failed message keeps its clientId and place; retrying sends it again as the same one', () => {
    let tl = addPending(EMPTY_TIMELINE, { clientId: 'a', body: '1', attachment: null, createdAt: 'x' });
    tl = addPending(tl, { clientId: 'b', body: '2', attachment: null, createdAt: 'y' });
    tl = setPendingState(tl, 'a', 'failed');
    expect(tl.pending.map((p) => [p.clientId, p.state])).toEqual([
      ['a', 'failed'],
      ['b', 'sending'],
    ]);
    tl = addPending(tl, { clientId: 'a', body: '1', attachment: null, createdAt: 'x' });
    expect(tl.pending.filter((p) => p.clientId === 'a')).toHaveLength(1);
    expect(tl.pending.find((p) => p.clientId === 'a')?.state).toBe('sending');
  });

  it('knows where the first gap is, and whether a push leaves one', () => {
    expect(contiguousSeq([])).toBe(0);
    expect(contiguousSeq([msg(4), msg(5), msg(6)])).toBe(6);
    expect(contiguousSeq([msg(4), msg(5), msg(7)])).toBe(5);
    expect(leavesGap([msg(4), msg(5)], msg(6))).toBe(false);
    expect(leavesGap([msg(4), msg(5)], msg(8))).toBe(true);
    expect(leavesGap([], msg(8))).toBe(false);
  });

  it('makes version-4 UUIDs, also without crypto', () => {
    const id = newClientId(() => 0.5);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newClientId()).not.toBe(newClientId());
  });
});

/** A socket the test drives: it records what the client sent and lets the test open, push and close it. */
class FakeSocket implements LiveSocket {
  sent: string[] = [];
  closed = false;
  private handlers: {
    open?: () => void;
    message?: (d: unknown) => void;
    close?: (code: number) => void;
    error?: () => void;
  } = {};
  constructor(readonly url: string) {}
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    this.closed = true;
  }
  onOpen(h: () => void) {
    this.handlers.open = h;
  }
  onMessage(h: (d: unknown) => void) {
    this.handlers.message = h;
  }
  onClose(h: (code: number) => void) {
    this.handlers.close = h;
  }
  onError(h: () => void) {
    this.handlers.error = h;
  }
  serverOpens() {
    this.handlers.open?.();
  }
  push(frame: unknown) {
    this.handlers.message?.(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }
  serverCloses(code: number) {
    this.handlers.close?.(code);
  }
}

/** Timers the test advances by hand. */
class FakeTimers {
  now = 1_000_000;
  private next = 1;
  private timers = new Map<number, { at: number; fn: () => void }>();
  setTimeout = (fn: () => void, ms: number) => {
    const id = this.next++;
    this.timers.set(id, { at: this.now + ms, fn });
    return id;
  };
  clearTimeout = (id: unknown) => void this.timers.delete(id as number);
  pendingDelays() {
    return [...this.timers.values()].map((t) => t.at - this.now);
  }
  async advance(ms: number) {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.now = due[1].at;
      due[1].fn();
      await flush();
    }
    this.now = end;
  }
}

const flush = async () => {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
};

const jwt = (exp: number) => `h.${Buffer.from(JSON.stringify({ sub: 1, exp })).toString('base64url')}.s`;

function setUp(initialToken = jwt(9_999_999_999)) {
  const timers = new FakeTimers();
  const sockets: FakeSocket[] = [];
  let token: string | undefined = initialToken;
  const renewed: string[] = [];
  const client = new LiveClient({
    origin: () => 'ws://test',
    open: async (url) => {
      const s = new FakeSocket(url);
      sockets.push(s);
      return s;
    },
    accessToken: () => token,
    renewToken: async (rejected) => {
      renewed.push(rejected);
      token = jwt(9_999_999_999) + 'r';
      return token;
    },
    now: () => timers.now,
    random: () => 0.5,
    setTimeout: timers.setTimeout,
    clearTimeout: timers.clearTimeout,
  });
  const states: string[] = [];
  client.onState((s) => states.push(s));
  return {
    client,
    timers,
    sockets,
    renewed,
    states,
    signOut: () => (token = undefined),
    last: () => sockets[sockets.length - 1],
  };
}

describe('the live client', () => {
  it('parses frames by the shared schema and ignores anything else', () => {
    expect(parseFrame('{"type":"pong"}')).toEqual({ type: 'pong' });
    expect(parseFrame('{"type":"ready","userId":3}')).toEqual({ type: 'ready', userId: 3 });
    expect(parseFrame('{"type":"surprise"}')).toBeUndefined();
    expect(parseFrame('{"type":"message","message":{"seq":"x"}}')).toBeUndefined();
    expect(parseFrame('not json')).toBeUndefined();
    expect(parseFrame(new ArrayBuffer(2))).toBeUndefined();
  });

  it('reads the expiry of a JWT', () => {
    expect(tokenExpiry(jwt(1234))).toBe(1234);
    expect(tokenExpiry('opaque')).toBeUndefined();
  });

  it('waits longer after each failure, capped, and never the same for everyone', () => {
    const low = [0, 1, 2, 3, 10].map((a) => reconnectDelay(a, () => 0));
    const high = [0, 1, 2, 3, 10].map((a) => reconnectDelay(a, () => 1));
    expect(low).toEqual([500, 1000, 2000, 4000, RECONNECT_MAX_MS / 2]);
    expect(high).toEqual([1000, 2000, 4000, 8000, RECONNECT_MAX_MS]);
  });

  it('connects with the token, is open on ready, hands frames on and pings', async () => {
    const t = setUp();
    const frames: unknown[] = [];
    t.client.onFrame((f) => frames.push(f));
    t.client.start();
    await flush();
    expect(t.sockets).toHaveLength(1);
    expect(t.last().url).toMatch(/^ws:\/\/test\/api\/v1\/live\?token=h\./);
    t.last().serverOpens();
    expect(t.client.getState()).toBe('connecting');
    t.last().push({ type: 'ready', userId: 1 });
    expect(t.client.getState()).toBe('open');
    t.last().push({ type: 'nonsense' });
    t.last().push({ type: 'read', conversationId: 7, side: 'talent', seq: 3 });
    expect(frames).toEqual([
      { type: 'ready', userId: 1 },
      { type: 'read', conversationId: 7, side: 'talent', seq: 3 },
    ]);
    await t.timers.advance(PING_INTERVAL_MS);
    expect(t.last().sent).toEqual(['{"type":"ping"}']);
  });

  it('reconnects after a drop with a growing delay, and resets it once ready again', async () => {
    const t = setUp();
    t.client.start();
    await flush();
    t.last().serverOpens();
    t.last().push({ type: 'ready', userId: 1 });
    t.last().serverCloses(1006);
    expect(t.client.getState()).toBe('connecting');
    expect(t.timers.pendingDelays()).toEqual([750]);
    await t.timers.advance(750);
    expect(t.sockets).toHaveLength(2);
    t.last().serverCloses(1006);
    expect(t.timers.pendingDelays()).toEqual([1500]);
    await t.timers.advance(1500);
    t.last().serverOpens();
    t.last().push({ type: 'ready', userId: 1 });
    expect(t.client.getState()).toBe('open');
    t.last().serverCloses(1001);
    expect(t.timers.pendingDelays()).toEqual([750]);
  });

  it('renews the token first when the server closes with 4401, then reconnects with the new one', async () => {
    const t = setUp();
    t.client.start();
    await flush();
    t.last().serverOpens();
    t.last().push({ type: 'ready', userId: 1 });
    const first = t.last().url;
    t.last().serverCloses(LIVE_CLOSE_UNAUTHORIZED);
    await flush();
    expect(t.renewed).toHaveLength(1);
    expect(t.sockets).toHaveLength(2);
    expect(t.last().url).not.toBe(first);
    expect(t.last().url).toContain('r');
  });

  it('renews an expired token before connecting at all', async () => {
    const t = setUp(jwt(1)); // expired long ago
    t.client.start();
    await flush();
    expect(t.renewed).toHaveLength(1);
    expect(t.sockets).toHaveLength(1);
  });

  it('drops a connection that stays silent for two ping rounds', async () => {
    const t = setUp();
    t.client.start();
    await flush();
    t.last().serverOpens();
    t.last().push({ type: 'ready', userId: 1 });
    await t.timers.advance(3 * PING_INTERVAL_MS + 1_000);
    expect(t.sockets[0].closed).toBe(true);
    expect(t.sockets.length).toBeGreaterThan(1);
  });

  it('stops on sign-out and ignores the old socket afterwards; wake skips the wait', async () => {
    const t = setUp();
    t.client.start();
    await flush();
    const old = t.last();
    t.client.stop();
    expect(old.closed).toBe(true);
    expect(t.client.getState()).toBe('idle');
    old.serverCloses(1006);
    expect(t.timers.pendingDelays()).toEqual([]);
    t.client.start();
    await flush();
    t.last().serverCloses(1006);
    expect(t.timers.pendingDelays()).toHaveLength(1);
    t.client.wake();
    await flush();
    expect(t.sockets).toHaveLength(3);
    expect(t.timers.pendingDelays()).toEqual([]);
  });
});
