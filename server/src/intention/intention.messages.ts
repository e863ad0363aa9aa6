import { INTENTION_STATUS_LABELS, type IntentionStatus } from '@ihaigui/shared';
import type { NotificationMessage } from '../notification/notification.service';
import type { IntentionViewerSide } from './intention.mapper';

/** What the messages name: the organisation, the talent and (when there is one) the project. */
export interface IntentionNames {
  organization: string;
  talent: string;
  project: { name: string; nameEn: string | null } | null;
}

/** The message for each side; null for the side that acted itself (it needs no telling). */
export interface IntentionMessages {
  toTalent: NotificationMessage | null;
  toOrganization: NotificationMessage | null;
}

function about(names: IntentionNames): { zh: string; en: string } {
  return names.project
    ? { zh: `（项目「${names.project.name}」）`, en: ` (project “${names.project.nameEn ?? names.project.name}”)` }
    : { zh: '', en: '' };
}

/** A new intention: the side that did not start it is asked to answer; both sides hear of one staff recorded. */
export function openedMessages(id: number, names: IntentionNames, actorSide: IntentionViewerSide): IntentionMessages {
  const link = { page: 'intentionDetail', id };
  const title = { zh: '新的对接意向', en: 'New intention' };
  const on = about(names);
  const staff = actorSide === 'staff';
  return {
    toTalent:
      actorSide === 'talent'
        ? null
        : {
            kind: 'intention_step',
            title,
            body: staff
              ? {
                  zh: `服务中心为您登记了与${names.organization}的对接意向${on.zh}。`,
                  en: `The service center recorded an intention between you and ${names.organization}${on.en}.`,
                }
              : {
                  zh: `${names.organization}希望与您对接${on.zh}，请查看并回复。`,
                  en: `${names.organization} would like to work with you${on.en}. Please have a look and reply.`,
                },
            link,
          },
    toOrganization:
      actorSide === 'organization'
        ? null
        : {
            kind: 'intention_step',
            title,
            body: staff
              ? {
                  zh: `服务中心为贵单位登记了与${names.talent}的对接意向${on.zh}。`,
                  en: `The service center recorded an intention between your organisation and ${names.talent}${on.en}.`,
                }
              : {
                  zh: `${names.talent}希望与贵单位对接${on.zh}，请查看并回复。`,
                  en: `${names.talent} would like to work with your organisation${on.en}. Please have a look and reply.`,
                },
            link,
          },
  };
}

/** A step: the other side hears of a party's step, both sides of one staff recorded; the note goes with it. */
export function stepMessages(
  id: number,
  names: IntentionNames,
  actorSide: IntentionViewerSide,
  status: IntentionStatus,
  note: string | null,
): IntentionMessages {
  const label = INTENTION_STATUS_LABELS[status];
  const on = about(names);
  const noted = note ? { zh: `。留言：${note}`, en: `. Note: ${note}` } : { zh: '', en: '' };
  const who =
    actorSide === 'staff'
      ? { zh: '服务中心', en: 'The service center' }
      : {
          zh: actorSide === 'talent' ? names.talent : names.organization,
          en: actorSide === 'talent' ? names.talent : names.organization,
        };
  const message = (other: string): NotificationMessage => ({
    kind: 'intention_step',
    title: { zh: `对接意向进展：${label.zh}`, en: `Intention update: ${label.en}` },
    body: {
      zh: `${who.zh}将与${other}的对接意向${on.zh}更新为「${label.zh}」${noted.zh}`,
      en: `${who.en} moved the intention with ${other}${on.en} to “${label.en}”${noted.en}`,
    },
    link: { page: 'intentionDetail', id },
  });
  return {
    toTalent: actorSide === 'talent' ? null : message(names.organization),
    toOrganization: actorSide === 'organization' ? null : message(names.talent),
  };
}
