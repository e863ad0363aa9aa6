import { healthCheckSchema } from './health';
import { defineRoutes } from './route';

export const healthRoutes = defineRoutes('health', {
  live: {
    method: 'GET',
    path: '/health/live',
    summary: 'Liveness: the process answers',
    public: true,
    response: healthCheckSchema,
  },
  ready: {
    method: 'GET',
    path: '/health/ready',
    summary: 'Readiness: the database (and Redis when configured) answer; 503 otherwise',
    public: true,
    response: healthCheckSchema,
  },
});
