import type { ChatAttachment, ChatSide, ConversationKind, Role } from '@ihaigui/shared';

/**
 * What a conversation is about, as the rules need it: the two parties (the talent side's account and the
 * organisation), their names, the project or position, and whether the subject has ended.
 */
export interface ChatSubject {
  kind: ConversationKind;
  refId: number;
  partyUserId: number;
  partyName: string;
  organizationId: number;
  organizationName: string;
  /** The project (intention) or position (application), if any. */
  topic: { zh: string; en: string | null } | null;
  /** Intention declined, signed or withdrawn; application rejected or withdrawn. */
  final: boolean;
}

/** Who is asking. */
export interface ChatReader {
  id: number;
  role: Role;
  /** The organisation they are a member of, if any. */
  organizationId: number | null;
}

const STAFF: readonly Role[] = ['staff', 'admin'];

/**
 * The reader's side, or null when the conversation does not exist for them: the talent (or applicant), a member of
 * the organisation, or, for intentions only, staff. A staff member who is also a party reads as that party.
 */
export function sideOf(subject: ChatSubject, reader: ChatReader): ChatSide | null {
  if (subject.partyUserId === reader.id) return 'talent';
  if (reader.organizationId !== null && reader.organizationId === subject.organizationId) return 'organization';
  if (subject.kind === 'intention' && STAFF.includes(reader.role)) return 'staff';
  return null;
}

/** A subject that ended leaves its conversation to be read, not written. */
export function isReadOnly(subject: Pick<ChatSubject, 'final'>): boolean {
  return subject.final;
}

/** Who hears of a new message in their inbox: the other side (both parties when staff wrote), never the author. */
export function notifiedSidesFor(author: ChatSide): Array<'talent' | 'organization'> {
  if (author === 'talent') return ['organization'];
  if (author === 'organization') return ['talent'];
  return ['talent', 'organization'];
}

/** Whether a reader last told at `notifiedAt` may be told again now (at most once per interval per conversation). */
export function notificationDue(notifiedAt: Date | null, now: Date, intervalMs: number): boolean {
  return notifiedAt === null || now.getTime() - notifiedAt.getTime() >= intervalMs;
}

/** The file's type judged by its first bytes, whatever it is called; null for anything else. */
export function sniffAttachment(data: Buffer): ChatAttachment['mime'] | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}

/** The extension a stored file gets. */
export const EXTENSION_OF: Record<ChatAttachment['mime'], string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/pdf': 'pdf',
};

/** What the reader sees as the conversation's title and the other party. */
export function viewOf(
  subject: ChatSubject,
  side: ChatSide,
): { title: string; titleEn: string | null; counterpart: string } {
  const counterpart =
    side === 'talent'
      ? subject.organizationName
      : side === 'organization'
        ? subject.partyName
        : `${subject.organizationName} · ${subject.partyName}`;
  return {
    title: subject.topic?.zh ?? counterpart,
    titleEn: subject.topic ? (subject.topic.en ?? subject.topic.zh) : null,
    counterpart,
  };
}

/** The name a message is sent under: the organisation's for its members, the person's for the talent and staff. */
export function authorNameFor(subject: ChatSubject, side: ChatSide, staffName: string): string {
  const name = side === 'organization' ? subject.organizationName : side === 'talent' ? subject.partyName : staffName;
  return name.slice(0, 100);
}
