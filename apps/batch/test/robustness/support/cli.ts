// Running the built CLI from the robustness tests: build once (serialised across test files),
// spawn `node apps/batch/dist/cli.js batch ...` with a hard time limit, read its summary line.
import { execFileSync, spawn } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: apps/batch/test/robustness/support is five levels below it. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../..');
const distDir = join(repoRoot, 'apps', 'batch', 'dist');

/** The CLI the tests run: a snapshot of dist/ taken by ensureBuilt(). */
export let cliPath = join(distDir, 'cli.js');

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

let snapshot: string | null = null;

/** Removes the snapshot of the CLI taken by ensureBuilt() (call it in afterAll). */
export function releaseBuilt(): void {
  if (snapshot) rmSync(snapshot, { recursive: true, force: true });
  snapshot = null;
}

/**
 * Builds the CLI bundle with `node scripts/build.mjs` (a no-op when it is up to date) and takes a
 * snapshot of it (every file of dist/ but the source maps, with apps/batch/node_modules linked beside them for the
 * packages kept external) in a temporary folder (removed by releaseBuilt()): a rebuild
 * while the tests run (someone editing a package) cannot change the CLI under a running test.
 * Test files run in parallel, so the build is serialised with a lock folder.
 */
export function ensureBuilt(): string {
  const lock = join(tmpdir(), 'hemicycle-robustness-build.lock');
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 120_000)
        rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline)
        throw new Error(`the build lock ${lock} stayed taken for 3 minutes`);
      sleepSync(200);
    }
  }
  try {
    // Someone else's build (outside this lock) may be writing dist/ right now: retry until the
    // snapshot runs `batch --help`.
    for (let attempt = 1; ; attempt++) {
      execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs')], {
        cwd: repoRoot,
        stdio: 'pipe',
      });
      releaseBuilt();
      const copy = mkdtempSync(join(tmpdir(), 'hemicycle-cli-'));
      snapshot = copy;
      // every file but the source maps: the .js bundles, the engine (.cjs) and its code cache,
      // with their times, by which the cache knows the engine it was made from
      for (const name of readdirSync(distDir).filter((n) => !n.endsWith('.map'))) {
        copyFileSync(join(distDir, name), join(copy, name));
        const { atime, mtime } = statSync(join(distDir, name));
        utimesSync(join(copy, name), atime, mtime);
      }
      symlinkSync(join(repoRoot, 'apps', 'batch', 'node_modules'), join(copy, 'node_modules'));
      cliPath = join(copy, 'cli.js');
      try {
        execFileSync(process.execPath, [cliPath, 'batch', '--help'], { stdio: 'pipe' });
        break;
      } catch (error) {
        if (attempt >= 3) throw error;
        sleepSync(2000);
      }
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return cliPath;
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Hard limit: the process is killed with SIGKILL after this many ms. */
  timeoutMs?: number;
}

/** Runs `node dist/cli.js <args>` (CI=1: no progress line) and collects its output. */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, CI: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 120_000);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr, ms: performance.now() - started, timedOut });
    });
  });
}

export interface Summary {
  inputs: number;
  records: number;
  carried: number;
  failed: number;
}

const SUMMARY = /hemicycle: (\d+) inputs → (\d+) records(?: \((\d+) carried over\))?, (\d+) failed/;

/** The counts of the CLI's one-line summary, or null when there is none. */
export function parseSummary(stderr: string): Summary | null {
  const m = SUMMARY.exec(stderr);
  if (!m) return null;
  return {
    inputs: Number(m[1]),
    records: Number(m[2]),
    carried: Number(m[3] ?? 0),
    failed: Number(m[4]),
  };
}

/** The lines of a JSON Lines file, parsed; [] when the file does not exist. */
export function readJsonLines<T = Record<string, unknown>>(path: string): T[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as T);
}

/** A fresh temporary folder; callers remove it in afterAll. */
export function makeTempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `hemicycle-${label}-`));
}

/** What a failed run printed, for assertion messages. */
export function describeRun(run: CliRun): string {
  return `exit ${run.code} signal ${run.signal}${run.timedOut ? ' (timed out)' : ''} after ${Math.round(run.ms)} ms\nstderr: ${run.stderr.slice(0, 3000)}`;
}
