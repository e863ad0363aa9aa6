import type { DataSource } from 'typeorm';
import { FakeAudit, FakeClock, fakeDataSource, FakeNotifications, rejection } from '../../../test/support/unit-fakes';
import type { AccountErasure } from '../account/account-erasure';
import type { FileStorage } from '../account/file-storage';
import type { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import type { AppConfig } from '../common/config/config';
import type { LivePublisher } from '../live/live-publisher';
import type { ModerationService } from '../moderation/moderation.service';
import type { NotificationService } from '../notification/notification.service';
import type { OrganizationService } from '../organization/organization.service';
import { ConsultationService } from './consultation.service';
import { DeskReminderService } from './desk-reminder.service';
import type {
  ConsultationEntity,
  ConsultationMessageEntity,
  DeskCalendarDayEntity,
  DeskCategorySettingEntity,
} from './desk.entity';
import type { DeskRepository } from './desk.repository';
import { CALENDAR_SEED } from './holidays';
import type { SubjectTitles } from './subject-titles';

const ASKER = 7;
const STAFF = 1;
const SUPERVISOR = 2;
const HOUR = 3600 * 1000;
const sh = (local: string) => new Date(`${local}+08:00`);

const asker: AuthUser = { id: ASKER, role: 'talent' };

/** Consultations, messages, settings and the calendar in memory; conditional writes behave like the SQL ones. */
class FakeDesk {
  readonly consultations = new Map<number, ConsultationEntity>();
  readonly messages: ConsultationMessageEntity[] = [];
  settings: DeskCategorySettingEntity[] = [];
  calendar: DeskCalendarDayEntity[] = CALENDAR_SEED.map((d) => ({ ...d }));
  private nextId = 1;

  async findSetting(category: string) {
    return this.settings.find((s) => s.category === category) ?? null;
  }
  async findCalendar() {
    return this.calendar;
  }
  async findActiveUser(id: number) {
    const role = id === STAFF || id === SUPERVISOR ? 'staff' : 'talent';
    return { id, role, displayName: `user${id}`, locale: 'zh' };
  }
  async insertConsultation(values: Omit<ConsultationEntity, 'id'>) {
    const row = { ...values, id: this.nextId++ } as ConsultationEntity;
    this.consultations.set(row.id, row);
    return { ...row };
  }
  async findConsultation(id: number) {
    const row = this.consultations.get(id);
    return row ? { ...row } : null;
  }
  async findRow(id: number) {
    return this.findConsultation(id);
  }
  async transition(
    id: number,
    from: string[],
    values: Partial<ConsultationEntity>,
    _em: unknown,
    also: Record<string, null> = {},
  ) {
    const row = this.consultations.get(id);
    if (!row || !from.includes(row.status)) return false;
    if (Object.keys(also).some((k) => (row as unknown as Record<string, unknown>)[k] !== null)) return false;
    Object.assign(row, values);
    return true;
  }
  async insertMessage(values: Omit<ConsultationMessageEntity, 'id'>) {
    const row = { ...values, id: this.nextId++ };
    this.messages.push(row);
    return row;
  }
  async attach(ids: number[]) {
    return ids.length === 0 ? 0 : 0;
  }
  async findMessages(id: number) {
    return this.messages.filter((m) => m.consultationId === id);
  }
  async findAttachmentsOf() {
    return [];
  }
  async findFaqOfConsultation() {
    return null;
  }
  async countUnread() {
    return new Map<number, number>();
  }
  async markRead() {}
  async findTimersDue(now: Date) {
    const t = now.getTime();
    const le = (d: Date | null) => d !== null && d.getTime() <= t;
    return [...this.consultations.values()]
      .filter(
        (c) =>
          c.status === 'open' &&
          ((le(c.firstResponseRemindAt) && !c.firstResponseRemindedAt) ||
            (le(c.resolutionRemindAt) && !c.resolutionRemindedAt) ||
            (le(c.firstResponseDueAt) && !c.firstResponseOverdueAt) ||
            (le(c.resolutionDueAt) && !c.resolutionOverdueAt)),
      )
      .map((c) => ({ ...c }));
  }
  async claimTimer(id: number, column: keyof ConsultationEntity, dueColumn: keyof ConsultationEntity, now: Date) {
    const row = this.consultations.get(id) as unknown as Record<string, Date | null | string>;
    const due = row[dueColumn] as Date | null;
    if (row.status !== 'open' || row[column] !== null || !due || due.getTime() > now.getTime()) return false;
    row[column] = now;
    return true;
  }
}

function setup(at: string) {
  const clock = new FakeClock(sh(at));
  const desk = new FakeDesk();
  const notifications = new FakeNotifications();
  const pushed: number[][] = [];
  const titles: SubjectTitles = {
    policy: async (id) => (id === 5 ? { title: '外籍人才工作许可指南', titleEn: 'Work permit guide' } : null),
    park: async () => null,
    position: async () => null,
    event: async () => null,
  };
  const service = new ConsultationService(
    desk as unknown as DeskRepository,
    notifications as unknown as NotificationService,
    { checkText: async () => 'pass' } as unknown as ModerationService,
    { findForMember: async () => null } as unknown as OrganizationService,
    {} as FileStorage,
    new FakeAudit() as unknown as AuditService,
    { register: () => undefined, registerExport: () => undefined } as unknown as AccountErasure,
    { publish: async (users: number[]) => void pushed.push(users) } as unknown as LivePublisher,
    fakeDataSource() as DataSource,
    titles,
    clock,
  );
  const reminders = new DeskReminderService(
    desk as unknown as DeskRepository,
    notifications as unknown as NotificationService,
    fakeDataSource() as DataSource,
    { env: 'test', deskReminderIntervalSeconds: 0 } as AppConfig,
    clock,
  );
  const ask = (category = 'work_permit') =>
    service.ask(asker, {
      category: category as 'work_permit',
      subject: '工作许可',
      body: '需要准备哪些材料？',
      answerLocale: 'zh-CN',
      about: null,
      attachmentIds: [],
    });
  const sentTo = () =>
    notifications.sent.map((s) => ({
      to: (s.to as { userId: number }).userId,
      kind: s.message.kind,
      title: s.message.title.en,
    }));
  return { clock, desk, notifications, service, reminders, ask, sentTo, pushed };
}

describe('consultation timers and reminders', () => {
  it('reminds the supervisor (no assignee yet) exactly once, after 80 % of the working time, across a weekend', async () => {
    const w = setup('2026-03-06T10:00:00'); // Friday
    w.desk.settings = [{ category: 'work_permit', firstResponseDays: 1, resolutionDays: 5, supervisorId: SUPERVISOR }];
    const c = await w.ask();
    expect(c.firstResponseDueAt).toBe(sh('2026-03-09T10:00:00').toISOString());
    // Saturday and Sunday count nothing: no reminder yet on Sunday evening.
    expect(await w.reminders.run(sh('2026-03-08T22:00:00'))).toEqual({ reminded: 0, overdue: 0 });
    // 19.2 working hours after Friday 10:00: Monday 05:12.
    expect(await w.reminders.run(sh('2026-03-09T05:11:00'))).toEqual({ reminded: 0, overdue: 0 });
    expect(await w.reminders.run(sh('2026-03-09T05:13:00'))).toEqual({ reminded: 1, overdue: 0 });
    expect(await w.reminders.run(sh('2026-03-09T06:00:00'))).toEqual({ reminded: 0, overdue: 0 });
    expect(w.sentTo()).toEqual([
      { to: SUPERVISOR, kind: 'consultation_reminder', title: "A consultation's first response is due soon" },
    ]);
  });

  it('reminds the assignee and the supervisor, once each target, then sends one overdue notice', async () => {
    const w = setup('2026-03-02T10:00:00'); // Monday
    w.desk.settings = [{ category: 'work_permit', firstResponseDays: 1, resolutionDays: 2, supervisorId: SUPERVISOR }];
    const c = await w.ask();
    await w.service.assign(STAFF, c.id, STAFF);
    expect(await w.reminders.run(sh('2026-03-03T06:00:00'))).toEqual({ reminded: 1, overdue: 0 });
    expect(await w.reminders.run(sh('2026-03-03T11:00:00'))).toEqual({ reminded: 0, overdue: 1 });
    // The resolution target (2 days → Wednesday 10:00) reminds at Wednesday 00:24 – still once each.
    expect(await w.reminders.run(sh('2026-03-04T01:00:00'))).toEqual({ reminded: 1, overdue: 0 });
    expect(await w.reminders.run(sh('2026-03-04T02:00:00'))).toEqual({ reminded: 0, overdue: 0 });
    const kinds = w.sentTo().map((s) => `${s.to}:${s.title}`);
    expect(kinds).toEqual([
      `${STAFF}:A consultation's first response is due soon`,
      `${SUPERVISOR}:A consultation's first response is due soon`,
      `${STAFF}:A consultation's first response is overdue`,
      `${SUPERVISOR}:A consultation's first response is overdue`,
      `${STAFF}:A consultation's resolution is due soon`,
      `${SUPERVISOR}:A consultation's resolution is due soon`,
    ]);
  });

  it('skips a public holiday and an adjusted working Saturday is counted', async () => {
    const w = setup('2026-09-30T10:00:00'); // Wednesday before National Day
    const c = await w.ask();
    expect(c.firstResponseDueAt).toBe(sh('2026-10-08T10:00:00').toISOString());
    // Wed 30 → Thu 8 → Fri 9 → Sat 10 (adjusted working day) → Mon 12 → Tue 13, each at 10:00.
    expect(c.resolutionDueAt).toBe(sh('2026-10-13T10:00:00').toISOString());
    expect(await w.reminders.run(sh('2026-10-07T23:00:00'))).toEqual({ reminded: 0, overdue: 0 });
  });

  it('does not remind while waiting for the asker; the pause moves the due instant by working time only', async () => {
    const w = setup('2026-03-06T10:00:00'); // Friday
    w.desk.settings = [{ category: 'work_permit', firstResponseDays: 1, resolutionDays: 5, supervisorId: SUPERVISOR }];
    const c = await w.ask();
    w.clock.set(sh('2026-03-06T11:00:00'));
    const waiting = await w.service.staffReply(STAFF, c.id, {
      body: '请补充学历证明',
      attachmentIds: [],
      internal: false,
      waitForAsker: true,
    });
    expect(waiting.status).toBe('waiting');
    expect(waiting.firstRespondedAt).toBe(sh('2026-03-06T11:00:00').toISOString());
    expect(waiting.resolutionDueAt).toBeNull();
    // Long past every original target: nothing while waiting.
    expect(await w.reminders.run(sh('2026-03-20T10:00:00'))).toEqual({ reminded: 0, overdue: 0 });
    expect(w.sentTo().map((s) => s.kind)).toEqual(['consultation_status']);

    // Waiting Friday 11:00 → Wednesday 10:00 = 13 + 24 + 24 + 10 = 71 working hours.
    w.clock.set(sh('2026-03-11T10:00:00'));
    const back = await w.service.addInformation(ASKER, c.id, { body: '已补充', attachmentIds: [] });
    expect(back.status).toBe('open');
    expect(w.desk.consultations.get(c.id)?.pausedSeconds).toBe(71 * 3600);
    expect(back.resolutionDueAt).toBe(sh('2026-03-18T09:00:00').toISOString());
    // The assignee (who answered) is told; the reminder of the moved target comes once, 80 % in.
    expect(w.sentTo().at(-1)).toMatchObject({ to: STAFF, kind: 'consultation_staff' });
    // 96 + 71 working hours after Friday 10:00: Tuesday 17 March 09:00.
    expect(await w.reminders.run(sh('2026-03-17T08:59:00'))).toEqual({ reminded: 0, overdue: 0 });
    expect(await w.reminders.run(sh('2026-03-17T09:01:00'))).toEqual({ reminded: 1, overdue: 0 });
    expect(await w.reminders.run(sh('2026-03-17T10:00:00'))).toEqual({ reminded: 0, overdue: 0 });
  });

  it('counts the first response from the first reply that is not an internal note', async () => {
    const w = setup('2026-03-02T10:00:00');
    const c = await w.ask();
    w.clock.set(sh('2026-03-02T11:00:00'));
    const noted = await w.service.staffReply(STAFF, c.id, {
      body: '内部',
      attachmentIds: [],
      internal: true,
      waitForAsker: false,
    });
    expect(noted.firstRespondedAt).toBeNull();
    expect(noted.firstResponseDueAt).not.toBeNull();
    expect(w.notifications.sent).toEqual([]);
    w.clock.set(sh('2026-03-02T12:00:00'));
    const replied = await w.service.staffReply(STAFF, c.id, {
      body: '您好',
      attachmentIds: [],
      internal: false,
      waitForAsker: false,
    });
    expect(replied.firstRespondedAt).toBe(sh('2026-03-02T12:00:00').toISOString());
    expect(replied.firstResponseDueAt).toBeNull();
    expect(replied.assignee).toBeNull(); // the fake row carries no joined names; the column is set:
    expect(w.desk.consultations.get(c.id)?.assigneeId).toBe(STAFF);
  });

  it('resolves within target, rates once, reopens within 7 calendar days only', async () => {
    const w = setup('2026-03-02T10:00:00');
    const c = await w.ask();
    expect((await rejection(w.service.resolve(STAFF, c.id, null))).code).toBe('CONSULTATION_INVALID_TRANSITION');
    w.clock.set(sh('2026-03-03T10:00:00'));
    await w.service.resolve(STAFF, c.id, '答复');
    expect(w.desk.consultations.get(c.id)?.resolvedWithinTarget).toBe(true);
    await w.service.rate(ASKER, c.id, { resolved: true, score: 5, comment: null });
    expect((await rejection(w.service.rate(ASKER, c.id, { resolved: true, score: 1 }))).code).toBe(
      'CONSULTATION_ALREADY_RATED',
    );
    expect((await rejection(w.service.rate(99, c.id, { resolved: true, score: 1 }))).status).toBe(404);
    w.clock.set(new Date(sh('2026-03-10T10:00:00').getTime() + HOUR));
    expect((await rejection(w.service.reopen(ASKER, c.id, '还是不清楚'))).code).toBe('CONSULTATION_REOPEN_EXPIRED');
    w.clock.set(sh('2026-03-10T09:00:00'));
    const reopened = await w.service.reopen(ASKER, c.id, '还是不清楚');
    expect(reopened.status).toBe('open');
    expect(reopened.resolutionDueAt).toBe(sh('2026-03-17T09:00:00').toISOString());
  });

  it('refuses an unknown page to ask about and resolves a known one to its title', async () => {
    const w = setup('2026-03-02T10:00:00');
    const base = {
      category: 'work_permit' as const,
      subject: '工作许可',
      body: '需要哪些材料？',
      answerLocale: 'en' as const,
      attachmentIds: [],
    };
    expect((await rejection(w.service.ask(asker, { ...base, about: { type: 'policy', id: 6 } }))).code).toBe(
      'CONSULTATION_SUBJECT_NOT_FOUND',
    );
    const c = await w.service.ask(asker, { ...base, about: { type: 'policy', id: 5 } });
    expect(c.about).toEqual({ type: 'policy', id: 5, title: '外籍人才工作许可指南', titleEn: 'Work permit guide' });
    // An organisation role without an organisation may not ask.
    expect((await rejection(w.service.ask({ id: 50, role: 'enterprise' }, { ...base, about: null }))).status).toBe(403);
  });
});
