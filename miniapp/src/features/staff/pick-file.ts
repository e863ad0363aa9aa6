import Taro from '@tarojs/taro'
import type { ChosenFile } from '@/features/staff-policies/staff-policies.api'

/** The kinds of file the console uploads. */
export const FILE_KINDS = {
  pdf: { extension: 'pdf', accept: 'application/pdf,.pdf' },
  xlsx: { extension: 'xlsx', accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }
} as const

export type FileKind = keyof typeof FILE_KINDS

/**
 * One file of a kind. weapp: from a chat (where a mini-program reads documents from); H5: the browser's file dialog
 * through a hidden file input. Resolves with null when nothing was chosen; a dialog cancelled on H5 reports nothing,
 * so that promise just stays pending, which is harmless.
 */
export async function pickFile(kind: FileKind): Promise<ChosenFile | null> {
  const { extension, accept } = FILE_KINDS[kind]
  if (process.env.TARO_ENV === 'h5') {
    return new Promise((resolve) => {
      const input = document.createElement('input')
      input.type = 'file'
      input.accept = accept
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
    const { tempFiles } = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: [extension] })
    const file = tempFiles[0]
    return file ? { path: file.path, name: file.name, size: file.size } : null
  } catch {
    return null
  }
}

/** Whether the name ends with the kind's extension (the server checks the content too). */
export function hasExtension(file: ChosenFile, kind: FileKind): boolean {
  return file.name.toLowerCase().endsWith(`.${FILE_KINDS[kind].extension}`)
}
