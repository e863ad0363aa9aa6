import { defineRoutes } from '../common/route';
import { idParamSchema } from '../organization/organization.schema';
import {
  faqInputSchema,
  faqListQuerySchema,
  faqPageSchema,
  faqSchema,
  faqSuggestionsSchema,
  faqSuggestQuerySchema,
} from './faq.schema';

export const faqsRoutes = defineRoutes('faqs', {
  list: {
    method: 'GET',
    path: '/faqs',
    summary: 'Published FAQ entries by category, newest first, optionally matching words',
    public: true,
    query: faqListQuerySchema,
    response: faqPageSchema,
  },
  suggest: {
    method: 'GET',
    path: '/faqs/suggest',
    summary: 'Up to five entries closest to a question being typed',
    public: true,
    query: faqSuggestQuerySchema,
    response: faqSuggestionsSchema,
  },
  detail: {
    method: 'GET',
    path: '/faqs/:id',
    summary: 'One published FAQ entry',
    public: true,
    params: idParamSchema,
    response: faqSchema,
  },
  create: {
    method: 'POST',
    path: '/staff/faqs',
    summary: 'Publish an FAQ entry, usually from a resolved consultation (rewritten, anonymised, zh and en)',
    body: faqInputSchema,
    response: faqSchema,
  },
  update: {
    method: 'PUT',
    path: '/staff/faqs/:id',
    summary: 'Edit an FAQ entry',
    params: idParamSchema,
    body: faqInputSchema,
    response: faqSchema,
  },
  remove: {
    method: 'DELETE',
    path: '/staff/faqs/:id',
    summary: 'Withdraw an FAQ entry',
    params: idParamSchema,
    response: 'noContent',
  },
});
