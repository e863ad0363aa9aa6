export { callApi, uploadApi, type CallOptions, type QueryParams } from './request'
export { ApiRequestError, isApiRequestError, describeError, localizeErrorCode, type ClientErrorCode } from './errors'
export {
  fetchAnnouncement,
  fetchAnnouncementPage,
  fetchHomeAnnouncements,
  type HomeAnnouncements
} from './announcements'
export { queryKeys, type AuditLogFilter } from './query-keys'
export { createQueryClient } from './query-client'
export { useAnnouncement, useAnnouncementList, usePinnedAndLatest, ANNOUNCEMENT_LIST_PAGE_SIZE } from './hooks'
export {
  getSession,
  getAccessToken,
  setSession,
  clearSession,
  subscribeSession,
  onSessionExpired,
  SESSION_STORAGE_KEY,
  type Session
} from './session'
export { createSessionRefresher, type SessionRefresherDeps, type SessionTokens } from './session-refresh'
export { loginWithPassword, loginWithWechat, loginAsPersona, registerAccount, logout, fetchPrivacyPolicy } from './auth'
export {
  fetchMe,
  updateMe,
  giveConsent,
  updatePhone,
  exportMyData,
  deleteMyAccount,
  fetchTalentProfile,
  saveTalentProfile,
  uploadCv,
  type MyDataExport,
  type PickedFile
} from './account'
export { registerOrganization, fetchMyOrganization } from './organizations'
export * from './staff'
export { useSession, useUserId, useMe, useApplyMe } from './session-hooks'
export * from './account-hooks'
export * from './staff-hooks'
