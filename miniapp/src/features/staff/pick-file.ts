import type { ChosenFile } from '@/features/staff-policies/staff-policies.api'
import { pickFromChat, pickInBrowser } from '@/forms/pick-files'

/** The kinds of file the console uploads. */
export const FILE_KINDS = {
  pdf: { extension: 'pdf', accept: 'application/pdf,.pdf' },
  xlsx: { extension: 'xlsx', accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }
} as const

export type FileKind = keyof typeof FILE_KINDS

/** One file of a kind (H5: the file dialog; weapp: from a chat); null when nothing was chosen. */
export async function pickFile(kind: FileKind): Promise<ChosenFile | null> {
  const { extension, accept } = FILE_KINDS[kind]
  const files = process.env.TARO_ENV === 'h5' ? await pickInBrowser(accept) : await pickFromChat([extension])
  return files[0] ?? null
}

/** Whether the name ends with the kind's extension (the server checks the content too). */
export function hasExtension(file: ChosenFile, kind: FileKind): boolean {
  return file.name.toLowerCase().endsWith(`.${FILE_KINDS[kind].extension}`)
}
