import type { FastifyRequest } from 'fastify';
import { AppException } from './errors/app.exception';
import type { ErrorCode } from '@ihaigui/shared';

export interface Upload {
  fileName: string;
  data: Buffer;
}

/** Reads the single file of a multipart request, refusing it above `maxBytes` with `tooLargeCode`. */
export async function readSingleUpload(
  request: FastifyRequest,
  maxBytes: number,
  tooLargeCode: ErrorCode,
): Promise<Upload> {
  if (!request.isMultipart()) throw new AppException('UNSUPPORTED_MEDIA_TYPE', 415, 'expected multipart/form-data');
  const part = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  if (!part) throw new AppException('VALIDATION_FAILED', 400, 'no file part');
  let data: Buffer;
  try {
    data = await part.toBuffer();
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppException(tooLargeCode, 413);
    throw err;
  }
  // Only the last path segment of a client-given name, and only printable characters.
  const fileName =
    (part.filename.split(/[\\/]/).pop() ?? 'file').replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 120) || 'file';
  return { fileName, data };
}
