import type { DataSource } from 'typeorm';
import type { LiveServerFrame } from '@ihaigui/shared';
import { FakeClock, FakeNotifications, fakeDataSource, rejection } from '../../../test/support/unit-fakes';
import type { AccountErasure } from '../account/account-erasure';
import type { AccountService } from '../account/account.service';
import type { FileStorage } from '../account/file-storage';
import type { ApplicationChatFacts, ApplicationService } from '../application/application.service';
import type { AuthUser } from '../common/auth/auth-user';
import type { IntentionChatFacts, IntentionService } from '../intention/intention.service';
import type { LivePresence } from '../live/live-presence';
import type { LivePublisher } from '../live/live-publisher';
import type { ModerationService } from '../moderation/moderation.service';
import type { NotificationService } from '../notification/notification.service';
import type { OrganizationService } from '../organization/organization.service';
import type { ChatMessageEntity, ConversationEntity, ConversationReadEntity } from './conversation.entity';
import type { ConversationRepository } from './conversation.repository';
import { CHAT_NOTIFY_INTERVAL_MS, ConversationService } from './conversation.service';
import {
  type ChatSubject,
  isReadOnly,
  notificationDue,
  notifiedSidesFor,
  sideOf,
  sniffAttachment,
} from './conversation.rules';

const TALENT: AuthUser = { id: 1, role: 'talent' };
const MEMBER: AuthUser = { id: 2, role: 'enterprise' };
const MEMBER_2: AuthUser = { id: 3, role: 'enterprise' };
const STAFF: AuthUser = { id: 4, role: 'staff' };
const OTHER_TALENT: AuthUser = { id: 5, role: 'talent' };
const OTHER_MEMBER: AuthUser = { id: 6, role: 'enterprise' };
const ORG = 10;
const OTHER_ORG = 11;
const INTENTION = 100;
const APPLICATION = 200;

// ---- the rules ----

const subject = (over: Partial<ChatSubject> = {}): ChatSubject => ({
  kind: 'intention',
  refId: INTENTION,
  partyUserId: TALENT.id,
  partyName: '李雷',
  organizationId: ORG,
  organizationName: '厦门海归智造',
  topic: null,
  final: false,
  ...over,
});

describe('conversation rules', () => {
  it('gives the parties their sides, staff a side on intentions only, and nobody else one', () => {
    const reader = (u: AuthUser, organizationId: number | null = null) => ({ ...u, organizationId });
    expect(sideOf(subject(), reader(TALENT))).toBe('talent');
    expect(sideOf(subject(), reader(MEMBER, ORG))).toBe('organization');
    expect(sideOf(subject(), reader(STAFF))).toBe('staff');
    expect(sideOf(subject({ kind: 'application' }), reader(STAFF))).toBeNull();
    expect(sideOf(subject(), reader(OTHER_TALENT))).toBeNull();
    expect(sideOf(subject(), reader(OTHER_MEMBER, OTHER_ORG))).toBeNull();
    // A staff member who is a party reads as that party.
    expect(sideOf(subject({ partyUserId: STAFF.id }), reader(STAFF))).toBe('talent');
  });

  it('is read-only once the subject ended', () => {
    expect(isReadOnly(subject())).toBe(false);
    expect(isReadOnly(subject({ final: true }))).toBe(true);
  });

  it('tells the other side, both parties when staff wrote', () => {
    expect(notifiedSidesFor('talent')).toEqual(['organization']);
    expect(notifiedSidesFor('organization')).toEqual(['talent']);
    expect(notifiedSidesFor('staff')).toEqual(['talent', 'organization']);
  });

  it('notifies again only after the interval', () => {
    const now = new Date('2026-01-01T10:00:00Z');
    expect(notificationDue(null, now, 600_000)).toBe(true);
    expect(notificationDue(new Date('2026-01-01T09:55:00Z'), now, 600_000)).toBe(false);
    expect(notificationDue(new Date('2026-01-01T09:50:00Z'), now, 600_000)).toBe(true);
  });

  it('judges files by their first bytes', () => {
    expect(sniffAttachment(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0]))).toBe('image/jpeg');
    expect(sniffAttachment(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffAttachment(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffAttachment(Buffer.from('GIF89a'))).toBeNull();
    expect(sniffAttachment(Buffer.from('<svg>'))).toBeNull();
  });
});

