import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { parseHeader } from './index';
import { parseTabledBy } from './parse-tabled-by';
import { findTallies } from './parse-vote';

test('scratch', () => {
  const dir = '/work/shared/corpus/';
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const texts = names.map((f) => readFileSync(dir + f, 'utf8'));
  const total = texts.reduce((n, t) => n + t.length, 0);
  const out: string[] = [];
  for (const [k, t] of texts.entries()) {
    const h = parseHeader(t);
    out.push(
      `${names[k]}\n  ${JSON.stringify({ ...h, bodyStart: undefined })}\n  body@${h.bodyStart}: ${JSON.stringify(t.slice(h.bodyStart, h.bodyStart + 70))}`,
    );
  }
  writeFileSync('/tmp/ingest-scratch2.txt', out.join('\n'));
  const perf: string[] = [];
  for (const [name, fn] of [
    ['parseHeader', parseHeader],
    ['findTallies', (t: string) => findTallies(t)],
    ['parseTabledBy', (t: string) => parseTabledBy(t, 0)],
  ] as const) {
    const t0 = performance.now();
    for (let k = 0; k < 20; k++) for (const t of texts) (fn as (t: string) => unknown)(t);
    const ms = (performance.now() - t0) / 20;
    perf.push(
      `${name}: ${ms.toFixed(2)} ms for ${total} chars = ${(total / 1e6 / (ms / 1000)).toFixed(1)} M chars/s`,
    );
  }
  writeFileSync('/tmp/ingest-perf.txt', perf.join('\n'));
});
