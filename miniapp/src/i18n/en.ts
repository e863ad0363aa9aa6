import type { Messages } from './zh-CN'

/** English UI messages; must have exactly the keys of zh-CN.ts. */
export const en: Messages = {
  'app.name': 'i海归',
  'app.tagline': 'Where overseas talent and the city grow together',

  'tab.home': 'Home',
  'tab.policy': 'Policies',
  'tab.job': 'Jobs',
  'tab.match': 'Matchmaking',
  'tab.me': 'Me',

  'title.home': 'i海归',
  'title.policy': 'Talent policies',
  'title.job': 'Positions',
  'title.match': 'Matchmaking',
  'title.me': 'My account',
  'title.announcementList': 'Announcements',
  'title.announcementDetail': 'Announcement',

  'lang.zh-CN': '中文',
  'lang.en': 'English',

  'common.retry': 'Retry',
  'common.loading': 'Loading…',
  'common.loadingMore': 'Loading more…',
  'common.loadMore': 'Load more',
  'common.noMore': 'No more',
  'common.more': 'More',
  'common.empty': 'Nothing here yet',
  'common.requestId': 'Request ID: {id}',
  'common.backHome': 'Back to home',
  'common.pinned': 'Pinned',
  'common.comingSoon': 'Coming soon',

  'home.searchPlaceholder': 'Search what matters to you',
  'home.searchSoon': 'Search is coming soon',
  'home.pinned': 'Pinned announcements',
  'home.latest': 'Latest announcements',
  'home.empty': 'No announcements have been published yet',

  'list.all': 'All',
  'list.empty': 'No announcements in this category yet',

  'detail.views': '{count} views',
  'detail.viewsOne': '1 view',
  'detail.englishFallback': 'English version not available, showing Chinese',

  'soon.whatsComing': 'What you will be able to do',
  'soon.meanwhile': 'Read the latest announcements',

  'policy.heading': 'Talent policies, made clear',
  'policy.intro': 'City and district policies for returnees and overseas talent in one place, with a check of which ones fit your degree, field and year of return.',
  'policy.feature1': 'Browse by region, category and target group; see benefit amounts and validity',
  'policy.feature2': 'Enter a few facts about yourself and check eligibility automatically',
  'policy.feature3': 'Original texts and attachments, with alerts when a policy changes',

  'job.heading': 'High-level positions, straight from employers',
  'job.intro': 'Positions posted by verified companies, parks, universities and research institutes, each reviewed by the service center.',
  'job.feature1': 'Filter by industry, district and degree required',
  'job.feature2': 'Apply online and follow every application to its outcome',
  'job.feature3': 'Your personal data is shown only to the employers you apply to',

  'match.heading': 'Projects and partners, matched all year',
  'match.intro': 'The matchmaking fair, online: register a startup project, join roadshows, take on enterprise challenges, and follow each intention to a signed agreement.',
  'match.feature1': 'Register a startup project for expert review and introductions to parks and funds',
  'match.feature2': 'Sign up for fairs and roadshows, online or on site',
  'match.feature3': 'Answer enterprise challenges and track intentions through to signing',

  'me.guest': 'Guest',
  'me.signInLater': 'Sign-in is coming later. You will follow your applications and projects here.',
  'me.language': 'Language',
  'me.about': 'About',
  'me.version': 'Version',
  'me.operator': 'Operated by',
  'me.operatorName': 'Overseas Talent Service Center'
}
