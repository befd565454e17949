// Adversarial inputs built for the project's own patterns (runs of digits, spaces, dots, capitals,
// brackets, abbreviations, list markers, the words its rules look for) through each stage, in a
// child process killed at a time bound: a catastrophic regex shows as a stage that never ends.
// The bounds are generous sanity checks (about 100 KB in seconds); speed belongs to the benchmark.
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeTempDir } from './support/cli';

const K = 100_000;
const fill = (unit: string, size = K) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const header =
  '## Resolution on Kazakhstan\n\n2012/2553(RSP) - 15/03/2012 - Text adopted by Parliament, single reading\n\n';

/** [label, text, time bound in ms] */
const INPUTS: [string, string, number][] = [
  ['100 KB of digits', fill('1'), 10_000],
  ['100 KB of "1 " (digits and spaces)', fill('1 '), 10_000],
  ['100 KB of "000 " (thousands groups)', `1 ${fill('000 ')}`, 10_000],
  ['100 KB of spaces then a letter', `${fill(' ')}x`, 10_000],
  ['100 KB of no-break spaces then a letter', `a${fill('\u00a0')}x`, 10_000],
  ['100 KB of line breaks', `x${fill('\n')}x`, 10_000],
  ['100 KB of CRLF and tabs', `x${fill('\r\n\t')}x`, 10_000],
  ['100 KB of dots', fill('.'), 10_000],
  ['100 KB of "a.a.a.a."', fill('a.'), 10_000],
  ['100 KB of "1.1.1."', fill('1.'), 10_000],
  ['100 KB of capitals', fill('A'), 10_000],
  ['100 KB of "EU " (acronyms)', fill('EU '), 10_000],
  ['100 KB of capitalised words', fill('Alexander Zhanaozen Kazakhstan '), 10_000],
  ['100 KB of "Aa Aa" (name-like tokens)', fill('Aa '), 10_000],
  ['100 KB of "((((("', fill('('), 10_000],
  ['100 KB of "(a(a(a"', fill('(a'), 10_000],
  ['100 KB of quotes', fill('"“‘\''), 10_000],
  ['100 KB of "- " list markers', fill('- '), 10_000],
  ['100 KB of "1. " numbered paragraphs', fill('1. '), 10_000],
  ['100 KB of "A. whereas "', fill('A. whereas '), 10_000],
  ['100 KB of "Mr. " / "e.g. " / "Art. "', fill('Mr. e.g. Art. cf. '), 10_000],
  ['100 KB of one lower-case word (no space)', fill('parliament'), 10_000],
  ['one capitalised word of 300 KB after a space', `x ${fill('Kazakhstan', 300_000)}`, 10_000],
  ['100 KB of "a-a-a-" (hyphen chains)', fill('a-'), 10_000],
  ['100 KB of "A/B/" (slashes)', fill('OSCE/'), 10_000],
  ['100 KB of "the the the"', fill('the '), 10_000],
  ['100 KB of "calls on the Commission to "', fill('calls on the Commission to '), 10_000],
  [
    '100 KB of "and to " conjunctions',
    `Parliament calls on the Commission to act ${fill('and to ')}`,
    10_000,
  ],
  [
    '100 KB of ", and " after a call',
    `Parliament calls on the Commission to act${fill(', and ')}`,
    10_000,
  ],
  ['100 KB of "Calls on" in capitals', fill('CALLS ON THE COMMISSION TO '), 10_000],
  ['100 KB of "said " (reported speech)', `“Quote,” said ${fill('Aa ')}`, 10_000],
  ['100 KB of "Committee on "', fill('Committee on the Development of '), 10_000],
  ['100 KB of group lists', `tabled by the ${fill('EPP, S&D, ')} groups`, 10_000],
  ['100 KB of vote tallies', fill('by 512 votes to 23, with 61 abstentions '), 10_000],
  ['100 KB of procedure references', fill('2012/2553(RSP) '), 10_000],
  ['100 KB of dates', fill('16 December 2011 15/03/2012 6.7.2020 '), 10_000],
  ['100 KB of "## " headings', fill('## '), 10_000],
  [
    'a header line of 100 KB of capitals',
    `## ${fill('A')}\n\n2012/2553(RSP) - 15/03/2012 - Text adopted\n\nBody.`,
    10_000,
  ],
  [
    'an EP header then 100 KB of spaces and commas',
    `${header}Parliament calls on${fill(' ,')} the Commission.`,
    10_000,
  ],
  ['1 MB of "No. No. No."', fill('No. ', 1_000_000), 45_000],
  [
    '1 MB line of words without punctuation',
    fill('the Parliament calls on Commission to act and ', 1_000_000),
    45_000,
  ],
];

