/**
 * The load generator of the API benchmark, in its own process (the benchmark's own heap holds 100k
 * postings; its garbage collections would throttle the load): autocannon over a list of paths, rotating,
 * one path per request. Reads `{ url, paths, connections, duration }` as JSON on stdin, prints the
 * autocannon result as JSON.
 */
import autocannon from 'autocannon';

const input = JSON.parse(
  await new Promise<string>((resolve) => {
    let text = '';
    process.stdin.on('data', (chunk) => {
      text += chunk;
    });
    process.stdin.on('end', () => resolve(text));
  }),
) as { url: string; paths: string[]; connections: number; duration: number; warmup: number };

let next = 0;
const run = (duration: number) =>
  autocannon({
    url: input.url,
    connections: input.connections,
    duration,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          request.path = input.paths[next++ % input.paths.length]!;
          return request;
        },
      },
    ],
  });
if (input.warmup > 0) await run(input.warmup);
const result = await run(input.duration);
console.log(
  JSON.stringify({
    rps: result.requests.average,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    total: result.requests.total,
  }),
);
