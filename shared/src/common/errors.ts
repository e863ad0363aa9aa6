import { z } from 'zod';
import type { Bilingual, Locale } from './locale';
import { importReportSchema } from '../policy/import.schema';

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
  'URL_TOO_LONG',
  'HEADERS_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'BAD_REQUEST',
  'AUTH_INVALID_CREDENTIALS',
  'AUTH_ACCOUNT_LOCKED',
  'AUTH_REFRESH_INVALID',
  'WECHAT_CODE_INVALID',
  'WECHAT_RATE_LIMITED',
  'WECHAT_USER_BLOCKED',
  'WECHAT_UNAVAILABLE',
  'DEV_LOGIN_DISABLED',
  'USERNAME_TAKEN',
  'PASSWORD_TOO_WEAK',
  'CONSENT_REQUIRED',
  'PROFILE_NOT_FOUND',
  'CV_NOT_PDF',
  'CV_TOO_LARGE',
  'ORGANIZATION_NOT_FOUND',
  'ORGANIZATION_USCC_TAKEN',
  'ORGANIZATION_ALREADY_MEMBER',
  'ORGANIZATION_NOT_VERIFIED',
  'ORGANIZATION_INVALID_TRANSITION',
  'POLICY_NOT_FOUND',
  'POLICY_INVALID_TRANSITION',
  'ATTACHMENT_NOT_PDF',
  'ATTACHMENT_TOO_LARGE',
  'ATTACHMENT_NOT_FOUND',
  'IMPORT_FILE_INVALID',
  'IMPORT_FILE_TOO_COMPLEX',
  'IMPORT_ROWS_INVALID',
  'PARK_NOT_FOUND',
  'VISIT_SLOT_NOT_FOUND',
  'VISIT_SLOT_FULL',
  'VISIT_SLOT_PAST',
  'VISIT_ALREADY_BOOKED',
  'BOOKING_NOT_FOUND',
  'BOOKING_INVALID_TRANSITION',
  'FINANCE_NOT_FOUND',
  'CONTACT_REQUEST_NOT_FOUND',
  'CONTACT_REQUEST_CLOSED',
  'POSITION_NOT_FOUND',
  'POSITION_INVALID_TRANSITION',
  'POSITION_EXPIRY_INVALID',
  'POSITION_ALREADY_EXTENDED',
  'POSITION_NOT_OPEN',
  'CONTENT_RISKY',
  'APPLICATION_NOT_FOUND',
  'APPLICATION_EXISTS',
  'APPLICATION_INVALID_TRANSITION',
  'NOTIFICATION_NOT_FOUND',
  'PROJECT_NOT_FOUND',
  'PROJECT_INVALID_TRANSITION',
  'PITCH_DECK_NOT_PDF',
  'PITCH_DECK_TOO_LARGE',
  'REVIEWER_NOT_ASSIGNED',
  'REVIEWER_INVALID',
  'EVENT_NOT_FOUND',
  'EVENT_INVALID_TRANSITION',
  'EVENT_REGISTRATION_CLOSED',
  'EVENT_ALREADY_REGISTERED',
  'EVENT_REGISTRATION_NOT_FOUND',
  'CHECK_IN_CODE_INVALID',
  'CHECK_IN_NOT_REGISTERED',
  'ROADSHOW_SLOT_NOT_FOUND',
  'ROADSHOW_PROJECT_NOT_SHORTLISTED',
  'ROADSHOW_NOT_ROADSHOW',
  'CHALLENGE_NOT_FOUND',
  'CHALLENGE_INVALID_TRANSITION',
  'CHALLENGE_NOT_OPEN',
  'CHALLENGE_DEADLINE_INVALID',
  'CHALLENGE_ALREADY_RESPONDED',
  'CHALLENGE_RESPONSE_NOT_FOUND',
  'CHALLENGE_RESPONSE_INVALID_TRANSITION',
  'INTENTION_NOT_FOUND',
  'INTENTION_INVALID_TRANSITION',
  'INTENTION_EXISTS',
  'INTENTION_TARGET_UNAVAILABLE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'IDEMPOTENCY_KEY_REUSED',
  'IDEMPOTENCY_KEY_IN_USE',
  'SERVICE_UNAVAILABLE',
  'DATABASE_UNAVAILABLE',
  'INTERNAL_ERROR',
] as const;
export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const ERROR_MESSAGES: Record<ErrorCode, Bilingual> = {
  VALIDATION_FAILED: {
    zh: '提交的内容有误，请检查后重试',
    en: 'Some of the input is invalid. Please check and try again.',
  },
  ROUTE_NOT_FOUND: { zh: '请求的地址不存在', en: 'The requested address does not exist.' },
  ANNOUNCEMENT_NOT_FOUND: {
    zh: '公告不存在或已下线',
    en: 'This announcement does not exist or is no longer published.',
  },
  ANNOUNCEMENT_INVALID_TRANSITION: {
    zh: '公告当前状态不允许此操作',
    en: 'This action is not allowed in the announcement’s current state.',
  },
  PAYLOAD_TOO_LARGE: { zh: '提交的内容过大', en: 'The request is too large.' },
  URL_TOO_LONG: { zh: '请求地址过长', en: 'The request address is too long.' },
  HEADERS_TOO_LARGE: { zh: '请求头过大', en: 'The request headers are too large.' },
  UNSUPPORTED_MEDIA_TYPE: { zh: '不支持的内容格式', en: 'This content type is not supported.' },
  BAD_REQUEST: { zh: '请求无法处理', en: 'The request could not be processed.' },
  AUTH_INVALID_CREDENTIALS: { zh: '用户名或密码错误', en: 'Wrong username or password.' },
  AUTH_ACCOUNT_LOCKED: { zh: '登录失败次数过多，请稍后再试', en: 'Too many failed sign-ins. Please try again later.' },
  AUTH_REFRESH_INVALID: { zh: '登录已过期，请重新登录', en: 'Your session has expired. Please sign in again.' },
  WECHAT_CODE_INVALID: { zh: '微信登录凭证无效，请重试', en: 'The WeChat sign-in code is invalid. Please try again.' },
  WECHAT_RATE_LIMITED: { zh: '微信登录过于频繁，请稍后再试', en: 'Too many WeChat sign-ins. Please try again later.' },
  WECHAT_USER_BLOCKED: { zh: '该微信账号存在风险，暂无法登录', en: 'This WeChat account cannot sign in right now.' },
  WECHAT_UNAVAILABLE: {
    zh: '微信服务暂不可用，请稍后再试',
    en: 'WeChat is not reachable right now. Please try again later.',
  },
  DEV_LOGIN_DISABLED: { zh: '演示登录仅在开发环境可用', en: 'Demo sign-in is only available in development.' },
  USERNAME_TAKEN: { zh: '用户名已被使用', en: 'This username is taken.' },
  PASSWORD_TOO_WEAK: {
    zh: '密码强度不足：至少10位，包含字母和数字，且不含用户名',
    en: 'Password too weak: at least 10 characters with letters and digits, not containing the username.',
  },
  CONSENT_REQUIRED: { zh: '请先阅读并同意隐私政策', en: 'Please read and accept the privacy policy first.' },
  PROFILE_NOT_FOUND: { zh: '请先填写人才档案', en: 'Please fill in your talent profile first.' },
  CV_NOT_PDF: { zh: '简历须为 PDF 文件', en: 'The CV must be a PDF file.' },
  CV_TOO_LARGE: { zh: '简历文件过大（最大5MB）', en: 'The CV file is too large (5 MB at most).' },
  ORGANIZATION_NOT_FOUND: { zh: '机构不存在', en: 'This organisation does not exist.' },
  ORGANIZATION_USCC_TAKEN: { zh: '该统一社会信用代码已注册', en: 'This credit code is already registered.' },
  ORGANIZATION_ALREADY_MEMBER: { zh: '您已属于一个机构', en: 'You already belong to an organisation.' },
  ORGANIZATION_NOT_VERIFIED: {
    zh: '机构通过认证后才能发布内容',
    en: 'Your organisation must be verified before it can publish.',
  },
  ORGANIZATION_INVALID_TRANSITION: {
    zh: '机构当前状态不允许此操作',
    en: 'This action is not allowed in the organisation’s current state.',
  },
  POLICY_NOT_FOUND: { zh: '政策不存在或已下线', en: 'This policy does not exist or is no longer published.' },
  POLICY_INVALID_TRANSITION: {
    zh: '政策当前状态不允许此操作',
    en: 'This action is not allowed in the policy’s current state.',
  },
  ATTACHMENT_NOT_PDF: { zh: '附件须为 PDF 文件', en: 'Attachments must be PDF files.' },
  ATTACHMENT_TOO_LARGE: { zh: '附件过大（最大10MB）', en: 'The attachment is too large (10 MB at most).' },
  ATTACHMENT_NOT_FOUND: { zh: '附件不存在', en: 'This attachment does not exist.' },
  IMPORT_FILE_INVALID: {
    zh: '无法读取该 Excel 文件，请使用下载的模板',
    en: 'This Excel file cannot be read. Please use the downloadable template.',
  },
  IMPORT_FILE_TOO_COMPLEX: {
    zh: '该 Excel 文件解压后过大或包含的部分过多，请使用下载的模板',
    en: 'This Excel file unpacks to too much data or too many parts. Please use the downloadable template.',
  },
  IMPORT_ROWS_INVALID: { zh: '部分行有误，未导入任何内容', en: 'Some rows are invalid; nothing was imported.' },
  PARK_NOT_FOUND: { zh: '园区不存在', en: 'This park does not exist.' },
  VISIT_SLOT_NOT_FOUND: { zh: '该参观时段不存在', en: 'This visit slot does not exist.' },
  VISIT_SLOT_FULL: { zh: '该时段名额已满，请选择其他时段', en: 'This slot is full. Please choose another time.' },
  VISIT_SLOT_PAST: { zh: '该时段已开始或已结束', en: 'This slot has already started or ended.' },
  VISIT_ALREADY_BOOKED: { zh: '您已预约该时段', en: 'You have already booked this slot.' },
  BOOKING_NOT_FOUND: { zh: '预约不存在', en: 'This booking does not exist.' },
  BOOKING_INVALID_TRANSITION: {
    zh: '预约当前状态不允许此操作',
    en: 'This action is not allowed in the booking’s current state.',
  },
  FINANCE_NOT_FOUND: { zh: '金融服务不存在', en: 'This finance service does not exist.' },
  CONTACT_REQUEST_NOT_FOUND: { zh: '咨询请求不存在', en: 'This contact request does not exist.' },
  CONTACT_REQUEST_CLOSED: { zh: '该咨询已关闭', en: 'This contact request is closed.' },
  POSITION_NOT_FOUND: { zh: '岗位不存在或已下线', en: 'This position does not exist or is no longer open.' },
  POSITION_INVALID_TRANSITION: {
    zh: '岗位当前状态不允许此操作',
    en: 'This action is not allowed in the position’s current state.',
  },
  POSITION_EXPIRY_INVALID: {
    zh: '截止日期须在今天之后、发布起90天以内',
    en: 'The closing date must be after today and within 90 days.',
  },
  POSITION_ALREADY_EXTENDED: { zh: '每个岗位只能延期一次', en: 'A position can be extended only once.' },
  POSITION_NOT_OPEN: { zh: '该岗位已停止招聘', en: 'This position is no longer taking applications.' },
  CONTENT_RISKY: {
    zh: '内容含有违规信息，请修改后再提交',
    en: 'The text contains content that is not allowed. Please revise it and submit again.',
  },
  APPLICATION_NOT_FOUND: { zh: '投递记录不存在', en: 'This application does not exist.' },
  APPLICATION_EXISTS: { zh: '您已投递过该岗位', en: 'You have already applied for this position.' },
  APPLICATION_INVALID_TRANSITION: {
    zh: '投递当前状态不允许此操作',
    en: 'This action is not allowed in the application’s current state.',
  },
  PROJECT_NOT_FOUND: { zh: '项目不存在或不可见', en: 'This project does not exist or is not visible to you.' },
  PROJECT_INVALID_TRANSITION: {
    zh: '项目当前状态不允许此操作',
    en: 'This action is not allowed in the project’s current state.',
  },
  PITCH_DECK_NOT_PDF: { zh: '路演材料须为 PDF 文件', en: 'The pitch deck must be a PDF file.' },
  PITCH_DECK_TOO_LARGE: { zh: '路演材料文件过大（最大20MB）', en: 'The pitch deck is too large (20 MB at most).' },
  REVIEWER_NOT_ASSIGNED: { zh: '您未被指派评审该项目', en: 'You are not assigned to review this project.' },
  REVIEWER_INVALID: { zh: '所选账号不能担任评审专家', en: 'The chosen account cannot review projects.' },
  EVENT_NOT_FOUND: { zh: '活动不存在或未发布', en: 'This event does not exist or is not published.' },
  EVENT_INVALID_TRANSITION: {
    zh: '活动当前状态不允许此操作',
    en: 'This action is not allowed in the event’s current state.',
  },
  EVENT_REGISTRATION_CLOSED: { zh: '活动报名已截止', en: 'Registration for this event has closed.' },
  EVENT_ALREADY_REGISTERED: { zh: '您已报名该活动', en: 'You have already registered for this event.' },
  EVENT_REGISTRATION_NOT_FOUND: { zh: '未找到报名记录', en: 'No registration was found.' },
  CHECK_IN_CODE_INVALID: { zh: '签到码无效或不属于本活动', en: 'This check-in code is not valid for this event.' },
  CHECK_IN_NOT_REGISTERED: {
    zh: '该报名为候补或已取消，不能签到',
    en: 'This registration is waitlisted or cancelled and cannot check in.',
  },
  ROADSHOW_SLOT_NOT_FOUND: { zh: '路演场次不存在', en: 'This roadshow slot does not exist.' },
  ROADSHOW_PROJECT_NOT_SHORTLISTED: {
    zh: '只有入围路演的项目才能安排路演',
    en: 'Only shortlisted projects can be given a roadshow slot.',
  },
  ROADSHOW_NOT_ROADSHOW: { zh: '该活动不是路演', en: 'This event is not a roadshow.' },
  CHALLENGE_NOT_FOUND: { zh: '榜单不存在或已下线', en: 'This challenge does not exist or is no longer open.' },
  CHALLENGE_INVALID_TRANSITION: {
    zh: '榜单当前状态不允许此操作',
    en: 'This action is not allowed in the challenge’s current state.',
  },
  CHALLENGE_NOT_OPEN: { zh: '该榜单已停止揭榜', en: 'This challenge is no longer taking responses.' },
  CHALLENGE_DEADLINE_INVALID: {
    zh: '截止日期须在今天之后、一年以内',
    en: 'The deadline must be after today and within a year.',
  },
  CHALLENGE_ALREADY_RESPONDED: { zh: '您已揭榜该榜单', en: 'You have already responded to this challenge.' },
  CHALLENGE_RESPONSE_NOT_FOUND: { zh: '揭榜方案不存在', en: 'This response does not exist.' },
  CHALLENGE_RESPONSE_INVALID_TRANSITION: {
    zh: '揭榜方案当前状态不允许此操作',
    en: 'This action is not allowed in the response’s current state.',
  },
  INTENTION_NOT_FOUND: { zh: '对接意向不存在', en: 'This intention does not exist.' },
  INTENTION_INVALID_TRANSITION: {
    zh: '对接意向当前状态不允许此操作',
    en: 'This step is not allowed in the intention’s current state.',
  },
  INTENTION_EXISTS: { zh: '双方已有进行中的对接意向', en: 'There is already an open intention between you.' },
  INTENTION_TARGET_UNAVAILABLE: { zh: '对方未开放对接', en: 'This project or talent is not open to proposals.' },
  NOTIFICATION_NOT_FOUND: { zh: '消息不存在', en: 'This message does not exist.' },
  UNAUTHENTICATED: { zh: '请先登录', en: 'Please sign in first.' },
  FORBIDDEN: { zh: '没有权限执行此操作', en: 'You do not have permission to do this.' },
  RATE_LIMITED: { zh: '操作过于频繁，请稍后再试', en: 'Too many requests. Please try again later.' },
  IDEMPOTENCY_KEY_REUSED: {
    zh: '该请求标识已用于另一项内容，请刷新后重试',
    en: 'This request key was already used for a different request. Please refresh and try again.',
  },
  IDEMPOTENCY_KEY_IN_USE: {
    zh: '相同的请求仍在处理中，请稍后再试',
    en: 'The same request is still being processed. Please try again shortly.',
  },
  SERVICE_UNAVAILABLE: {
    zh: '服务暂不可用，请稍后再试',
    en: 'The service is temporarily unavailable. Please try again later.',
  },
  DATABASE_UNAVAILABLE: {
    zh: '数据服务暂时无法访问，请稍后再试',
    en: 'Our data service is briefly unavailable. Please try again in a moment.',
  },
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
  report: importReportSchema.optional().describe('For IMPORT_ROWS_INVALID: the per-row check of the file'),
  reason: z
    .string()
    .optional()
    .describe("For CONTENT_RISKY: what kind of content was refused, in the caller's language"),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
