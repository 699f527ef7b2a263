/**
 * The embedded database for development and tests: FerretDB v1.24.2 (MongoDB wire protocol on SQLite),
 * built from source into the project-local `.tools/` folder on first use and started as a child process.
 *
 * Why not `go install …@v1.24.2`: the registry proxy here refuses the module's version list, and a
 * binary built that way panics at start because the module zip lacks build/version/version.txt. So we
 * download the exact module version, add version.txt, and build it ourselves (about a minute, once).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export const FERRETDB_VERSION = 'v1.24.2';
const MODULE = 'github.com/FerretDB/FerretDB';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const toolsDir = path.join(projectRoot, '.tools');
export const ferretdbBinary = path.join(toolsDir, 'bin', 'ferretdb');

type Log = (line: string) => void;

async function installedVersion(): Promise<string | undefined> {
  if (!existsSync(ferretdbBinary)) return undefined;
  try {
    const { stdout } = await execFileAsync(ferretdbBinary, ['--version']);
    return /version:\s*(\S+)/.exec(stdout)?.[1];
  } catch {
    return undefined;
  }
}

function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv }, log: Log) {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
      // `go` reports download progress on stderr ("go: downloading …"): show it so a first run is not silent.
      for (const line of chunk.toString().split('\n')) if (line.trim()) log(`  ${line.trim()}`);
    });
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(
              `${command} was not found: install Go 1.22 or newer (https://go.dev/dl/) or set MONGODB_URI to an existing MongoDB.`,
            )
          : error,
      ),
    );
    child.on('close', (code) =>
      code === 0
        ? resolve(stdout)
        : reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${stderr.slice(-2000)}`)),
    );
  });
}

/** Builds FerretDB into .tools/bin unless the right version is already there. Safe to call every start. */
export async function ensureFerretDB(log: Log = (line) => console.log(line)): Promise<string> {
  if ((await installedVersion()) === FERRETDB_VERSION) return ferretdbBinary;
  log(
    `Installing FerretDB ${FERRETDB_VERSION} into ${path.relative(process.cwd(), toolsDir) || toolsDir} (first run only, about a minute)…`,
  );
  const env = { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-mod=mod -buildvcs=false' };
  const download = JSON.parse(
    await run('go', ['mod', 'download', '-json', `${MODULE}@${FERRETDB_VERSION}`], { env }, log),
  ) as {
    Dir?: string;
    Error?: string;
  };
  if (!download.Dir)
    throw new Error(`Could not download ${MODULE}@${FERRETDB_VERSION}: ${download.Error ?? 'unknown error'}`);

  const sourceDir = path.join(toolsDir, 'src', `ferretdb-${FERRETDB_VERSION}`);
  rmSync(sourceDir, { recursive: true, force: true });
  mkdirSync(path.dirname(sourceDir), { recursive: true });
  cpSync(download.Dir, sourceDir, { recursive: true, mode: 0 });
  await run('chmod', ['-R', 'u+w', sourceDir], {}, log);
  writeFileSync(path.join(sourceDir, 'build', 'version', 'version.txt'), `${FERRETDB_VERSION}\n`);

  log('  building ferretdb (downloads its Go dependencies through the module proxy)…');
  mkdirSync(path.dirname(ferretdbBinary), { recursive: true });
  await run(
    'go',
    ['build', '-trimpath', '-o', ferretdbBinary, './cmd/ferretdb'],
    { cwd: sourceDir, env },
    log,
  );
  rmSync(sourceDir, { recursive: true, force: true });
  const version = await installedVersion();
  if (version !== FERRETDB_VERSION)
    throw new Error(`FerretDB build finished but reports version ${version ?? 'nothing'}.`);
  log(`FerretDB ${FERRETDB_VERSION} installed.`);
  return ferretdbBinary;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForPort(
  port: number,
  child: ChildProcess,
  output: () => string,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`FerretDB exited with code ${child.exitCode}:\n${output().slice(-2000)}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `FerretDB did not accept connections on port ${port} within ${timeoutMs / 1000} s:\n${output().slice(-2000)}`,
  );
}

export interface RunningFerretDB {
  port: number;
  /** Base URI without a database name; append `/<db>`. */
  uri: string;
  stop(): Promise<void>;
}

/**
 * Starts FerretDB on SQLite files in `dataDir` (one file per database). Note: SQLite `mode=memory`
 * deadlocks FerretDB 1.24 on updates, so tests use a throwaway directory instead.
 */
export async function startFerretDB(options: {
  dataDir: string;
  port?: number;
  log?: Log;
}): Promise<RunningFerretDB> {
  const binary = await ensureFerretDB(options.log);
  const port = options.port ?? (await freePort());
  const sqliteDir = path.resolve(options.dataDir);
  const stateDir = path.join(sqliteDir, '.state');
  mkdirSync(stateDir, { recursive: true });
  const child = spawn(
    binary,
    [
      '--handler=sqlite',
      `--sqlite-url=file:${sqliteDir}/`,
      `--listen-addr=127.0.0.1:${port}`,
      `--state-dir=${stateDir}`,
      '--telemetry=disable',
      '--debug-addr=-',
      '--log-level=error',
      '--log-format=text',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-10_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  await waitForPort(port, child, () => output);

  let stopping: Promise<void> | undefined;
  return {
    port,
    uri: `mongodb://127.0.0.1:${port}`,
    stop() {
      stopping ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      });
      return stopping;
    },
  };
}
