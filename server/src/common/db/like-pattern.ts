/**
 * A LIKE pattern matching `text` anywhere: `%`, `_` and the escape character itself stand for themselves
 * (use with `ESCAPE '!'`).
 */
export function likePattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}