// ---- the service, with fakes ----

/** Conversations, messages and read states in memory; nextSeq increments like the row update does. */
class FakeConversations {
  conversations: ConversationEntity[] = [];
  messages: ChatMessageEntity[] = [];
  reads: ConversationReadEntity[] = [];
  /** Makes the next insert fail as if a twin had stored the same clientId first. */
  raceOnNextInsert: ChatMessageEntity | null = null;

  async findById(id: number) {
    return this.conversations.find((c) => c.id === id) ?? null;
  }
  async findByRef(kind: string, refId: number) {
    return this.conversations.find((c) => c.kind === kind && c.refId === refId) ?? null;
  }
  async insertOrFind(values: Omit<ConversationEntity, 'id'>) {
    const row = { ...values, id: this.conversations.length + 1 };
    this.conversations.push(row);
    return row;
  }
  async nextSeq(id: number) {
    const c = this.conversations.find((x) => x.id === id)!;
    c.lastSeq += 1;
    return c.lastSeq;
  }
  async insertMessage(values: Omit<ChatMessageEntity, 'id'>) {
    if (this.raceOnNextInsert) {
      this.messages.push(this.raceOnNextInsert);
      this.raceOnNextInsert = null;
      // Ours rolls back and gives its number back; the twin's committed increment took the same one.
      throw Object.assign(new Error('duplicate'), { code: 'ER_DUP_ENTRY' });
    }
    const row = { ...values, id: this.messages.length + 1 };
    this.messages.push(row);
    return row;
  }
  async findMessageByClientId(conversationId: number, clientId: string) {
    return this.messages.find((m) => m.conversationId === conversationId && m.clientId === clientId) ?? null;
  }
  async findAttachments() {
    return [];
  }
  async findAttachment() {
    return null;
  }
  async findLastMessages(cs: Array<{ id: number; lastSeq: number }>) {
    return this.messages.filter((m) => cs.some((c) => c.id === m.conversationId && c.lastSeq === m.seq));
  }
  async findRead(conversationId: number, userId: number) {
    return this.reads.find((r) => r.conversationId === conversationId && r.userId === userId) ?? null;
  }
  async ensureRead(conversationId: number, userId: number, side: ConversationReadEntity['side']) {
    if (!(await this.findRead(conversationId, userId)))
      this.reads.push({ id: this.reads.length + 1, conversationId, userId, side, readSeq: 0, notifiedAt: null });
  }
  async advanceRead(conversationId: number, userId: number, seq: number) {
    const r = (await this.findRead(conversationId, userId))!;
    if (r.readSeq < seq) r.readSeq = seq;
  }
  async findStaffReaderIds(conversationId: number) {
    return this.reads.filter((r) => r.conversationId === conversationId && r.side === 'staff').map((r) => r.userId);
  }
  async claimNotification(conversationId: number, userId: number, now: Date, since: Date) {
    const r = (await this.findRead(conversationId, userId))!;
    if (r.notifiedAt && r.notifiedAt >= since) return false;
    r.notifiedAt = now;
    return true;
  }
}

class FakeLive {
  readonly frames: Array<{ userIds: number[]; frame: LiveServerFrame }> = [];
  async publish(userIds: readonly number[], frame: LiveServerFrame) {
    this.frames.push({ userIds: [...userIds], frame });
  }
}

