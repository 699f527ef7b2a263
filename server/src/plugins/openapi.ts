import swagger from '@fastify/swagger';
import fp from 'fastify-plugin';

/**
 * OpenAPI 3 document generated from the route schemas (which come from shared/ contracts), served at
 * GET /api/docs. Registered before the routes so it sees them all.
 */
export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Chợ Tình Người API',
          description:
            'API của Chợ Tình Người — việc làm cho người chấp hành xong án phạt tù. Errors share one envelope ' +
            '{ statusCode, code, message, requestId }; messages follow the `lang` cookie or Accept-Language (vi, en).',
          version: '0.1.0',
        },
        servers: [{ url: app.config.publicUrl }],
        components: {
          securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ctn_session' } },
        },
      },
      hideUntagged: false,
    });
    app.get('/api/docs', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi', dependencies: ['config'] },
);
