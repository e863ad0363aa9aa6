import type { ConsultationSubjectType } from '@ihaigui/shared';

/** The public title of what a question is about, looked up through the owning feature's service. */
export type SubjectTitles = Record<
  ConsultationSubjectType,
  (id: number) => Promise<{ title: string; titleEn: string | null } | null>
>;

export const SUBJECT_TITLES = Symbol('SUBJECT_TITLES');