interface StageRun {
  stages: { stage: string; ms: number }[];
  /** The stage still running when the bound was hit, or null. */
  hung: string | null;
  problems: string[] | null;
  failure: string | null;
}

let dir = '';
let runner = '';
/** By index in INPUTS. */
const results = new Map<number, StageRun>();
const emptyRun = (): StageRun => ({ stages: [], hung: null, problems: null, failure: null });

/**
 * Runs inputs[first..] in one child process; when an input passes its bound the process is killed,
 * the stage it was in is recorded, and the caller starts again after that input.
 */
function runFrom(
  list: string,
  bounds: number[],
  first: number,
  results: Map<number, StageRun>,
): Promise<number | null> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [runner, list, String(first)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let current = first;
    let stage: string | null = null;
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    let killed = false;
    const arm = (input: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        killed = true;
        child.kill('SIGKILL');
      }, bounds[input]);
    };
    arm(first);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      for (let nl = buffer.indexOf('\n'); nl !== -1; nl = buffer.indexOf('\n')) {
        const msg = JSON.parse(buffer.slice(0, nl)) as Record<string, unknown>;
        buffer = buffer.slice(nl + 1);
        const input = Number(msg.input);
        if (input !== current) {
          current = input;
          arm(input);
        }
        const run = results.get(input) ?? emptyRun();
        results.set(input, run);
        if (typeof msg.start === 'string') stage = msg.start;
        else if (typeof msg.done === 'string') {
          run.stages.push({ stage: msg.done, ms: Number(msg.ms) });
          stage = null;
        } else if (Array.isArray(msg.problems)) run.problems = msg.problems.map(String);
        else if (typeof msg.failure === 'string') run.failure = msg.failure;
      }
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
    });
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      const run = results.get(current) ?? emptyRun();
      results.set(current, run);
      if (killed) {
        run.hung = stage ?? '(between stages)';
        done(current + 1);
      } else if (code !== 0) {
        run.failure = `the runner exited with ${code}: ${stderr.slice(0, 1500)}`;
        done(current + 1);
      } else done(null);
    });
  });
}

beforeAll(async () => {
  dir = makeTempDir('adversarial');
  runner = join(dir, 'stage-runner.mjs');
  await build({
    entryPoints: [join(dirname(fileURLToPath(import.meta.url)), 'support', 'stage-runner.ts')],
    outfile: runner,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['source'],
    logLevel: 'silent',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  // Two child processes (two cores), each on every other input.
  const halves = [0, 1].map((half) => {
    const picked = INPUTS.map((input, i) => ({ input, i })).filter(({ i }) => i % 2 === half);
    const files = picked.map(({ input: [, text], i }) => {
      const file = join(dir, `input-${i}.txt`);
      writeFileSync(file, text);
      return file;
    });
    const list = join(dir, `inputs-${half}.json`);
    writeFileSync(list, JSON.stringify(files));
    return {
      list,
      bounds: picked.map(({ input: [, , bound] }) => bound),
      index: picked.map(({ i }) => i),
    };
  });
  await Promise.all(
    halves.map(async ({ list, bounds, index }) => {
      const byPosition = new Map<number, StageRun>();
      for (let first: number | null = 0; first !== null && first < bounds.length; ) {
        first = await runFrom(list, bounds, first, byPosition);
      }
      for (const [position, run] of byPosition) results.set(index[position]!, run);
    }),
  );
}, 600_000);

afterAll(() => {
  // HEMICYCLE_ADVERSARIAL_TIMINGS=<file.json> writes every input's stage timings there.
  const report = process.env.HEMICYCLE_ADVERSARIAL_TIMINGS;
  if (report) {
    const rows = INPUTS.map(([label], i) => ({ label, ...results.get(i) }));
    writeFileSync(report, `${JSON.stringify(rows, null, 2)}\n`);
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('adversarial inputs through each stage, in bounded time', () => {
  test.each(INPUTS.map(([label, , bound], i) => [label, bound, i] as const))(
    '%s: every stage ends within %i ms, the record is valid',
    (_label, _bound, i) => {
      const run = results.get(i);
      expect(run, 'the input ran').toBeDefined();
      const timings = run!.stages.map((s) => `${s.stage} ${s.ms} ms`).join(', ');
      expect(run!.hung, `hung in ${run!.hung} after ${timings}`).toBeNull();
      expect(run!.failure, timings).toBeNull();
      expect(run!.problems, timings).toEqual([]);
    },
  );
});
