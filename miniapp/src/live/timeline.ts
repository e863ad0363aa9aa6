import type { ChatAttachment, ChatMessage } from '@ihaigui/shared'

/**
 * A conversation as the room shows it, with no Taro or React in it so it can be tested on its own: the stored
 * messages ordered by seq, each once, and the reader's own messages still on their way (matched to the stored one by
 * the clientId the sender chose, so a retry or a push that overtakes the send's answer never shows twice).
 */
export interface PendingMessage {
  clientId: string
  body: string
  attachment: ChatAttachment | null
  /** When it was written on this device (ISO). */
  createdAt: string
  state: 'sending' | 'failed'
}

export interface Timeline {
  /** Stored messages, ascending seq, no two with the same seq. */
  messages: ChatMessage[]
  /** Own messages not stored yet, in the order they were written. */
  pending: PendingMessage[]
}

export const EMPTY_TIMELINE: Timeline = { messages: [], pending: [] }

/** `current` and `incoming` together, ordered by seq, each seq once (a later copy of a seq replaces the earlier). */
export function mergeMessages(current: readonly ChatMessage[], incoming: readonly ChatMessage[]): ChatMessage[] {
  if (incoming.length === 0) return current as ChatMessage[]
  const bySeq = new Map<number, ChatMessage>()
  for (const m of current) bySeq.set(m.seq, m)
  for (const m of incoming) bySeq.set(m.seq, m)
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq)
}

/** Adds stored messages; a pending one whose clientId is among them is done. */
export function addMessages(timeline: Timeline, incoming: readonly ChatMessage[]): Timeline {
  if (incoming.length === 0) return timeline
  const stored = new Set(incoming.map((m) => m.clientId).filter((id): id is string => id !== null))
  const pending = timeline.pending.filter((p) => !stored.has(p.clientId))
  return { messages: mergeMessages(timeline.messages, incoming), pending }
}

/** A message the reader wrote (or writes again after a failure: the same clientId keeps its place). */
export function addPending(timeline: Timeline, message: Omit<PendingMessage, 'state'>): Timeline {
  if (timeline.messages.some((m) => m.clientId === message.clientId)) return timeline
  const others = timeline.pending.filter((p) => p.clientId !== message.clientId)
  return { ...timeline, pending: [...others, { ...message, state: 'sending' }] }
}

export function setPendingState(timeline: Timeline, clientId: string, state: PendingMessage['state']): Timeline {
  if (!timeline.pending.some((p) => p.clientId === clientId && p.state !== state)) return timeline
  return { ...timeline, pending: timeline.pending.map((p) => (p.clientId === clientId ? { ...p, state } : p)) }
}

/**
 * The highest seq up to which nothing is missing, counting from the oldest message held (0 when none): what to ask
 * the server for after (`after=`) when the connection comes back or a push skips a number.
 */
export function contiguousSeq(messages: readonly ChatMessage[]): number {
  if (messages.length === 0) return 0
  let seq = messages[0].seq
  for (let i = 1; i < messages.length; i += 1) {
    if (messages[i].seq !== seq + 1) break
    seq = messages[i].seq
  }
  return seq
}

/** The newest seq held (0 when none). */
export function newestSeq(messages: readonly ChatMessage[]): number {
  return messages.length === 0 ? 0 : messages[messages.length - 1].seq
}

/** True when a pushed message leaves a hole after what is held (some were missed: fetch them). */
export function leavesGap(messages: readonly ChatMessage[], pushed: ChatMessage): boolean {
  return messages.length > 0 && pushed.seq > contiguousSeq(messages) + 1
}

/** A random UUID (v4) for a message's clientId; crypto where the engine has it, Math.random otherwise. */
export function newClientId(random: () => number = Math.random): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto
  if (c?.randomUUID) return c.randomUUID()
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16))
  hex[12] = '4'
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)
  const s = hex.join('')
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`
}
