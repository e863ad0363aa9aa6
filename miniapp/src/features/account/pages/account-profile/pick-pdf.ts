import Taro from '@tarojs/taro'
import type { PickedFile } from '@/features/account/account.api'

/**
 * Lets the user choose one PDF. weapp: from a chat (the only place a mini-program can read documents from);
 * H5: the browser's file dialog through a hidden <input type=file>. Resolves with null when nothing was chosen
 * (on H5 a cancelled dialog reports nothing at all, so the promise then simply stays pending).
 */
export async function pickPdf(): Promise<PickedFile | null> {
  if (process.env.TARO_ENV === 'h5') return pickWithBrowser()
  try {
    const { tempFiles } = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf'] })
    const file = tempFiles[0]
    return file ? { path: file.path, name: file.name, size: file.size } : null
  } catch {
    // Cancelled.
    return null
  }
}

function pickWithBrowser(): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = 'application/pdf,.pdf'
    input.style.display = 'none'
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      input.remove()
      resolve(file ? { blob: file, name: file.name, size: file.size } : null)
    })
    // Some browsers only open the dialog for an input that is in the document.
    document.body.appendChild(input)
    input.click()
  })
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
