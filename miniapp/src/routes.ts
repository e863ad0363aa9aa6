/**
 * The one route table. Page paths are written here only; app.config.ts builds `pages`, `tabBar` and
 * `subPackages` from it, and navigation.ts builds URLs from it. Pure data: app.config.ts evaluates it at build
 * time in Node, so nothing here may import Taro.
 */
import type { MessageKey } from './i18n/zh-CN'

export const TAB_PAGES = {
  home: 'pages/home/index',
  policy: 'pages/policy/index',
  job: 'pages/job/index',
  match: 'pages/match/index',
  me: 'pages/me/index'
} as const

export const SUBPACKAGES = {
  announcement: {
    root: 'packages/announcement',
    pages: {
      announcementList: 'list/index',
      announcementDetail: 'detail/index'
    }
  },
  account: {
    root: 'packages/account',
    pages: {
      login: 'login/index',
      register: 'register/index',
      privacy: 'privacy/index',
      talentProfile: 'profile/index',
      phone: 'phone/index',
      myData: 'data/index'
    }
  },
  org: {
    root: 'packages/org',
    pages: {
      orgRegister: 'register/index',
      orgMine: 'mine/index'
    }
  },
  policy: {
    root: 'packages/policy',
    pages: {
      policyDetail: 'detail/index',
      policyMatch: 'match/index',
      policyFavorites: 'favorites/index'
    }
  },
  search: {
    root: 'packages/search',
    pages: {
      search: 'index/index'
    }
  },
  park: {
    root: 'packages/park',
    pages: {
      parkList: 'list/index',
      parkDetail: 'detail/index',
      parkBook: 'book/index',
      myVisits: 'my-visits/index'
    }
  },
  finance: {
    root: 'packages/finance',
    pages: {
      financeList: 'list/index',
      financeDetail: 'detail/index',
      financeContact: 'contact/index',
      myContactRequests: 'my-requests/index'
    }
  },
  host: {
    root: 'packages/host',
    pages: {
      hostVisits: 'visits/index',
      hostContactRequests: 'contact-requests/index'
    }
  },
  job: {
    root: 'packages/job',
    pages: {
      jobDetail: 'detail/index',
      jobApply: 'apply/index',
      myApplications: 'applications/index',
      applicationDetail: 'application/index',
      jobFavorites: 'favorites/index'
    }
  },
  inbox: {
    root: 'packages/inbox',
    pages: {
      inbox: 'index/index'
    }
  },
  recruit: {
    root: 'packages/recruit',
    pages: {
      orgPositions: 'positions/index',
      orgPositionEdit: 'position-edit/index',
      orgApplicants: 'applicants/index',
      orgApplicant: 'applicant/index',
      orgPositionShare: 'share/index'
    }
  },
  project: {
    root: 'packages/project',
    pages: {
      projectList: 'list/index',
      projectDetail: 'detail/index',
      myProjects: 'mine/index',
      projectEdit: 'edit/index',
      talentBrowse: 'talents/index',
      reviewQueue: 'reviews/index',
      reviewScore: 'review/index'
    }
  },
  event: {
    root: 'packages/event',
    pages: {
      eventList: 'list/index',
      eventDetail: 'detail/index',
      myEvents: 'mine/index',
      eventTicket: 'ticket/index'
    }
  },
  challenge: {
    root: 'packages/challenge',
    pages: {
      challengeList: 'list/index',
      challengeDetail: 'detail/index',
      challengeRespond: 'respond/index',
      myResponses: 'responses/index',
      orgChallenges: 'org/index',
      orgChallengeEdit: 'edit/index',
      orgChallengeResponses: 'org-responses/index'
    }
  },
  intention: {
    root: 'packages/intention',
    pages: {
      myIntentions: 'list/index',
      intentionDetail: 'detail/index',
      intentionPropose: 'propose/index'
    }
  },
  console: {
    root: 'packages/console',
    pages: {
      staffProjects: 'projects/index',
      staffProject: 'project/index',
      staffEvents: 'events/index',
      staffEventEdit: 'event-edit/index',
      staffEvent: 'event/index',
      staffChallenges: 'challenges/index',
      staffIntentions: 'intentions/index'
    }
  },
  dashboard: {
    root: 'packages/dashboard',
    pages: {
      staffDashboard: 'index/index'
    }
  },
  staff: {
    root: 'packages/staff',
    pages: {
      staffHome: 'home/index',
      staffVerification: 'verification/index',
      staffAnnouncements: 'announcements/index',
      staffAnnouncementEdit: 'announcement-edit/index',
      staffAuditLog: 'audit-log/index',
      staffCreateAccount: 'create-staff/index',
      staffPolicies: 'policies/index',
      staffPolicyEdit: 'policy-edit/index',
      staffPolicyImport: 'policy-import/index',
      staffPositions: 'positions/index'
    }
  }
} as const

type Subpackages = typeof SUBPACKAGES

export type TabName = keyof typeof TAB_PAGES
/** Name of a page in any subpackage. */
export type SubpageName = { [R in keyof Subpackages]: keyof Subpackages[R]['pages'] & string }[keyof Subpackages]
export type PageName = TabName | SubpageName

const { announcement, account, org, staff, policy, search, park, finance, host, job, inbox, recruit, project, event, challenge, intention, console: staffConsole, dashboard } = SUBPACKAGES

