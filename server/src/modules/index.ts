import type { FastifyPluginAsync } from 'fastify';
import accountAdminRoutes from './accounts/admin-routes';
import accountRoutes from './accounts/routes';
import applicationRoutes from './applications/routes';
import auditRoutes from './audit/routes';
import consentRoutes from './consents/routes';
import devRoutes from './dev/routes';
import employerRoutes from './employers/routes';
import fairRoutes from './fairs/routes';
import healthRoutes from './health/routes';
import jobRoutes from './jobs/routes';
import matchingStore from './matching/plugin';
import matchingRoutes from './matching/routes';
import notificationRoutes from './notifications/routes';
import postingRoutes from './postings/routes';
import privacyRoutes from './privacy/routes';
import returneeRoutes from './returnees/routes';
import taskRoutes from './tasks/routes';

/** Every domain module's routes, mounted under /api. One line per module. */
const modules: FastifyPluginAsync = async (app) => {
  await app.register(healthRoutes);
  await app.register(devRoutes);
  await app.register(accountRoutes);
  await app.register(accountAdminRoutes);
  await app.register(employerRoutes);
  await app.register(returneeRoutes);
  await app.register(consentRoutes);
  await app.register(auditRoutes);
  await app.register(privacyRoutes);
  await app.register(postingRoutes);
  await app.register(jobRoutes);
  // Matching's in-memory store (decorates app.matching) before the modules that use it.
  await app.register(matchingStore);
  await app.register(matchingRoutes);
  await app.register(applicationRoutes);
  await app.register(notificationRoutes);
  await app.register(taskRoutes);
  await app.register(fairRoutes);
};

export default modules;
