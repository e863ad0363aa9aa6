import { defineRoutes } from '../common/route';
import { dashboardExportQuerySchema, dashboardQuerySchema, dashboardSchema } from './dashboard.schema';

export const dashboardRoutes = defineRoutes('dashboard', {
  get: {
    method: 'GET',
    path: '/staff/dashboard',
    summary: 'Funnel, breakdowns and activity over local days [from, to], optionally for one event',
    query: dashboardQuerySchema,
    response: dashboardSchema,
  },
  export: {
    method: 'GET',
    path: '/staff/dashboard/export',
    summary: 'One table of the dashboard as an Excel file, headers and labels in the chosen language',
    query: dashboardExportQuerySchema,
    response: 'file',
  },
});
