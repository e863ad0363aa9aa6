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
    summary: 'Readiness: the database answers (503 otherwise); a configured Redis that is away shows as degraded',
    public: true,
    response: healthCheckSchema,
  },
});
