import { defineRoutes } from '../common/route';

// Filled in as the feature's controllers are bound to the contract.
export const parksRoutes = defineRoutes('parks', {});
