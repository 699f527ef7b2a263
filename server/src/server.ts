import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { DatabaseUnavailableError } from './plugins/db';

/** Entry point: validate configuration, build the app, listen, and shut down gracefully on signals. */
async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }

  let app: Awaited<ReturnType<typeof buildApp>>;
  try {
    app = await buildApp(config);
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) {
      console.error(`Database error: ${error.message}`);
      process.exit(69); // EX_UNAVAILABLE
    }
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(
        `Port ${config.port} is already in use: stop the other program or set PORT to a free port, e.g. PORT=3001.`,
      );
      process.exit(69);
    }
    throw error;
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const forced = setTimeout(() => process.exit(1), 10_000);
    forced.unref();
    await app.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.send?.({ type: 'listening', url: config.publicUrl });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
