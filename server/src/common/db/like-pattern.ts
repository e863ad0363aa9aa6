// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * A LIKE pattern matching `text` anywhere: `%`, `_` and the escape character itself stand for themselves
 * (use with `ESCAPE '!'`). Control characters become spaces: SQLite ends a pattern at a NUL, which would turn
 * it into `%` and match every row.
 */
export function likePattern(text: string): string {
  return `%${text.replace(CONTROL_CHARACTERS, ' ').replace(/[!%_]/g, (c) => `!${c}`)}%`;
}
