import { z } from 'zod';

/** An optional text field: trimmed, at most `max` characters; empty, missing or null is stored as null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

/** Control characters (C0, DEL, C1): never part of words a person searches for. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Words to search for: control characters become spaces (a NUL would end the pattern early in SQLite's LIKE and
 * match every row), then trimmed; `max` characters at most, and something must be left.
 */
export const searchText = (max: number) =>
  z
    .string()
    .transform((v) => v.replace(CONTROL_CHARACTERS, ' ').trim())
    .pipe(z.string().min(1).max(max));
