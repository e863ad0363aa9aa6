import type { Page, PageQuery } from '@ihaigui/shared';

/** The rows a 1-based page covers: what a repository's paged query takes as offset and limit. */
export function window(query: PageQuery): { offset: number; limit: number } {
  return { offset: (query.page - 1) * query.pageSize, limit: query.pageSize };
}

/** The page envelope every list route answers with (shared `pageSchema`): the items, the total and the page asked for. */
export function pageOf<T>(items: T[], total: number, query: PageQuery): Page<T> {
  return { items, page: query.page, pageSize: query.pageSize, total };
}
