/**
 * A client-given file name made safe to store and to send back: Unicode-normalised (NFC), only its last path
 * segment, only letters, digits, `.`, `_`, space and `-`, at most `maxLength` characters counted as code points
 * (never a broken surrogate pair) and ending in `.extension`, which fits within the limit.
 */
export function storedFileName(clientName: string, extension: string, maxLength = 120): string {
  const suffix = `.${extension.toLowerCase()}`;
  const lastSegment = clientName.normalize('NFC').split(/[\\/]/).pop() ?? '';
  let base = lastSegment.replace(/[^\p{L}\p{N}._ -]/gu, '_').trim();
  if (base.toLowerCase().endsWith(suffix)) base = base.slice(0, -suffix.length);
  const room = Math.max(1, maxLength - suffix.length);
  const kept = Array.from(base).slice(0, room).join('').trim();
  return `${kept || 'file'}${suffix}`;
}
