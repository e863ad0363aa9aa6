import { z } from 'zod';

/** An optional text field: trimmed, at most `max` characters; empty, missing or null is stored as null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
