import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  type Baseline,
  BaselineSchema,
  diffSnapshots,
  QUALITY_TOLERANCE,
} from '../compare-quality';
import { parseOptions } from '../parse-options';
import {
  corpusGold,
  findRepoRoot,
  type QualitySnapshot,
  qualitySnapshot,
  scoreGoldCorpus,
  sharedGold,
} from '../quality';

const HELP = `Usage: pnpm quality:update [--baseline <file>]

Runs the pipeline on the gold sets of the regression gate (corpus/gold, and ../shared/gold when
../shared is present, or $HEMICYCLE_SHARED), rewrites the quality baseline with every figure of
their scorecards and the unmatched items, and prints each figure that changed (old → new).
Where ../shared is absent its section of the baseline is kept as it was.
The baseline only moves up in normal work: a commit that lowers it says why.

  --baseline <file>  the baseline to rewrite (default: quality/baseline.json)`;

/** ` (3 up, 1 down)` from the diff lines, or nothing when nothing changed. */
function updown(diff: readonly string[]): string {
  if (diff.length === 0) return '';
  const up = diff.filter((l) => l.startsWith('  ▲')).length;
  const down = diff.filter((l) => l.startsWith('  ▼')).length;
  const other = diff.length - up - down;
  return ` (${up} up, ${down} down${other ? `, ${other} new or gone` : ''}${down ? ': a commit that lowers the baseline says why' : ''})`;
}

export async function runQualityUpdateCommand(argv: string[]): Promise<number> {
  const { values } = parseOptions(argv, {
    baseline: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const root = findRepoRoot();
  const file = values.baseline ?? join(root, 'quality', 'baseline.json');
  let old: Baseline | null = null;
  if (existsSync(file)) {
    const parsed = BaselineSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (parsed.success) old = parsed.data;
    else process.stderr.write(`hemicycle: ${file} is not a valid baseline; writing a new one\n`);
  }
  const sections: Record<string, QualitySnapshot> = { ...(old?.sections ?? {}) };
  const problems: string[] = [];
  const shared = sharedGold(root);
  for (const corpus of [corpusGold(root), shared]) {
    if (corpus === null) continue;
    const run = await scoreGoldCorpus(corpus);
    problems.push(...run.problems.map((p) => `${corpus.label}: ${p}`));
    const snapshot = qualitySnapshot(run.card);
    const before = old?.sections[corpus.label] ?? null;
    const diff = diffSnapshots(before, snapshot);
    const count = Object.keys(snapshot.figures).length;
    if (before === null) {
      // A new section: every figure is new; show the totals only.
      process.stdout.write(
        `${corpus.label}: new section, ${run.card.scored} documents, ${count} figures; totals:\n`,
      );
      process.stdout.write(`${diff.filter((line) => line.includes(' total.')).join('\n')}\n`);
    } else {
      process.stdout.write(
        `${corpus.label}: ${run.card.scored} documents, ${count} figures, ${diff.length} changed${updown(diff)}\n`,
      );
      if (diff.length > 0) process.stdout.write(`${diff.join('\n')}\n`);
    }
    sections[corpus.label] = snapshot;
  }
  if (shared === null) {
    process.stdout.write(
      `../shared/gold: absent (set HEMICYCLE_SHARED or place shared/ beside the repository); its section is kept unchanged\n`,
    );
  }
  const baseline: Baseline = {
    baselineVersion: 1,
    note: 'Quality baseline of the regression gate (apps/batch/test/quality-gate.test.ts). Rewrite with `pnpm quality:update`; a commit that lowers a figure says why.',
    tolerance: QUALITY_TOLERANCE,
    sections,
  };
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(baseline, null, 2)}\n`);
  for (const p of problems) process.stderr.write(`hemicycle: ${p}\n`);
  process.stdout.write(`baseline written to ${file}\n`);
  return problems.length > 0 ? 1 : 0;
}
