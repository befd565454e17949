import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { test } from 'vitest';
// @ts-expect-error scratch
import { isSafePattern } from '/work/main/apps/batch/node_modules/redos-detector/dist/redos-detector.mjs';
// @ts-expect-error scratch
import { captureRegExps } from '/work/main/apps/batch/test/robustness/support/capture-regexps.ts';
// @ts-expect-error scratch
import { findRegexesInSource } from '/work/main/apps/batch/test/robustness/support/find-regexes.ts';

test('scratch redos', async () => {
  const out: string[] = [];
  const items: { where: string; pattern: string; flags: string }[] = [];
  for (const f of readdirSync('src').filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    for (const r of findRegexesInSource(readFileSync(`src/${f}`, 'utf8'), f)) {
      if (r.pattern !== null)
        items.push({ where: r.where, pattern: r.pattern, flags: r.flags ?? '' });
    }
  }
  const cap = captureRegExps();
  const { parseHeader } = await import('./index');
  for (const f of readdirSync('/work/shared/corpus').filter((f) => f.endsWith('.txt')))
    parseHeader(readFileSync(`/work/shared/corpus/${f}`, 'utf8'));
  for (const c of cap.stop())
    if (c.where?.includes('packages/ingest'))
      items.push({ where: c.where!, pattern: c.pattern, flags: c.flags });
  for (const it of items) {
    let verdict: string;
    const t0 = Date.now();
    try {
      const r = isSafePattern(it.pattern, {
        caseInsensitive: it.flags.includes('i'),
        unicode: it.flags.includes('u') || it.flags.includes('v'),
        multiLine: it.flags.includes('m'),
        dotAll: it.flags.includes('s'),
        timeout: 1500,
      });
      verdict = r.safe ? 'safe' : `UNSAFE(${r.error})`;
    } catch (e) {
      verdict = `UNDECIDED(${(e as Error).message})`;
    }
    if (verdict !== 'safe' || Date.now() - t0 > 100)
      out.push(
        `${verdict} ${Date.now() - t0}ms ${it.where} /${it.pattern.slice(0, 200)}/${it.flags}`,
      );
  }
  out.push(`checked ${items.length}`);
  writeFileSync('/tmp/ingest-redos.txt', out.join('\n'));
}, 600_000);