/** Every page path (no leading slash), keyed by name. */
export const PAGES = {
  ...TAB_PAGES,
  announcementList: `${announcement.root}/${announcement.pages.announcementList}`,
  announcementDetail: `${announcement.root}/${announcement.pages.announcementDetail}`,
  login: `${account.root}/${account.pages.login}`,
  register: `${account.root}/${account.pages.register}`,
  privacy: `${account.root}/${account.pages.privacy}`,
  talentProfile: `${account.root}/${account.pages.talentProfile}`,
  phone: `${account.root}/${account.pages.phone}`,
  myData: `${account.root}/${account.pages.myData}`,
  orgRegister: `${org.root}/${org.pages.orgRegister}`,
  orgMine: `${org.root}/${org.pages.orgMine}`,
  staffHome: `${staff.root}/${staff.pages.staffHome}`,
  staffVerification: `${staff.root}/${staff.pages.staffVerification}`,
  staffAnnouncements: `${staff.root}/${staff.pages.staffAnnouncements}`,
  staffAnnouncementEdit: `${staff.root}/${staff.pages.staffAnnouncementEdit}`,
  staffAuditLog: `${staff.root}/${staff.pages.staffAuditLog}`,
  staffCreateAccount: `${staff.root}/${staff.pages.staffCreateAccount}`,
  policyDetail: `${policy.root}/${policy.pages.policyDetail}`,
  policyMatch: `${policy.root}/${policy.pages.policyMatch}`,
  policyFavorites: `${policy.root}/${policy.pages.policyFavorites}`,
  search: `${search.root}/${search.pages.search}`,
  parkList: `${park.root}/${park.pages.parkList}`,
  parkDetail: `${park.root}/${park.pages.parkDetail}`,
  parkBook: `${park.root}/${park.pages.parkBook}`,
  myVisits: `${park.root}/${park.pages.myVisits}`,
  financeList: `${finance.root}/${finance.pages.financeList}`,
  financeDetail: `${finance.root}/${finance.pages.financeDetail}`,
  financeContact: `${finance.root}/${finance.pages.financeContact}`,
  myContactRequests: `${finance.root}/${finance.pages.myContactRequests}`,
  hostVisits: `${host.root}/${host.pages.hostVisits}`,
  hostContactRequests: `${host.root}/${host.pages.hostContactRequests}`,
  staffPolicies: `${staff.root}/${staff.pages.staffPolicies}`,
  staffPolicyEdit: `${staff.root}/${staff.pages.staffPolicyEdit}`,
  staffPolicyImport: `${staff.root}/${staff.pages.staffPolicyImport}`,
  jobDetail: `${job.root}/${job.pages.jobDetail}`,
  jobApply: `${job.root}/${job.pages.jobApply}`,
  myApplications: `${job.root}/${job.pages.myApplications}`,
  applicationDetail: `${job.root}/${job.pages.applicationDetail}`,
  jobFavorites: `${job.root}/${job.pages.jobFavorites}`,
  inbox: `${inbox.root}/${inbox.pages.inbox}`,
  orgPositions: `${recruit.root}/${recruit.pages.orgPositions}`,
  orgPositionEdit: `${recruit.root}/${recruit.pages.orgPositionEdit}`,
  orgApplicants: `${recruit.root}/${recruit.pages.orgApplicants}`,
  orgApplicant: `${recruit.root}/${recruit.pages.orgApplicant}`,
  orgPositionShare: `${recruit.root}/${recruit.pages.orgPositionShare}`,
  staffPositions: `${staff.root}/${staff.pages.staffPositions}`,
  projectList: `${project.root}/${project.pages.projectList}`,
  projectDetail: `${project.root}/${project.pages.projectDetail}`,
  myProjects: `${project.root}/${project.pages.myProjects}`,
  projectEdit: `${project.root}/${project.pages.projectEdit}`,
  talentBrowse: `${project.root}/${project.pages.talentBrowse}`,
  reviewQueue: `${project.root}/${project.pages.reviewQueue}`,
  reviewScore: `${project.root}/${project.pages.reviewScore}`,
  eventList: `${event.root}/${event.pages.eventList}`,
  eventDetail: `${event.root}/${event.pages.eventDetail}`,
  myEvents: `${event.root}/${event.pages.myEvents}`,
  eventTicket: `${event.root}/${event.pages.eventTicket}`,
  challengeList: `${challenge.root}/${challenge.pages.challengeList}`,
  challengeDetail: `${challenge.root}/${challenge.pages.challengeDetail}`,
  challengeRespond: `${challenge.root}/${challenge.pages.challengeRespond}`,
  myResponses: `${challenge.root}/${challenge.pages.myResponses}`,
  orgChallenges: `${challenge.root}/${challenge.pages.orgChallenges}`,
  orgChallengeEdit: `${challenge.root}/${challenge.pages.orgChallengeEdit}`,
  orgChallengeResponses: `${challenge.root}/${challenge.pages.orgChallengeResponses}`,
  myIntentions: `${intention.root}/${intention.pages.myIntentions}`,
  intentionDetail: `${intention.root}/${intention.pages.intentionDetail}`,
  intentionPropose: `${intention.root}/${intention.pages.intentionPropose}`,
  staffProjects: `${staffConsole.root}/${staffConsole.pages.staffProjects}`,
  staffProject: `${staffConsole.root}/${staffConsole.pages.staffProject}`,
  staffEvents: `${staffConsole.root}/${staffConsole.pages.staffEvents}`,
  staffEventEdit: `${staffConsole.root}/${staffConsole.pages.staffEventEdit}`,
  staffEvent: `${staffConsole.root}/${staffConsole.pages.staffEvent}`,
  staffChallenges: `${staffConsole.root}/${staffConsole.pages.staffChallenges}`,
  staffIntentions: `${staffConsole.root}/${staffConsole.pages.staffIntentions}`,
  staffDashboard: `${dashboard.root}/${dashboard.pages.staffDashboard}`
} as const satisfies Record<PageName, string>

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
  staffDashboard: 'title.staffDashboard'
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
