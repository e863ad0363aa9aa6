import type { UploadFile } from '@/api/request'
import { pickFromChat, pickInBrowser } from '@/forms/pick-files'

export interface ChosenAttachment extends UploadFile {
  size: number
}

const EXTENSIONS = ['jpg', 'jpeg', 'png', 'pdf']

/** Whether a file name looks like what a message may carry (the server judges the content). */
export function isSendableName(name: string): boolean {
  const ext = name.toLowerCase().split('.').pop() ?? ''
  return EXTENSIONS.includes(ext)
}

/** One image or PDF (H5: the file dialog; weapp: from a chat); null when nothing was chosen. */
export async function pickAttachment(): Promise<ChosenAttachment | null> {
  const files =
    process.env.TARO_ENV === 'h5'
      ? await pickInBrowser('image/jpeg,image/png,application/pdf,.jpg,.jpeg,.png,.pdf')
      : await pickFromChat(EXTENSIONS, 1, 'all')
  return files[0] ?? null
}
