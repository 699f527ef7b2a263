/**
 * The real app for the API benchmark, in its own process so that the load generator does not share its
 * event loop: API only (no web build), background loops off (the figure is about serving searches; the
 * sync loop's periodic scan would add FerretDB work unrelated to the requests). Prints
 * "ready <port> <ms> <postings> <rss MB>", then "memory <rss MB> <peak rss MB> <heap used MB>" every
 * second.
 */
import { buildApp } from '../../../server/src/app';
import { loadConfig } from '../../../server/src/config';

const started = performance.now();
const config = loadConfig({
  ...process.env,
  NODE_ENV: 'production',
  SESSION_SECRET: 'benchmark-secret-benchmark-secret-0123',
  SERVE_WEB: 'false',
  LOG_LEVEL: 'warn',
});
const app = await buildApp({ ...config, backgroundJobs: false });
await app.listen({ host: '127.0.0.1', port: config.port });
const memory = process.memoryUsage();
console.log(
  `ready ${config.port} ${Math.round(performance.now() - started)} ${app.openPostings.size} ${Math.round(memory.rss / 1048576)}`,
);
setInterval(() => {
  const rss = process.memoryUsage().rss / 1048576;
  // maxRSS is in kilobytes: the process's peak resident memory so far.
  const peak = process.resourceUsage().maxRSS / 1024;
  const heap = process.memoryUsage().heapUsed / 1048576;
  console.log(`memory ${Math.round(rss)} ${Math.round(peak)} ${Math.round(heap)}`);
}, 1000).unref();
process.on('SIGTERM', async () => {
  await app.close();
  process.exit(0);
});