function setup(options: { intentionFinal?: boolean; online?: number[] } = {}) {
  const repo = new FakeConversations();
  const notifications = new FakeNotifications();
  const live = new FakeLive();
  const clock = new FakeClock(new Date('2026-03-02T02:00:00Z'));
  const intentionFacts: IntentionChatFacts = {
    id: INTENTION,
    organizationId: ORG,
    organizationName: '厦门海归智造',
    talentUserId: TALENT.id,
    talentName: '李雷',
    subject: { name: '固态电池', nameEn: 'Solid-state battery' },
    final: options.intentionFinal ?? false,
  };
  const applicationFacts: ApplicationChatFacts = {
    id: APPLICATION,
    organizationId: ORG,
    organizationName: '厦门海归智造',
    applicantUserId: TALENT.id,
    applicantName: '李雷',
    positionTitle: '电池工程师',
    positionTitleEn: 'Battery engineer',
    final: false,
  };
  const memberships: Record<number, number> = { [MEMBER.id]: ORG, [MEMBER_2.id]: ORG, [OTHER_MEMBER.id]: OTHER_ORG };
  const checked: string[] = [];
  const service = new ConversationService(
    repo as unknown as ConversationRepository,
    { chatFacts: async (id: number) => (id === INTENTION ? intentionFacts : null) } as unknown as IntentionService,
    {
      chatFacts: async (id: number) => (id === APPLICATION ? applicationFacts : null),
    } as unknown as ApplicationService,
    {
      findMembership: async (userId: number) =>
        memberships[userId] ? { userId, organizationId: memberships[userId] } : null,
      memberIds: async (orgId: number) =>
        Object.entries(memberships)
          .filter(([, o]) => o === orgId)
          .map(([u]) => Number(u)),
    } as unknown as OrganizationService,
    { findActiveById: async () => ({ displayName: '王工作人员' }) } as unknown as AccountService,
    notifications as unknown as NotificationService,
    {
      checkText: async (text: string) => {
        checked.push(text);
        return 'pass';
      },
    } as unknown as ModerationService,
    live as unknown as LivePublisher,
    { isOnline: async (userId: number) => (options.online ?? []).includes(userId) } as unknown as LivePresence,
    {} as FileStorage,
    {} as AccountErasure,
    fakeDataSource() as DataSource,
    clock,
  );
  return { service, repo, notifications, live, clock, checked };
}

