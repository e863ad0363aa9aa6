import type { PickedFile } from '@/features/account/account.api'
import { pickFromChat, pickInBrowser } from '@/forms/pick-files'

/** Lets the user choose one PDF (H5: the file dialog; weapp: from a chat); null when nothing was chosen. */
export async function pickPdf(): Promise<PickedFile | null> {
  const files =
    process.env.TARO_ENV === 'h5' ? await pickInBrowser('application/pdf,.pdf') : await pickFromChat(['pdf'])
  return files[0] ?? null
}

/**
 * H5 only: whether the file starts like a PDF ("%PDF-"), as the server judges it. Spares uploading a wrong file
 * over a slow link; elsewhere (or when the file cannot be read) the server's answer decides.
 */
export async function looksLikePdf(file: PickedFile): Promise<boolean> {
  if (process.env.TARO_ENV !== 'h5' || !file.blob) return true
  try {
    const head = new Uint8Array(await file.blob.slice(0, 5).arrayBuffer())
    return String.fromCharCode(...Array.from(head)) === '%PDF-'
  } catch {
    return true
  }
}
