import type { FastifyPluginAsync } from 'fastify';
import devRoutes from './dev/routes';
import healthRoutes from './health/routes';

/** Every domain module's routes, mounted under /api. One line per module. */
const modules: FastifyPluginAsync = async (app) => {
  await app.register(healthRoutes);
  await app.register(devRoutes);
};

export default modules;
