import { z } from 'zod';
import { pageQuerySchema, pageSchema } from '../common/pagination';
import { searchText } from '../common/text';
import { consultationCategorySchema } from './consultation.schema';

/** An FAQ entry: a resolved consultation rewritten and anonymised by staff, in Chinese and English. */
export const faqSchema = z.object({
  id: z.number().int(),
  category: consultationCategorySchema,
  question: z.string(),
  questionEn: z.string().nullable(),
  answer: z.string(),
  answerEn: z.string().nullable(),
  publishedAt: z.string(),
  updatedAt: z.string(),
});
export type Faq = z.infer<typeof faqSchema>;
export const faqPageSchema = pageSchema(faqSchema);

export const faqInputSchema = z.strictObject({
  category: consultationCategorySchema,
  question: z.string().trim().min(4).max(200),
  questionEn: z.string().trim().min(4).max(400),
  answer: z.string().trim().min(4).max(4000),
  answerEn: z.string().trim().min(4).max(8000),
  /** The resolved consultation it was made from (linked, never shown publicly). */
  consultationId: z.number().int().positive().nullable().default(null),
});
export type FaqInput = z.input<typeof faqInputSchema>;

export const faqListQuerySchema = pageQuerySchema.extend({
  category: consultationCategorySchema.optional(),
  q: searchText(100).optional(),
});
/** Suggestions while a question is typed: the few entries closest to the text so far. */
export const faqSuggestQuerySchema = z.object({
  q: searchText(300),
  category: consultationCategorySchema.optional(),
});
export const faqSuggestionsSchema = z.object({ items: z.array(faqSchema).max(5) });
