import type { ConsultationDetail } from '@ihaigui/shared';
import {
  aboutFromParams,
  createDebouncer,
  deskCategoryForPolicy,
  draftFromConsultation,
  hoursText,
  paramText,
  percentText,
  replyProblem,
  suggestionQuery,
} from '../../miniapp/src/features/desk/desk-display';

/** Timers driven by hand: `advance` runs what is due. */
function manualTimers() {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  return {
    set: (fn: () => void, ms: number) => {
      const id = next++;
      pending.set(id, { at: now + ms, fn });
      return id;
    },
    clear: (handle: unknown) => {
      pending.delete(handle as number);
    },
    advance(ms: number) {
      now += ms;
      for (const [id, timer] of [...pending]) {
        if (timer.at <= now) {
          pending.delete(id);
          timer.fn();
        }
      }
    },
    get pending() {
      return pending.size;
    },
  };
}

describe('FAQ suggestions while a question is typed', () => {
  it('asks only once the text says something, subject and question together, spaces squeezed', () => {
    expect(suggestionQuery('', '')).toBeNull();
    expect(suggestionQuery(' 签证', '')).toBeNull();
    expect(suggestionQuery('Work permit', '')).toBe('Work permit');
    expect(suggestionQuery('Work  permit', '  how long\n does it take? ')).toBe('Work permit how long does it take?');
    expect(suggestionQuery('', 'x'.repeat(500))).toHaveLength(300);
  });

  it('sends the last text once typing pauses, and nothing after the page closes', () => {
    const timers = manualTimers();
    const sent: string[] = [];
    const debouncer = createDebouncer<string>((q) => sent.push(q), 400, timers);
    debouncer.push('wor');
    timers.advance(200);
    debouncer.push('work');
    timers.advance(200);
    debouncer.push('work permit');
    timers.advance(399);
    expect(sent).toEqual([]);
    timers.advance(1);
    expect(sent).toEqual(['work permit']);
    debouncer.push('work permit renewal');
    debouncer.cancel();
    timers.advance(1000);
    expect(sent).toEqual(['work permit']);
    expect(timers.pending).toBe(0);
  });
});

describe('"Ask about this"', () => {
  it('reads what the question is about from the page parameters, and ignores anything else', () => {
    expect(aboutFromParams({ aboutType: 'policy', aboutId: '12' })).toEqual({ type: 'policy', id: 12 });
    expect(aboutFromParams({ aboutType: 'event', aboutId: '3' })).toEqual({ type: 'event', id: 3 });
    expect(aboutFromParams({ aboutType: 'intention', aboutId: '3' })).toBeNull();
    expect(aboutFromParams({ aboutType: 'park', aboutId: '-1' })).toBeNull();
    expect(aboutFromParams({ aboutType: 'park', aboutId: '1.5' })).toBeNull();
    expect(aboutFromParams({ aboutType: 'park' })).toBeNull();
    expect(aboutFromParams({})).toBeNull();
  });

  it('suggests the category of a policy, a work-permit guide under work permits', () => {
    expect(deskCategoryForPolicy('visa_residence', '外籍人才工作许可与居留许可“一窗办理”')).toBe('work_permit');
    expect(deskCategoryForPolicy('visa_residence', 'Work permit guide')).toBe('work_permit');
    expect(deskCategoryForPolicy('visa_residence', '人才签证')).toBe('visa');
    expect(deskCategoryForPolicy('startup_funding')).toBe('startup_finance');
    expect(deskCategoryForPolicy('education')).toBe('schooling');
    expect(deskCategoryForPolicy('housing')).toBe('housing');
    expect(deskCategoryForPolicy('tax')).toBe('talent_policy');
  });

  it('shows a title parameter as written, encoded or not', () => {
    expect(paramText(undefined)).toBe('');
    expect(paramText('%E5%B7%A5%E4%BD%9C%E8%AE%B8%E5%8F%AF')).toBe('工作许可');
    expect(paramText('100% sure')).toBe('100% sure');
  });
});

describe('publishing an answered question as an FAQ entry', () => {
  const base: ConsultationDetail = {
    id: 7,
    category: 'work_permit',
    subject: 'How long does a work permit take?',
    status: 'resolved',
    answerLocale: 'en',
    createdAt: '2026-12-01T02:00:00.000Z',
    updatedAt: '2026-12-02T02:00:00.000Z',
    firstResponseDueAt: null,
    resolutionDueAt: null,
    firstRespondedAt: '2026-12-01T06:00:00.000Z',
    resolvedAt: '2026-12-02T02:00:00.000Z',
    overdue: false,
    assignee: { id: 2, name: '王老师' },
    askerName: 'Anna',
    unread: 0,
    body: 'My employer filed last week. When can I start?',
    about: null,
    attachments: [],
    messages: [
      msg(1, 'staff', 'Internal: checked the system', true),
      msg(2, 'staff', 'Usually 10 working days.', false),
      msg(3, 'asker', 'Thanks!', false),
      msg(4, 'staff', 'Internal: done', true),
    ],
    rating: null,
    can: { reply: false, rate: false, reopen: false, claim: false, assign: true, resolve: false, publish: true },
    faqId: null,
  };

  function msg(id: number, author: 'staff' | 'asker', body: string, internal: boolean) {
    return { id, author, authorName: null, body, internal, attachments: [], createdAt: '2026-12-01T03:00:00.000Z' };
  }

  it('drafts from the subject and the last answer the asker saw, never an internal note', () => {
    expect(draftFromConsultation(base)).toEqual({
      category: 'work_permit',
      question: '',
      questionEn: 'How long does a work permit take?',
      answer: '',
      answerEn: 'Usually 10 working days.',
    });
    expect(draftFromConsultation({ ...base, answerLocale: 'zh-CN' })).toMatchObject({
      question: 'How long does a work permit take?',
      answer: 'Usually 10 working days.',
      questionEn: '',
    });
  });
});

describe('desk figures', () => {
  it('rounds hours and shares for the dashboard', () => {
    expect(hoursText(null)).toBeNull();
    expect(hoursText(3.46)).toBe('3.5');
    expect(hoursText(26.6)).toBe('27');
    expect(percentText(null)).toBeNull();
    expect(percentText(0.875)).toBe('88%');
  });
});

describe('a reply before it is sent', () => {
  it('needs words, and waits for every attachment to finish uploading', () => {
    expect(replyProblem('   ', [])).toBe('desk.reply.empty');
    expect(replyProblem('Here is my passport page', [{ state: 'done' }, { state: 'uploading' }])).toBe(
      'desk.ask.waitUploads',
    );
    expect(replyProblem('Here is my passport page', [{ state: 'done' }, { state: 'failed' }])).toBeNull();
  });
});
