import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Bilingual, Notification, NotificationKind, Page, PageQuery } from '@ihaigui/shared';
import { isPageName, PAGES, SUBSCRIBE_TEMPLATES } from '@ihaigui/shared';
import { AccountErasure } from '../account/account-erasure';
import { CLOCK, type Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { pageOf, window } from '../common/db/paging';
import { AppException } from '../common/errors/app.exception';
import { OutboxService, type OutboxOutcome } from '../outbox/outbox.service';
import { WECHAT_CLIENT, type WechatClient } from '../wechat/wechat.client';
import type { NotificationEntity } from './notification.entity';
import { toNotification } from './notification.mapper';
import { NotificationRepository, WechatSubscriptionRepository } from './notification.repository';
import { miniprogramStateOf, SubscribeMessageClient } from './subscribe-message.client';

export type SubscribeTemplate = (typeof SUBSCRIBE_TEMPLATES)[number];

/** One message to a user: shown in the inbox in their language, and as a WeChat card when they allowed it. */
export interface NotificationMessage {
  kind: NotificationKind;
  title: Bilingual;
  body: Bilingual;
  /** Mini-app page (its name in the route table) and the record it opens. */
  /** A page name of the shared page table (PAGES). */
  link: { page: string; id: number } | null;
}

/** Which subscribe-message template carries each kind; kinds without one reach the inbox only. */
const TEMPLATE_OF_KIND: Partial<Record<NotificationKind, SubscribeTemplate>> = {
  application_status: 'application_status',
  application_new: 'application_status',
  consultation_reply: 'consultation_reply',
  consultation_status: 'consultation_reply',
};

/** Mini-app paths of the pages a message may open (names as in the mini-app's route table). */

/** The outbox kind of a WeChat subscribe message. */
const SUBSCRIBE_MESSAGE = 'subscribe_message';

/** What the outbox keeps of one subscribe message; the openid and language are looked up when it is sent. */
interface SubscribePayload {
  userId: number;
  template: SubscribeTemplate;
  templateId: string;
  title: Bilingual;
  body: Bilingual;
  link: { page: string; id: number } | null;
  /** When the change happened (ISO), shown in the card. */
  at: string;
}

/** WeChat keeps one permission per accepted request; more than this many saved up is never needed. */
export const SUBSCRIPTION_CAP = 20;
/** How a deleted person is named in messages others received. */
const ERASED_NAME = { zh: '已注销用户', en: 'a deleted user' } as const;
/** A one-character name would match too much unrelated text to be replaced safely. */
const MIN_SCRUBBED_NAME = 2;
/** thing.DATA fields take at most 20 characters. */
const THING_MAX = 20;

@Injectable()
export class NotificationService implements OnModuleInit {
  private readonly logger = new Logger('Notifications');
  private readonly subscribe: SubscribeMessageClient | null;

  constructor(
    private readonly notifications: NotificationRepository,
    private readonly subscriptions: WechatSubscriptionRepository,
    private readonly outbox: OutboxService,
    private readonly erasure: AccountErasure,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WECHAT_CLIENT) wechat: WechatClient | null,
  ) {
    this.subscribe = wechat
      ? new SubscribeMessageClient(config.wechat.baseUrl, wechat, miniprogramStateOf(config.wechat.envVersion))
      : null;
  }

  onModuleInit(): void {
    // The person's own inbox goes; in everyone else's, the messages that named them keep a placeholder instead.
    this.erasure.register('notifications', async (userId, em, person) => {
      await this.notifications.deleteAllOfUser(userId, em);
      await this.subscriptions.deleteAllOfUser(userId, em);
      for (const name of person.names) {
        if ([...name].length >= MIN_SCRUBBED_NAME) await this.notifications.replaceName(name, ERASED_NAME, em);
      }
    });
    this.outbox.register(SUBSCRIBE_MESSAGE, {
      send: (payload) => this.deliver(payload as SubscribePayload),
      gaveUp: async (payload) => {
        const { userId, template } = payload as SubscribePayload;
        await this.subscriptions.giveBack(userId, template);
      },
    });
    this.erasure.registerExport('notifications', async (userId) =>
      (await this.notifications.findAllForUser(userId)).map((n) => ({
        kind: n.kind,
        titleZh: n.titleZh,
        titleEn: n.titleEn,
        bodyZh: n.bodyZh,
        bodyEn: n.bodyEn,
        readAt: n.readAt ? n.readAt.toISOString() : null,
        createdAt: n.createdAt.toISOString(),
      })),
    );
  }

  /**
   * Writes the inbox row and, if the user allowed one, a WeChat subscribe message to the outbox (both in the caller's
   * transaction when given); the outbox worker sends it after commit. Delivery problems never fail the caller.
   */
  async notify(userId: number, message: NotificationMessage, manager?: EntityManager): Promise<void> {
    await this.notifyUsers([userId], message, manager);
  }

  /** The same message to every member of an organisation. */
  async notifyOrganization(
    organizationId: number,
    message: NotificationMessage,
    manager?: EntityManager,
  ): Promise<void> {
    await this.notifyUsers(await this.notifications.findMemberIds(organizationId, manager), message, manager);
  }

  /** Sends the WeChat messages due now (the worker does this on its own; tests call it to skip the wait). */
  async settled(): Promise<void> {
    await this.outbox.drain();
  }

  async list(userId: number, query: PageQuery): Promise<Page<Notification> & { unread: number }> {
    const [[rows, total], unread] = await Promise.all([
      this.notifications.findPageForUser({ userId, ...window(query) }),
      this.notifications.countUnread(userId),
    ]);
    return { ...pageOf(rows.map(toNotification), total, query), unread };
  }

  async unreadCount(userId: number): Promise<{ unread: number }> {
    return { unread: await this.notifications.countUnread(userId) };
  }

  /** Marks one of the caller's own messages read; anyone else's does not exist for them. */
  async markRead(userId: number, id: number): Promise<Notification> {
    const found = await this.notifications.findOwn(id, userId);
    if (!found) throw AppException.notFound('NOTIFICATION_NOT_FOUND', `notification ${id} not for user ${userId}`);
    if (found.readAt) return toNotification(found);
    const at = this.clock.now();
    await this.notifications.markRead(id, userId, at);
    return toNotification({ ...found, readAt: at });
  }

  async markAllRead(userId: number): Promise<{ unread: number }> {
    await this.notifications.markAllRead(userId, this.clock.now());
    return { unread: 0 };
  }

  /** What requestSubscribeMessage answered: each acceptance allows one more message of that template. */
  async recordSubscription(userId: number, template: SubscribeTemplate, accepted: boolean): Promise<void> {
    if (!accepted) return;
    await this.subscriptions.ensure(userId, template);
    await this.subscriptions.grant(userId, template, SUBSCRIPTION_CAP);
  }

  private async notifyUsers(userIds: number[], message: NotificationMessage, manager?: EntityManager): Promise<void> {
    const recipients = [...new Set(userIds)];
    if (recipients.length === 0) return;
    const createdAt = this.clock.now();
    const rows: Array<Omit<NotificationEntity, 'id'>> = recipients.map((userId) => ({
      userId,
      kind: message.kind,
      titleZh: message.title.zh.slice(0, 120),
      titleEn: message.title.en.slice(0, 240),
      bodyZh: message.body.zh.slice(0, 500),
      bodyEn: message.body.en.slice(0, 1000),
      linkPage: message.link?.page ?? null,
      linkId: message.link?.id ?? null,
      readAt: null,
      createdAt,
    }));
    await this.notifications.insertMany(rows, manager);
    const template = TEMPLATE_OF_KIND[message.kind];
    const templateId = template ? this.templateIdOf(template) : null;
    if (!template || !templateId || !this.subscribe) return;
    const payloads: SubscribePayload[] = [];
    for (const userId of recipients) {
      // A permission is used up with the change that spends it, so a rollback gives it back.
      if (!(await this.notifications.findRecipient(userId, manager))) continue;
      if (!(await this.subscriptions.take(userId, template, manager))) continue;
      const { title, body, link } = message;
      payloads.push({ userId, template, templateId, title, body, link, at: createdAt.toISOString() });
    }
    if (payloads.length) await this.outbox.enqueue(SUBSCRIBE_MESSAGE, payloads, manager);
  }

  /** One attempt at one subscribe message (the outbox retries failures and gives the permission back at the end). */
  private async deliver(payload: SubscribePayload): Promise<OutboxOutcome> {
    const { userId, template } = payload;
    if (!this.subscribe) return { kind: 'retry', reason: 'WeChat is not configured' };
    const recipient = await this.notifications.findRecipient(userId);
    if (!recipient) return { kind: 'done', note: 'recipient gone' };
    const english = recipient.locale === 'en';
    const link = payload.link;
    const path = link && isPageName(link.page) ? PAGES[link.page] : undefined;
    const outcome = await this.subscribe.send({
      openid: recipient.openid,
      templateId: payload.templateId,
      page: path && link ? `${path}?id=${link.id}` : null,
      data: {
        thing1: thing(english ? payload.title.en : payload.title.zh),
        thing2: thing(english ? payload.body.en : payload.body.zh),
        time3: localDateTime(new Date(payload.at)),
      },
      lang: english ? 'en_US' : 'zh_CN',
    });
    if (outcome.kind === 'sent') return { kind: 'done' };
    if (outcome.kind === 'refused') {
      await this.subscriptions.clear(userId, template);
      this.logger.log({ template }, 'subscribe message refused by the user; permission cleared');
      return { kind: 'done', note: 'refused by the user' };
    }
    return { kind: 'retry', reason: outcome.reason };
  }

  private templateIdOf(template: SubscribeTemplate): string | null {
    switch (template) {
      case 'application_status':
        return this.config.wechat.templates.applicationStatus;
      case 'consultation_reply':
        return this.config.wechat.templates.consultationReply;
    }
  }
}

function thing(text: string): string {
  const chars = [...text.trim()];
  return chars.length <= THING_MAX ? chars.join('') : `${chars.slice(0, THING_MAX - 1).join('')}…`;
}

/** "YYYY-MM-DD HH:mm" in the city's time (the form WeChat's time fields take). */
function localDateTime(now: Date): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
}
