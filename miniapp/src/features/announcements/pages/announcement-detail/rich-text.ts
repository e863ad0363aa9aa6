// Moved to components/ (the staff preview and the privacy policy render rich text too); kept for existing importers.
export { prepareRichText } from '@/components/rich-text'