describe('ConversationService', () => {
  it('answers 404 to anyone but the readers, for every kind', async () => {
    const { service } = setup();
    for (const user of [OTHER_TALENT, OTHER_MEMBER]) {
      expect(await rejection(service.forSubject(user, 'intention', INTENTION))).toEqual({
        code: 'CONVERSATION_NOT_FOUND',
        status: 404,
      });
    }
    expect(await rejection(service.forSubject(STAFF, 'application', APPLICATION))).toMatchObject({ status: 404 });
    expect(await rejection(service.forSubject(TALENT, 'intention', 999))).toMatchObject({ status: 404 });
    const c = await service.forSubject(TALENT, 'intention', INTENTION);
    expect(await rejection(service.history(OTHER_MEMBER, c.id, { after: 0, limit: 50 }))).toMatchObject({
      status: 404,
    });
    expect(
      await rejection(service.send(OTHER_TALENT, c.id, { body: 'hi', attachmentId: null, clientId: 'client-01' })),
    ).toMatchObject({ status: 404 });
  });

  it('numbers messages 1, 2, 3, stores a clientId once, and pushes to every reader', async () => {
    const { service, repo, live, checked } = setup({ online: [TALENT.id, MEMBER.id, MEMBER_2.id] });
    const c = await service.forSubject(MEMBER, 'intention', INTENTION);
    const a = await service.send(MEMBER, c.id, { body: '您好', attachmentId: null, clientId: 'client-aa' });
    const b = await service.send(TALENT, c.id, { body: 'Hello', attachmentId: null, clientId: 'client-bb' });
    const again = await service.send(MEMBER, c.id, { body: '您好', attachmentId: null, clientId: 'client-aa' });
    expect([a.seq, b.seq]).toEqual([1, 2]);
    expect(again).toEqual(a);
    expect(repo.messages).toHaveLength(2);
    expect(checked).toEqual(['您好', 'Hello']);
    expect(a).toMatchObject({ side: 'organization', authorName: '厦门海归智造', mine: true });
    // The author's own screens get mine: true; everyone else's mine: false.
    const forA = live.frames.filter((f) => f.frame.type === 'message' && f.frame.message.id === a.id);
    expect(forA).toEqual([
      { userIds: [MEMBER.id], frame: { type: 'message', message: a } },
      { userIds: [TALENT.id, MEMBER_2.id], frame: { type: 'message', message: { ...a, mine: false } } },
    ]);
    // What one writes one has read.
    expect((await service.detail(MEMBER, c.id)).unread).toBe(1);
    expect((await service.detail(TALENT, c.id)).unread).toBe(0);
  });

  it('answers a twin’s stored message when the same clientId loses the race, without a gap', async () => {
    const { service, repo } = setup({ online: [TALENT.id, MEMBER.id] });
    const c = await service.forSubject(TALENT, 'intention', INTENTION);
    repo.raceOnNextInsert = {
      id: 99,
      conversationId: c.id,
      seq: 1,
      authorUserId: TALENT.id,
      side: 'talent',
      authorName: '李雷',
      body: '同时',
      attachmentId: null,
      clientId: 'twin-0001',
      createdAt: new Date(),
    };
    const answer = await service.send(TALENT, c.id, { body: '同时', attachmentId: null, clientId: 'twin-0001' });
    expect(answer.id).toBe(99);
    const next = await service.send(TALENT, c.id, { body: '下一条', attachmentId: null, clientId: 'next-0001' });
    expect(next.seq).toBe(2);
  });

  it('refuses new messages once the intention ended, but answers a retry of one stored before', async () => {
    const open = setup({ online: [TALENT.id] });
    const c = await open.service.forSubject(TALENT, 'intention', INTENTION);
    const stored = await open.service.send(TALENT, c.id, { body: '先说', attachmentId: null, clientId: 'before-01' });

    const ended = setup({ intentionFinal: true });
    ended.repo.conversations = open.repo.conversations;
    ended.repo.messages = open.repo.messages;
    expect((await ended.service.detail(TALENT, c.id)).readOnly).toBe(true);
    for (const user of [TALENT, MEMBER, STAFF]) {
      expect(
        await rejection(ended.service.send(user, c.id, { body: '再说', attachmentId: null, clientId: 'after-0001' })),
      ).toEqual({ code: 'CONVERSATION_READ_ONLY', status: 409 });
    }
    expect(await ended.service.send(TALENT, c.id, { body: '先说', attachmentId: null, clientId: 'before-01' })).toEqual(
      stored,
    );
  });

  it('tells offline readers of the other side once per interval, and nobody with an open screen', async () => {
    const { service, notifications, clock } = setup({ online: [MEMBER_2.id] });
    const c = await service.forSubject(TALENT, 'intention', INTENTION);
    await service.send(TALENT, c.id, { body: '一', attachmentId: null, clientId: 'notify-01' });
    await service.send(TALENT, c.id, { body: '二', attachmentId: null, clientId: 'notify-02' });
    expect(notifications.sent.map((n) => n.to)).toEqual([{ userId: MEMBER.id }]);
    expect(notifications.sent[0]!.message).toMatchObject({
      kind: 'chat_message',
      link: { page: 'conversation', id: c.id },
    });
    expect(JSON.stringify(notifications.sent[0]!.message)).not.toContain('一');
    clock.set(new Date(clock.now().getTime() + CHAT_NOTIFY_INTERVAL_MS + 1));
    await service.send(TALENT, c.id, { body: '三', attachmentId: null, clientId: 'notify-03' });
    expect(notifications.sent.map((n) => n.to)).toEqual([{ userId: MEMBER.id }, { userId: MEMBER.id }]);
  });

  it('lets staff post in intention conversations, telling both parties, and read receipts never move back', async () => {
    const { service, notifications, live } = setup();
    const c = await service.forSubject(STAFF, 'intention', INTENTION);
    const m = await service.send(STAFF, c.id, { body: '可协助', attachmentId: null, clientId: 'staff-001' });
    expect(m).toMatchObject({ side: 'staff', authorName: '王工作人员' });
    expect(notifications.sent.map((n) => n.to)).toEqual([
      { userId: TALENT.id },
      { userId: MEMBER.id },
      { userId: MEMBER_2.id },
    ]);
    await service.markRead(TALENT, c.id, 1);
    const back = await service.markRead(TALENT, c.id, 0);
    expect(back.readSeq).toBe(1);
    const readFrames = live.frames.filter((f) => f.frame.type === 'read');
    expect(readFrames[0]!.userIds).toEqual(expect.arrayContaining([TALENT.id, MEMBER.id, STAFF.id]));
  });
});
