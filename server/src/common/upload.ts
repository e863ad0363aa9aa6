import type { FastifyRequest } from 'fastify';
import { AppException } from './errors/app.exception';
import type { ErrorCode } from '@ihaigui/shared';

export interface Upload {
  fileName: string;
  data: Buffer;
}

/** Requests whose upload was refused half-way: their answer closes the connection instead of reading the rest. */
const CUT_OFF = new WeakSet<object>();

/** Whether the request's upload was refused before its body ended (see `readSingleUpload`). */
export function uploadCutOff(request: FastifyRequest): boolean {
  return CUT_OFF.has(request.raw);
}

/**
 * Reads the single file of a multipart request while it streams in. As soon as more than `maxBytes` of it have
 * arrived the upload is refused with 413 `tooLargeCode`: what was read is dropped, nothing is stored, and the rest of
 * the body is not waited for (the answer closes the connection).
 */
export async function readSingleUpload(
  request: FastifyRequest,
  maxBytes: number,
  tooLargeCode: ErrorCode,
): Promise<Upload> {
  if (!request.isMultipart()) throw new AppException('UNSUPPORTED_MEDIA_TYPE', 415, 'expected multipart/form-data');
  const part = await request.file({ limits: { fileSize: maxBytes, files: 1 }, throwFileSizeLimit: false });
  if (!part) throw new AppException('VALIDATION_FAILED', 400, 'no file part');
  const data = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    const stream = part.file;
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    // Busboy stops at maxBytes and says so the moment byte maxBytes + 1 arrives.
    stream.once('limit', () => {
      chunks.length = 0;
      stream.removeAllListeners('data');
      CUT_OFF.add(request.raw);
      request.raw.unpipe();
      reject(new AppException(tooLargeCode, 413, `upload above ${maxBytes} bytes`));
    });
    stream.once('end', () => {
      if (!stream.truncated) resolve(Buffer.concat(chunks));
    });
    stream.once('error', reject);
  });
  // Only the last path segment of a client-given name, and only printable characters.
  const fileName =
    (part.filename.split(/[\\/]/).pop() ?? 'file').replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 120) || 'file';
  return { fileName, data };
}
