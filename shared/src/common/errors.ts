import { z } from 'zod';
import type { Bilingual, Locale } from './locale';

/**
 * Stable machine-readable error codes. Clients translate by code; the message the server sends is
 * already in the caller's language for clients that just show it.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'ROUTE_NOT_FOUND',
  'ANNOUNCEMENT_NOT_FOUND',
  'ANNOUNCEMENT_INVALID_TRANSITION',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_ERROR',
] as const;
export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const ERROR_MESSAGES: Record<ErrorCode, Bilingual> = {
  VALIDATION_FAILED: { zh: '提交的内容有误，请检查后重试', en: 'Some of the input is invalid. Please check and try again.' },
  ROUTE_NOT_FOUND: { zh: '请求的地址不存在', en: 'The requested address does not exist.' },
  ANNOUNCEMENT_NOT_FOUND: { zh: '公告不存在或已下线', en: 'This announcement does not exist or is no longer published.' },
  ANNOUNCEMENT_INVALID_TRANSITION: { zh: '公告当前状态不允许此操作', en: 'This action is not allowed in the announcement’s current state.' },
  PAYLOAD_TOO_LARGE: { zh: '提交的内容过大', en: 'The request is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { zh: '不支持的内容格式', en: 'This content type is not supported.' },
  BAD_REQUEST: { zh: '请求无法处理', en: 'The request could not be processed.' },
  UNAUTHENTICATED: { zh: '请先登录', en: 'Please sign in first.' },
  FORBIDDEN: { zh: '没有权限执行此操作', en: 'You do not have permission to do this.' },
  RATE_LIMITED: { zh: '操作过于频繁，请稍后再试', en: 'Too many requests. Please try again later.' },
  SERVICE_UNAVAILABLE: { zh: '服务暂不可用，请稍后再试', en: 'The service is temporarily unavailable. Please try again later.' },
  INTERNAL_ERROR: { zh: '服务器开小差了，请稍后再试', en: 'Something went wrong on our side. Please try again later.' },
};

/** Client-side failures that never come from the server but need the same treatment in the UI. */
export const CLIENT_ERROR_MESSAGES = {
  NETWORK_ERROR: { zh: '网络连接失败，请检查网络后重试', en: 'Network error. Check your connection and try again.' },
  UNKNOWN_ERROR: { zh: '出错了，请稍后再试', en: 'Something went wrong. Please try again later.' },
} satisfies Record<string, Bilingual>;

export function errorMessage(code: string, locale: Locale): string {
  const label = (ERROR_MESSAGES as Record<string, Bilingual | undefined>)[code] ?? ERROR_MESSAGES.INTERNAL_ERROR;
  return locale === 'en' ? label.en : label.zh;
}

export const fieldIssueSchema = z.object({
  path: z.string().describe('Dotted path of the offending field, e.g. "pageSize"'),
  message: z.string(),
});

/** The one error shape every failure has. */
export const apiErrorSchema = z.object({
  statusCode: z.number().int(),
  code: z.string().describe('Stable machine-readable code, e.g. ANNOUNCEMENT_NOT_FOUND'),
  message: z.string().describe("Human message in the caller's language"),
  requestId: z.string(),
  issues: z.array(fieldIssueSchema).optional().describe('Per-field problems for VALIDATION_FAILED'),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
