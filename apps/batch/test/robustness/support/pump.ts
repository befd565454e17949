// Drives pump-regexes.mjs: times every regex on pumped adversarial strings in a child process,
// killing it when one regex runs longer than `hangMs` (that regex "hangs") and going on after it.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PumpItem {
  pattern: string;
  flags: string;
  /** Adversarial strings of a manual review, timed before the pumped ones. */
  extra?: string[];
}

export interface PumpResult {
  index: number;
  /** The slowest scan of a pumped string, in ms, and what the string was. */
  worstMs: number;
  worstInput: string;
  superLinear: { input: string; ms: number; doubledMs: number } | null;
  hang: boolean;
  error: string | null;
}

const script = join(dirname(fileURLToPath(import.meta.url)), 'pump-regexes.mjs');

function runFrom(
  file: string,
  first: number,
  hangMs: number,
  results: PumpResult[],
): Promise<number | null> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, file, String(first)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let current: number | null = null;
    let buffer = '';
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => child.kill('SIGKILL'), hangMs);
    };
    arm();
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      let nl = buffer.indexOf('\n');
      while (nl !== -1) {
        const msg = JSON.parse(buffer.slice(0, nl)) as Record<string, unknown>;
        buffer = buffer.slice(nl + 1);
        if (typeof msg.start === 'number') {
          current = msg.start;
          arm();
        } else if (typeof msg.done === 'number') {
          results.push({
            index: msg.done,
            worstMs: Number(msg.worstMs ?? 0),
            worstInput: String(msg.worstInput ?? ''),
            superLinear: (msg.superLinear as PumpResult['superLinear']) ?? null,
            hang: false,
            error: typeof msg.error === 'string' ? msg.error : null,
          });
          current = null;
        }
        nl = buffer.indexOf('\n');
      }
    });
    child.on('error', fail);
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      // Killed: the regex it was on hangs; the caller starts again after it.
      done(signal === 'SIGKILL' ? current : null);
    });
  });
}

/** Times every item; `dir` holds the temporary list of patterns. */
export async function pumpRegexes(
  items: readonly PumpItem[],
  dir: string,
  hangMs = 8000,
): Promise<PumpResult[]> {
  const file = join(dir, 'patterns.json');
  writeFileSync(file, JSON.stringify(items));
  const results: PumpResult[] = [];
  let first = 0;
  while (first < items.length) {
    const hung = await runFrom(file, first, hangMs, results);
    if (hung === null) break;
    results.push({
      index: hung,
      worstMs: hangMs,
      worstInput: '(killed)',
      superLinear: null,
      hang: true,
      error: null,
    });
    first = hung + 1;
  }
  return results.sort((a, b) => a.index - b.index);
}
