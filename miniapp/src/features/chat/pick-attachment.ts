import Taro from '@tarojs/taro'
import type { UploadFile } from '@/api/request'

export interface ChosenAttachment extends UploadFile {
  size: number
}

const EXTENSIONS = ['jpg', 'jpeg', 'png', 'pdf']

/** Whether a file name looks like what a message may carry (the server judges the content). */
export function isSendableName(name: string): boolean {
  const ext = name.toLowerCase().split('.').pop() ?? ''
  return EXTENSIONS.includes(ext)
}

/**
 * One image or PDF. weapp: from a chat (where a mini-program reads files from); H5: the browser's file dialog
 * through a hidden input. Null when nothing was chosen (a dialog cancelled on H5 reports nothing: the promise stays
 * pending, which is harmless).
 */
export async function pickAttachment(): Promise<ChosenAttachment | null> {
  if (process.env.TARO_ENV === 'h5') {
    return new Promise((resolve) => {
      const input = document.createElement('input')
      input.type = 'file'
      input.accept = 'image/jpeg,image/png,application/pdf,.jpg,.jpeg,.png,.pdf'
      input.style.display = 'none'
      input.addEventListener('change', () => {
        const file = input.files?.[0]
        input.remove()
        resolve(file ? { blob: file, name: file.name, size: file.size } : null)
      })
      document.body.appendChild(input)
      input.click()
    })
  }
  try {
    const { tempFiles } = await Taro.chooseMessageFile({ count: 1, type: 'all', extension: EXTENSIONS })
    const file = tempFiles[0]
    return file ? { path: file.path, name: file.name, size: file.size } : null
  } catch {
    return null
  }
}
