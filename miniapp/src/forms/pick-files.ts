import Taro from '@tarojs/taro'
import type { UploadFile } from '@/api/request'

/** A file the user chose, ready for `uploadApi`, with its size (checked before uploading). */
export interface PickedFile extends UploadFile {
  size: number
}

/**
 * H5: the browser's file dialog through a hidden file input (some browsers open it only for an input in the
 * document). A cancelled dialog reports nothing at all, so the promise then simply stays pending, which is harmless.
 */
export function pickInBrowser(accept: string, multiple = false): Promise<PickedFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.multiple = multiple
    input.style.display = 'none'
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? [])
      input.remove()
      resolve(files.map((file) => ({ blob: file, name: file.name, size: file.size })))
    })
    document.body.appendChild(input)
    input.click()
  })
}

/**
 * weapp: files from a chat, the only place a mini-program can read documents from; `type: 'all'` lets images be
 * chosen too. Nothing when the user cancels.
 */
export async function pickFromChat(
  extensions: string[],
  count = 1,
  type: 'file' | 'all' = 'file'
): Promise<PickedFile[]> {
  try {
    const { tempFiles } = await Taro.chooseMessageFile({ count, type, extension: extensions })
    return tempFiles.map((f) => ({ path: f.path, name: f.name, size: f.size }))
  } catch {
    return []
  }
}
