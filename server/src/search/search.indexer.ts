import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { SearchType } from '@ihaigui/shared';
import { CLOCK, type Clock } from '../common/clock';
import { CONTENT_MAX, documentValues, termRows } from './search-terms';
import { SearchRepository } from './search.repository';

/** What an owning service hands to the index for one public item. */
export interface SearchEntry {
  type: SearchType;
  refId: number;
  title: string;
  titleEn: string | null;
  /** Text to index with a weight per field (e.g. title 10, summary 3, body 1). */
  fields: Array<{ text: string | null | undefined; weight: number }>;
  /** Plain text shown as the result snippet. */
  content: string;
  visibleFrom?: Date | null;
  visibleTo?: Date | null;
}

/**
 * Snippet text in both languages: the Chinese and the English halves each get half of the stored length, so an
 * English query finds its words in the snippet even when the Chinese text is long.
 */
export function bilingualContent(
  zh: Array<string | null | undefined>,
  en: Array<string | null | undefined>,
  max = CONTENT_MAX,
): string {
  const half = Math.floor(max / 2) - 1;
  const zhText = zh.filter(Boolean).join('\n').slice(0, half);
  const enText = en.filter(Boolean).join('\n').slice(0, half);
  return enText ? `${zhText}\n${enText}` : zh.filter(Boolean).join('\n').slice(0, max);
}

/** Keeps the search index in step with the public content; called inside the owner's transaction. */
@Injectable()
export class SearchIndexer {
  constructor(
    private readonly repository: SearchRepository,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Adds or replaces one item: its document row and all of its term rows, in the caller's transaction if given. */
  async index(entry: SearchEntry, manager?: EntityManager): Promise<void> {
    const values = documentValues(entry, this.clock.now());
    await this.inTransaction(manager, async (em) => {
      let id = await this.repository.findDocumentId(entry.type, entry.refId, em);
      if (id === null) {
        id = await this.repository.insertDocument(values, em);
      } else {
        await this.repository.updateDocument(id, values, em);
        await this.repository.deleteTerms(id, em);
      }
      await this.repository.insertTerms(
        termRows(id, entry.type, entry.fields, values.visibleFrom, values.visibleTo),
        em,
      );
    });
  }

  /** Takes an item out of the index; nothing happens when it was not in it. */
  async remove(type: SearchType, refId: number, manager?: EntityManager): Promise<void> {
    await this.inTransaction(manager, async (em) => {
      const id = await this.repository.findDocumentId(type, refId, em);
      if (id === null) return;
      await this.repository.deleteTerms(id, em);
      await this.repository.deleteDocument(id, em);
    });
  }

  private inTransaction(manager: EntityManager | undefined, work: (em: EntityManager) => Promise<void>): Promise<void> {
    return manager ? work(manager) : this.dataSource.transaction(work);
  }
}
