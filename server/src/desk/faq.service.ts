import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  analyze,
  analyzeQuery,
  CONSULTATION_CATEGORY_LABELS,
  type ConsultationCategory,
  END_MARK,
  type Faq,
  type FaqInput,
  normalize,
  type Page,
} from '@ihaigui/shared';
import { AuditService } from '../audit/audit.service';
import { CLOCK, type Clock } from '../common/clock';
import { pageOf, window } from '../common/db/paging';
import { AppException } from '../common/errors/app.exception';
import { bilingualContent, SearchIndexer } from '../search/search.indexer';
import { ConsultationService } from './consultation.service';
import type { FaqEntryEntity } from './desk.entity';
import { toFaq } from './desk.mapper';
import { DeskRepository } from './desk.repository';

export const FAQ_SUGGESTIONS_MAX = 5;
/** Share of the typed text's terms an entry must contain to be suggested. */
const SUGGEST_MIN_SHARE = 0.3;
const QUESTION_WEIGHT = 3;
const ANSWER_WEIGHT = 1;

/** The terms of an entry's question and answer, both languages. */
function termsOf(f: FaqEntryEntity): { question: Set<string>; answer: Set<string> } {
  return {
    question: new Set([...analyze(f.question).keys(), ...analyze(f.questionEn).keys()]),
    answer: new Set([...analyze(f.answer).keys(), ...analyze(f.answerEn).keys()]),
  };
}

/**
 * How well an entry fits text being typed: the share of the text's terms (the search analyser's: Chinese character
 * pairs, English word stems) found in the question (weight 3) or only in the answer (weight 1), in [0, 1]; 0 when
 * fewer than SUGGEST_MIN_SHARE of the terms are in the entry at all.
 */
export function suggestionScore(text: string, f: FaqEntryEntity): number {
  const terms = [...analyze(text).keys()].filter((t) => !t.endsWith(END_MARK));
  if (terms.length === 0) return 0;
  const { question, answer } = termsOf(f);
  let score = 0;
  let found = 0;
  for (const t of terms) {
    if (question.has(t)) {
      score += QUESTION_WEIGHT;
      found += 1;
    } else if (answer.has(t)) {
      score += ANSWER_WEIGHT;
      found += 1;
    }
  }
  if (found / terms.length < SUGGEST_MIN_SHARE) return 0;
  return score / (terms.length * QUESTION_WEIGHT);
}

/** Whether an entry holds every word of a search (a lone Chinese character: anywhere in its text). */
export function faqMatches(q: string, f: FaqEntryEntity): boolean {
  const query = analyzeQuery(q);
  if (query.prefix) return normalize(`${f.question}\n${f.answer}`).includes(query.prefix);
  if (query.exact.length === 0) return true;
  const { question, answer } = termsOf(f);
  return query.exact.every((t) => question.has(t) || answer.has(t));
}

/** 常见问题: answers worth keeping, rewritten and anonymised by staff in both languages; public and searchable. */
@Injectable()
export class FaqService {
  constructor(
    private readonly desk: DeskRepository,
    private readonly consultations: ConsultationService,
    private readonly search: SearchIndexer,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(query: {
    page: number;
    pageSize: number;
    category?: ConsultationCategory;
    q?: string;
  }): Promise<Page<Faq>> {
    const all = await this.desk.findPublishedFaqs(query.category);
    const matching = query.q ? all.filter((f) => faqMatches(query.q as string, f)) : all;
    const { offset, limit } = window(query);
    return pageOf(matching.slice(offset, offset + limit).map(toFaq), matching.length, query);
  }

  async suggest(query: { q: string; category?: ConsultationCategory }): Promise<{ items: Faq[] }> {
    const all = await this.desk.findPublishedFaqs(query.category);
    const ranked = all
      .map((f) => ({ f, score: suggestionScore(query.q, f) }))
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score || b.f.publishedAt.getTime() - a.f.publishedAt.getTime())
      .slice(0, FAQ_SUGGESTIONS_MAX);
    return { items: ranked.map((r) => toFaq(r.f)) };
  }

  async detail(id: number): Promise<Faq> {
    const found = await this.desk.findPublishedFaq(id);
    if (!found) throw AppException.notFound('FAQ_NOT_FOUND', `faq ${id}`);
    return toFaq(found);
  }

  async create(
    staffId: number | null,
    input: Required<Omit<FaqInput, 'consultationId'>> & { consultationId: number | null },
  ): Promise<Faq> {
    if (input.consultationId !== null) await this.consultations.requireResolved(input.consultationId);
    const now = this.clock.now();
    const created = await this.dataSource.transaction(async (em) => {
      const saved = await this.desk.insertFaq(
        {
          category: input.category,
          question: input.question,
          questionEn: input.questionEn,
          answer: input.answer,
          answerEn: input.answerEn,
          consultationId: input.consultationId,
          createdById: staffId,
          publishedAt: now,
          updatedAt: now,
          withdrawnAt: null,
        },
        em,
      );
      await this.index(saved, em);
      if (staffId !== null)
        await this.audit.insert({ actorId: staffId, action: 'faq.create', entityType: 'faq', entityId: saved.id }, em);
      return saved;
    });
    return toFaq(created);
  }

  async update(staffId: number, id: number, input: FaqInput): Promise<Faq> {
    const found = await this.desk.findPublishedFaq(id);
    if (!found) throw AppException.notFound('FAQ_NOT_FOUND', `faq ${id}`);
    const consultationId = input.consultationId ?? found.consultationId;
    if (consultationId !== null && consultationId !== found.consultationId)
      await this.consultations.requireResolved(consultationId);
    const values = {
      category: input.category,
      question: input.question,
      questionEn: input.questionEn,
      answer: input.answer,
      answerEn: input.answerEn,
      consultationId,
      updatedAt: this.clock.now(),
    };
    await this.dataSource.transaction(async (em) => {
      await this.desk.updateFaq(id, values, em);
      await this.index({ ...found, ...values }, em);
      await this.audit.insert({ actorId: staffId, action: 'faq.update', entityType: 'faq', entityId: id }, em);
    });
    return toFaq({ ...found, ...values });
  }

  /** Withdrawn: no longer listed, suggested or found. */
  async withdraw(staffId: number, id: number): Promise<void> {
    const found = await this.desk.findPublishedFaq(id);
    if (!found) throw AppException.notFound('FAQ_NOT_FOUND', `faq ${id}`);
    await this.dataSource.transaction(async (em) => {
      await this.desk.updateFaq(id, { withdrawnAt: this.clock.now() }, em);
      await this.search.remove('faq', id, em);
      await this.audit.insert({ actorId: staffId, action: 'faq.withdraw', entityType: 'faq', entityId: id }, em);
    });
  }

  private async index(f: FaqEntryEntity, em: EntityManager): Promise<void> {
    const category = CONSULTATION_CATEGORY_LABELS[f.category];
    await this.search.index(
      {
        type: 'faq',
        refId: f.id,
        title: f.question,
        titleEn: f.questionEn,
        fields: [
          { text: f.question, weight: 10 },
          { text: f.questionEn, weight: 10 },
          { text: `${category.zh} ${category.en}`, weight: 3 },
          { text: f.answer, weight: 2 },
          { text: f.answerEn, weight: 2 },
        ],
        content: bilingualContent([category.zh, f.answer], [category.en, f.answerEn]),
        visibleFrom: f.publishedAt,
        visibleTo: null,
      },
      em,
    );
  }
}
