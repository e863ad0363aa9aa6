import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SearchType } from '@ihaigui/shared';

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

/** Keeps the search index in step with the public content; called inside the owner's transaction. */
@Injectable()
export class SearchIndexer {
  async index(_entry: SearchEntry, _manager?: EntityManager): Promise<void> {
    throw new Error('not implemented yet');
  }

  async remove(_type: SearchType, _refId: number, _manager?: EntityManager): Promise<void> {
    throw new Error('not implemented yet');
  }
}
