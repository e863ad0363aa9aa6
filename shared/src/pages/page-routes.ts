/**
 * The mini-app's page table: every page path is written here only. The mini-app builds its app config (pages, tab
 * bar, subpackages) and its navigation from it; the server builds links into the mini-app (subscribe messages, inbox
 * entries) from it. Pure data with no imports: the mini-app's build evaluates it in Node.
 */
export const TAB_PAGES = {
  home: 'pages/home/index',
  policy: 'pages/policy/index',
  job: 'pages/job/index',
  match: 'pages/match/index',
  me: 'pages/me/index',
} as const;

export const SUBPACKAGES = {
  announcement: {
    root: 'packages/announcement',
    pages: {
      announcementList: 'list/index',
      announcementDetail: 'detail/index',
    },
  },
  account: {
    root: 'packages/account',
    pages: {
      login: 'login/index',
      register: 'register/index',
      privacy: 'privacy/index',
      talentProfile: 'profile/index',
      phone: 'phone/index',
      myData: 'data/index',
    },
  },
  org: {
    root: 'packages/org',
    pages: {
      orgRegister: 'register/index',
      orgMine: 'mine/index',
    },
  },
  policy: {
    root: 'packages/policy',
    pages: {
      policyDetail: 'detail/index',
      policyMatch: 'match/index',
      policyFavorites: 'favorites/index',
    },
  },
  search: {
    root: 'packages/search',
    pages: {
      search: 'index/index',
    },
  },
  park: {
    root: 'packages/park',
    pages: {
      parkList: 'list/index',
      parkDetail: 'detail/index',
      parkBook: 'book/index',
      myVisits: 'my-visits/index',
    },
  },
  finance: {
    root: 'packages/finance',
    pages: {
      financeList: 'list/index',
      financeDetail: 'detail/index',
      financeContact: 'contact/index',
      myContactRequests: 'my-requests/index',
    },
  },
  host: {
    root: 'packages/host',
    pages: {
      hostVisits: 'visits/index',
      hostContactRequests: 'contact-requests/index',
    },
  },
  job: {
    root: 'packages/job',
    pages: {
      jobDetail: 'detail/index',
      jobApply: 'apply/index',
      myApplications: 'applications/index',
      applicationDetail: 'application/index',
      jobFavorites: 'favorites/index',
    },
  },
  inbox: {
    root: 'packages/inbox',
    pages: {
      inbox: 'index/index',
    },
  },
  recruit: {
    root: 'packages/recruit',
    pages: {
      orgPositions: 'positions/index',
      orgPositionEdit: 'position-edit/index',
      orgApplicants: 'applicants/index',
      orgApplicant: 'applicant/index',
      orgPositionShare: 'share/index',
    },
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
      reviewScore: 'review/index',
    },
  },
  event: {
    root: 'packages/event',
    pages: {
      eventList: 'list/index',
      eventDetail: 'detail/index',
      myEvents: 'mine/index',
      eventTicket: 'ticket/index',
    },
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
      orgChallengeResponses: 'org-responses/index',
    },
  },
  intention: {
    root: 'packages/intention',
    pages: {
      myIntentions: 'list/index',
      intentionDetail: 'detail/index',
      intentionPropose: 'propose/index',
    },
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
      staffIntentions: 'intentions/index',
    },
  },
  desk: {
    root: 'packages/desk',
    pages: {
      deskAsk: 'ask/index',
      myConsultations: 'mine/index',
      consultationDetail: 'detail/index',
      faqList: 'faq/index',
      faqDetail: 'faq-detail/index',
    },
  },
  staffDesk: {
    root: 'packages/staff-desk',
    pages: {
      staffDeskQueue: 'queue/index',
      staffConsultation: 'consultation/index',
      staffFaqEdit: 'faq-edit/index',
      staffDeskSettings: 'settings/index',
    },
  },
  chat: {
    root: 'packages/chat',
    pages: {
      conversations: 'list/index',
      conversation: 'room/index',
    },
  },
  dashboard: {
    root: 'packages/dashboard',
    pages: {
      staffDashboard: 'index/index',
    },
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
      staffPositions: 'positions/index',
    },
  },
} as const;

type Subpackages = typeof SUBPACKAGES;

export type TabName = keyof typeof TAB_PAGES;
/** Name of a page in any subpackage. */
export type SubpageName = { [R in keyof Subpackages]: keyof Subpackages[R]['pages'] & string }[keyof Subpackages];
export type PageName = TabName | SubpageName;

function allPages(): Record<PageName, string> {
  const pages: Record<string, string> = { ...TAB_PAGES };
  for (const { root, pages: inPackage } of Object.values(SUBPACKAGES) as Array<{
    root: string;
    pages: Record<string, string>;
  }>) {
    for (const [name, page] of Object.entries(inPackage)) pages[name] = `${root}/${page}`;
  }
  return pages as Record<PageName, string>;
}

/** Every page path (no leading slash), keyed by name. */
export const PAGES: { readonly [N in PageName]: string } = allPages();

/** Whether a string names a page (links stored in the database are plain strings). */
export function isPageName(name: string): name is PageName {
  return Object.prototype.hasOwnProperty.call(PAGES, name);
}
