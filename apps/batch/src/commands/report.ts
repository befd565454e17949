import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { scoreCorpus } from '@hemicycle/evaluate';
import { readSourceDocument } from '@hemicycle/ingest';
import { type ReportBaseline, type ReportDocument, renderReport } from '@hemicycle/report';
import type { ExtractionRecord } from '@hemicycle/schema';
import { BaselineSchema } from '../compare-quality';
import { loadGold } from '../load-gold';
import { parseOptions } from '../parse-options';
import { CORPUS_LABEL, corpusGold, findRepoRoot, SHARED_LABEL, sharedDir } from '../quality';
import { UsageError } from '../usage-error';
import { readRecordsFile } from './evaluate';

const HELP = `Usage: pnpm report [--records <file.jsonl>] [--gold <dir>] [--out <dir>] [--baseline <file>]

Writes a static HTML review of records against gold fixtures: open <out>/index.html in a browser
(no server, no network). The index shows the scorecard (spec record-v1 section 5, strict and
lenient, per document and in total) and a chart of the total figures against the committed
baseline; each document's page shows its text with every entity, date, quantity and statement
marked, and what is missed and spurious against its gold fixture.

  --records <file>   records to review (default: out/records.jsonl, as written by pnpm batch)
  --gold <dir>       gold fixtures (default: corpus/gold; --gold none for no scoring)
  --out <dir>        where to write the pages (default: out/report)
  --baseline <file>  the quality baseline (default: quality/baseline.json)

Each record's text is read again from its source.path (relative to the current folder).
Exit codes: 0 written; 1 some records or fixtures could not be read; 2 usage error.`;

async function readText(record: ExtractionRecord): Promise<ReportDocument> {
  const read = await readSourceDocument(record.source.path);
  if (!read.ok) {
    return {
      record,
      text: null,
      textNote: `The source text could not be read from ${record.source.path}: ${read.error.message}`,
    };
  }
  const changed =
    read.value.sha256 !== record.source.sha256
      ? `The source ${record.source.path} changed since the record was written (its sha256 differs): marks may be misplaced.`
      : null;
  return { record, text: read.value.text, textNote: changed };
}

/** The baseline section whose gold set is `goldDir`, if the baseline file has one. */
async function baselineFor(
  file: string,
  goldDir: string,
  root: string,
): Promise<ReportBaseline | null> {
  if (!existsSync(file)) return null;
  const parsed = BaselineSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new UsageError(`--baseline "${file}" is not a quality baseline`);
  const gold = resolve(goldDir);
  const label =
    gold === resolve(corpusGold(root).goldDir)
      ? CORPUS_LABEL
      : gold === resolve(sharedDir(root), 'gold')
        ? SHARED_LABEL
        : null;
  const section = label === null ? undefined : parsed.data.sections[label];
  return section
    ? { label: `${relative(root, file) || file}, section ${label}`, figures: section.figures }
    : null;
}

/** Removes the pages of an earlier report (only `docs/*.html` and `index.html`) before writing. */
async function clearOldPages(out: string): Promise<void> {
  const docs = join(out, 'docs');
  if (existsSync(docs)) {
    for (const name of await readdir(docs)) if (name.endsWith('.html')) await rm(join(docs, name));
  }
}

export async function runReportCommand(argv: string[]): Promise<number> {
  const { values } = parseOptions(argv, {
    records: { type: 'string' },
    gold: { type: 'string' },
    out: { type: 'string' },
    baseline: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const root = findRepoRoot();
  const recordsFile = values.records ?? join('out', 'records.jsonl');
  if (!existsSync(recordsFile)) {
    throw new UsageError(
      `--records "${recordsFile}" does not exist${values.records === undefined ? ' (run `pnpm batch` first, or pass --records)' : ''}`,
    );
  }
  const goldDir = values.gold === 'none' ? null : (values.gold ?? join('corpus', 'gold'));
  if (goldDir !== null && (!existsSync(goldDir) || !statSync(goldDir).isDirectory())) {
    throw new UsageError(`--gold "${goldDir}" is not a folder`);
  }
  const out = values.out ?? join('out', 'report');
  if (existsSync(out) && !statSync(out).isDirectory())
    throw new UsageError(`--out "${out}" is a file; give a folder`);
  const baselineFile = values.baseline ?? join(root, 'quality', 'baseline.json');
  if (values.baseline !== undefined && !existsSync(values.baseline)) {
    throw new UsageError(`--baseline "${values.baseline}" does not exist`);
  }

  const { records, errors } = await readRecordsFile(recordsFile);
  const gold = goldDir === null ? null : await loadGold(goldDir);
  const problems = [...errors, ...(gold?.errors ?? [])];
  const documents = await Promise.all(records.map(readText));
  const scorecard = gold
    ? scoreCorpus(
        [...gold.golds.values()].map((g) => ({
          gold: g,
          record: records.find((r) => r.doc === g.doc) ?? null,
        })),
      )
    : null;
  const files = renderReport({
    documents,
    scorecard,
    baseline: goldDir === null ? null : await baselineFor(baselineFile, goldDir, root),
    goldLabel: goldDir,
    recordsLabel: recordsFile,
  });
  await mkdir(out, { recursive: true });
  await clearOldPages(out);
  for (const [name, html] of files) {
    const path = join(out, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, html);
  }
  for (const d of documents)
    if (d.text === null) process.stderr.write(`hemicycle: ${d.textNote}\n`);
  for (const p of problems.slice(0, 20)) process.stderr.write(`hemicycle: ${p}\n`);
  process.stdout.write(
    `${files.size} pages (${records.length} documents) → ${join(out, 'index.html')}\n`,
  );
  return problems.length > 0 ? 1 : 0;
}
