import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { formatScorecard, scoreCorpus } from '@hemicycle/evaluate';
import { type ExtractionRecord, RecordSchema } from '@hemicycle/schema';
import { loadGold } from '../load-gold';
import { parseOptions } from '../parse-options';
import { UsageError } from '../usage-error';

const HELP = `Usage: pnpm evaluate --records <file.jsonl> --gold <dir> [--format text|json] [--details]

Scores a records file against the gold fixtures of a folder (spec record-v1 section 5):
header exactness, P/R/F1 of sets, strict and lenient entities and statements, directives alone,
per field and per document, with unmatched items listed both ways (--details, or in JSON).`;

/** Records of a JSON Lines file, checked against the schema; bad lines are reported with their number. */
export async function readRecordsFile(
  path: string,
): Promise<{ records: ExtractionRecord[]; errors: string[] }> {
  const records: ExtractionRecord[] = [];
  const errors: string[] = [];
  let n = 0;
  for await (const line of createInterface({
    input: createReadStream(path),
    crlfDelay: Infinity,
  })) {
    n++;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      errors.push(`${path}:${n}: not JSON (${(error as Error).message})`);
      continue;
    }
    const parsed = RecordSchema.safeParse(value);
    if (parsed.success) records.push(parsed.data);
    else
      errors.push(
        `${path}:${n}: not a record: ${parsed.error.issues
          .slice(0, 3)
          .map((i) => `${i.path.join('.')}: ${i.message}`)
          .join('; ')}`,
      );
  }
  return { records, errors };
}

export async function runEvaluateCommand(argv: string[]): Promise<number> {
  const { values } = parseOptions(argv, {
    records: { type: 'string' },
    gold: { type: 'string' },
    format: { type: 'string' },
    details: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (!values.records || !values.gold)
    throw new UsageError('evaluate needs --records <file.jsonl> and --gold <dir>');
  if (!existsSync(values.records))
    throw new UsageError(`--records "${values.records}" does not exist`);
  if (!existsSync(values.gold)) throw new UsageError(`--gold "${values.gold}" does not exist`);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--format takes text or json, got "${format}"`);
  const gold = await loadGold(values.gold);
  const { records, errors } = await readRecordsFile(values.records);
  const problems = [...gold.errors, ...errors];
  if (problems.length > 0) {
    process.stderr.write(`hemicycle: cannot evaluate:\n  ${problems.slice(0, 20).join('\n  ')}\n`);
    return 1;
  }
  const byDoc = new Map(records.map((r) => [r.doc, r]));
  const card = scoreCorpus(
    [...gold.golds.values()].map((g) => ({ gold: g, record: byDoc.get(g.doc) ?? null })),
  );
  process.stdout.write(
    format === 'json'
      ? `${JSON.stringify(card, null, 2)}\n`
      : `${formatScorecard(card, { details: values.details === true })}\n`,
  );
  return 0;
}
