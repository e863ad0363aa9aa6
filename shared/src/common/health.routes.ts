import { defineRoutes } from './route';

// Filled in as the feature's controllers are bound to the contract.
export const healthRoutes = defineRoutes('health', {});
