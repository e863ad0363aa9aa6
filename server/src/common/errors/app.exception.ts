import type { ApiError, Bilingual, ErrorCode, ImportReport } from '@ihaigui/shared';

/**
 * The one exception services throw for expected failures. The filter turns it into the shared error shape,
 * with a message in the caller's language looked up by code.
 */
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly statusCode: number,
    /** Internal detail for logs; never sent to the client. */
    readonly detail?: string,
    /** Structured facts the client needs to act on the error (sent as is). */
    readonly extra?: { report?: ImportReport; reason?: Bilingual; issues?: ApiError['issues'] },
  ) {
    super(detail ?? code);
    this.name = 'AppException';
  }

  static notFound(code: ErrorCode, detail?: string) {
    return new AppException(code, 404, detail);
  }

  static conflict(code: ErrorCode, detail?: string) {
    return new AppException(code, 409, detail);
  }
}
