/**
 * Small presentational fixes for server-sanitised HTML before it goes into <RichText>. Mini-program rich-text
 * cannot be reached by page stylesheets, so images get an inline width limit here.
 */
export function prepareRichText(html: string): string {
  // Line breaks between block tags would otherwise render as blank lines in rich-text.
  return html
    .replace(/>\s+</g, '><')
    .replace(/<img\b(?![^>]*\bstyle=)/gi, '<img style="max-width:100%;height:auto;display:block;margin:8px auto;"')
}
