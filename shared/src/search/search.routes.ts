import { defineRoutes } from '../common/route';
import { searchQuerySchema, searchResultSchema } from './search.schema';

export const searchRoutes = defineRoutes('search', {
  find: {
    method: 'GET',
    path: '/search',
    summary:
      'Policies, parks, finance services and announcements containing every word of q (Chinese or English), best first',
    public: true,
    query: searchQuerySchema,
    response: searchResultSchema,
  },
});
