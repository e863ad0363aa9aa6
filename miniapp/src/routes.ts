/**
 * The one route table. Page paths are written here only; app.config.ts builds `pages`, `tabBar` and
 * `subPackages` from it, and navigation.ts builds URLs from it. Pure data: app.config.ts evaluates it at build
 * time in Node, so nothing here may import Taro.
 */
import type { MessageKey } from './i18n/zh-CN'

export {
  PAGES,
  SUBPACKAGES,
  TAB_PAGES,
  isPageName,
  type PageName,
  type SubpageName,
  type TabName
} from '../../shared/src/pages/page-routes'
import { TAB_PAGES, PAGES, type PageName, type TabName } from '../../shared/src/pages/page-routes'

/** Tab order as shown in the tab bar. */
export const TAB_ORDER: readonly TabName[] = ['home', 'policy', 'job', 'match', 'me']

/** Tab bar text of each tab. */
export const TAB_TEXT_KEYS: Record<TabName, MessageKey> = {
  home: 'tab.home',
  policy: 'tab.policy',
  job: 'tab.job',
  match: 'tab.match',
  me: 'tab.me'
}

/** Navigation bar title of each page. */
export const PAGE_TITLE_KEYS: Record<PageName, MessageKey> = {
  home: 'title.home',
  policy: 'title.policy',
  job: 'title.job',
  match: 'title.match',
  me: 'title.me',
  announcementList: 'title.announcementList',
  announcementDetail: 'title.announcementDetail',
  login: 'title.login',
  register: 'title.register',
  privacy: 'title.privacy',
  talentProfile: 'title.talentProfile',
  phone: 'title.phone',
  myData: 'title.myData',
  orgRegister: 'title.orgRegister',
  orgMine: 'title.orgMine',
  staffHome: 'title.staffHome',
  staffVerification: 'title.staffVerification',
  staffAnnouncements: 'title.staffAnnouncements',
  staffAnnouncementEdit: 'title.staffAnnouncementEdit',
  staffAuditLog: 'title.staffAuditLog',
  staffCreateAccount: 'title.staffCreateAccount',
  policyDetail: 'title.policyDetail',
  policyMatch: 'title.policyMatch',
  policyFavorites: 'title.policyFavorites',
  search: 'title.search',
  parkList: 'title.parkList',
  parkDetail: 'title.parkDetail',
  parkBook: 'title.parkBook',
  myVisits: 'title.myVisits',
  financeList: 'title.financeList',
  financeDetail: 'title.financeDetail',
  financeContact: 'title.financeContact',
  myContactRequests: 'title.myContactRequests',
  hostVisits: 'title.hostVisits',
  hostContactRequests: 'title.hostContactRequests',
  staffPolicies: 'title.staffPolicies',
  staffPolicyEdit: 'title.staffPolicyEdit',
  staffPolicyImport: 'title.staffPolicyImport',
  jobDetail: 'title.jobDetail',
  jobApply: 'title.jobApply',
  myApplications: 'title.myApplications',
  applicationDetail: 'title.applicationDetail',
  jobFavorites: 'title.jobFavorites',
  inbox: 'title.inbox',
  orgPositions: 'title.orgPositions',
  orgPositionEdit: 'title.orgPositionEdit',
  orgApplicants: 'title.orgApplicants',
  orgApplicant: 'title.orgApplicant',
  orgPositionShare: 'title.orgPositionShare',
  staffPositions: 'title.staffPositions',
  projectList: 'title.projectList',
  projectDetail: 'title.projectDetail',
  myProjects: 'title.myProjects',
  projectEdit: 'title.projectEdit',
  talentBrowse: 'title.talentBrowse',
  reviewQueue: 'title.reviewQueue',
  reviewScore: 'title.reviewScore',
  eventList: 'title.eventList',
  eventDetail: 'title.eventDetail',
  myEvents: 'title.myEvents',
  eventTicket: 'title.eventTicket',
  challengeList: 'title.challengeList',
  challengeDetail: 'title.challengeDetail',
  challengeRespond: 'title.challengeRespond',
  myResponses: 'title.myResponses',
  orgChallenges: 'title.orgChallenges',
  orgChallengeEdit: 'title.orgChallengeEdit',
  orgChallengeResponses: 'title.orgChallengeResponses',
  myIntentions: 'title.myIntentions',
  intentionDetail: 'title.intentionDetail',
  intentionPropose: 'title.intentionPropose',
  staffProjects: 'title.staffProjects',
  staffProject: 'title.staffProject',
  staffEvents: 'title.staffEvents',
  staffEventEdit: 'title.staffEventEdit',
  staffEvent: 'title.staffEvent',
  staffChallenges: 'title.staffChallenges',
  staffIntentions: 'title.staffIntentions',
  staffDashboard: 'title.staffDashboard',
  conversations: 'title.conversations',
  conversation: 'title.conversation',
  deskAsk: 'title.deskAsk',
  myConsultations: 'title.myConsultations',
  consultationDetail: 'title.consultationDetail',
  faqList: 'title.faqList',
  faqDetail: 'title.faqDetail',
  staffDeskQueue: 'title.staffDeskQueue',
  staffConsultation: 'title.staffConsultation',
  staffFaqEdit: 'title.staffFaqEdit',
  staffDeskSettings: 'title.staffDeskSettings'
}

/** Pages a signed-out user is sent to; never a place to come back to after signing in. */
export const SIGN_IN_PAGES: readonly PageName[] = ['login', 'register']

export function isTabPage(page: PageName): page is TabName {
  return page in TAB_PAGES
}

/** Finds the page a router path ('/pages/me/index?x=1', 'pages/me/index') belongs to. */
export function pageFromPath(path: string | null | undefined): PageName | undefined {
  if (!path) return undefined
  const clean = path.replace(/^\/+/, '').split('?')[0]
  return (Object.keys(PAGES) as PageName[]).find((name) => PAGES[name] === clean)
}
