import Taro from '@tarojs/taro'
import type { DownloadedFile } from '@/api/request'

/** H5: hands the bytes to the browser as a file download. */
function saveInBrowser(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/**
 * Gives the user a file the API sent: a download in the browser on H5 (under the server's file name), the
 * document viewer on weapp, whose menu saves or forwards it.
 */
export async function deliverDownload(
  file: DownloadedFile,
  fileType: 'xlsx' | 'pdf',
  fallbackName: string
): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    if (file.blob) saveInBrowser(file.blob, file.fileName ?? fallbackName)
    return
  }
  if (file.tempFilePath) await Taro.openDocument({ filePath: file.tempFilePath, fileType, showMenu: true })
}
