import { adminRoutes } from './account/admin.routes';
import { authRoutes } from './account/auth.routes';
import { meRoutes } from './account/me.routes';
import { announcementsRoutes } from './announcement/announcement.routes';
import { healthRoutes } from './common/health.routes';
import { conversationsRoutes } from './conversation/conversation.routes';
import { consultationsRoutes } from './desk/consultation.routes';
import { faqsRoutes } from './desk/faq.routes';
import { financeRoutes } from './finance/finance.routes';
import { applicationsRoutes } from './job/application.routes';
import { positionsRoutes } from './job/position.routes';
import { challengesRoutes } from './matchmaking/challenge.routes';
import { dashboardRoutes } from './matchmaking/dashboard.routes';
import { eventsRoutes } from './matchmaking/event.routes';
import { intentionsRoutes } from './matchmaking/intention.routes';
import { projectsRoutes } from './matchmaking/project.routes';
import { reviewsRoutes } from './matchmaking/review.routes';
import { notificationsRoutes } from './notification/notification.routes';
import { organizationsRoutes } from './organization/organization.routes';
import { parksRoutes } from './park/park.routes';
import { policiesRoutes } from './policy/policy.routes';
import { staffPoliciesRoutes } from './policy/staff-policy.routes';
import { searchRoutes } from './search/search.routes';

/**
 * Every endpoint of /api/v1 by feature: the one route contract that the server's controllers are bound to and the
 * mini-app calls through (see common/route.ts).
 */
export const API = {
  admin: adminRoutes,
  announcements: announcementsRoutes,
  applications: applicationsRoutes,
  auth: authRoutes,
  challenges: challengesRoutes,
  consultations: consultationsRoutes,
  conversations: conversationsRoutes,
  dashboard: dashboardRoutes,
  events: eventsRoutes,
  faqs: faqsRoutes,
  finance: financeRoutes,
  health: healthRoutes,
  intentions: intentionsRoutes,
  me: meRoutes,
  notifications: notificationsRoutes,
  organizations: organizationsRoutes,
  parks: parksRoutes,
  policies: policiesRoutes,
  positions: positionsRoutes,
  projects: projectsRoutes,
  reviews: reviewsRoutes,
  search: searchRoutes,
  staffPolicies: staffPoliciesRoutes,
} as const;
