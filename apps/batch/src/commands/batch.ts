import { existsSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { ExtractionRecord } from '@hemicycle/schema';
import { parseOptions } from '../parse-options';
import { runBatch, type Shard } from '../run-batch';
import { UsageError } from '../usage-error';

const HELP = `Usage: pnpm batch [--input <dir or files...>] [--out <file.jsonl>] [--gold <dir>] [--format text|json]
                  [--workers <n|auto>] [--since <previous records.jsonl>] [--shard <i>/<n>] [--quiet]
                  [--stats <file.json>] [--max-heap-mb <n>]

Extracts one record per input document, in input order, as JSON Lines.

  --input <paths...>  folders (their .txt files, recursively, in sorted path order) and files
                      (default: corpus)
  --out <file>        where to write the records (default: out/records.jsonl); failures go to
                      <file>.failures.jsonl
  --gold <dir>        score the records against the gold fixtures in <dir> and print the scorecard
                      (default: <input>/gold when a single input folder has one)
  --format <f>        scorecard as text (default) or json
  --workers <n|auto>  worker threads (default, auto: one per 4 MB of input, at most one per core:
                      ${availableParallelism()} here; a thread's warm-up costs more than it saves below that)
  --since <file>      a previous records.jsonl: documents whose sha256 is unchanged are carried over
  --shard <i>/<n>     process only the i-th of n contiguous parts of the input (1 ≤ i ≤ n); the
                      outputs of shards 1..n concatenated in order equal the whole run's output
  --quiet             no progress line and no summary
  --stats <file>      write the run's figures (documents, bytes, seconds, CPU seconds of all
                      threads, peak RSS, V8 flags set, whether V8's code cache was read) as JSON
  --max-heap-mb <n>   bound each worker thread's heap to n MB (default: 52 bytes per byte of the
                      largest input, at least 192); a document that needs more fails alone
                      ("worker-crashed") and the batch goes on
Exit codes: 0 every document gave a record; 1 some failed; 2 usage error.`;

function parseShard(value: string): Shard {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard takes <i>/<n> with 1 ≤ i ≤ n, got "${value}"`);
  }
  return { index, count };
}

function parseHeapMb(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 64 || n > 1_000_000) {
    throw new UsageError(`--max-heap-mb takes a whole number of MB from 64 up, got "${value}"`);
  }
  return n;
}

function parseWorkers(value: string | undefined): number | 'auto' {
  if (value === undefined || value === 'auto') return 'auto';
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) {
    throw new UsageError(`--workers takes a whole number from 1 to 256 or auto, got "${value}"`);
  }
  return n;
}

export async function runBatchCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseOptions(
    argv,
    {
      input: { type: 'string', multiple: true },
      out: { type: 'string' },
      gold: { type: 'string' },
      format: { type: 'string' },
      workers: { type: 'string' },
      since: { type: 'string' },
      shard: { type: 'string' },
      quiet: { type: 'boolean' },
      stats: { type: 'string' },
      'max-heap-mb': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const inputs = [...(values.input ?? []), ...positionals];
  if (inputs.length === 0) inputs.push('corpus');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    throw new UsageError(`--format takes text or json, got "${format}"`);
  }
  for (const input of inputs) {
    if (!existsSync(input)) throw new UsageError(`input "${input}" does not exist`);
  }
  const out = values.out ?? join('out', 'records.jsonl');
  if (existsSync(out) && statSync(out).isDirectory()) {
    throw new UsageError(
      `--out "${out}" is a folder; give a file name such as ${join(out, 'records.jsonl')}`,
    );
  }
  if (values.since !== undefined && !existsSync(values.since)) {
    throw new UsageError(`--since "${values.since}" does not exist`);
  }
  let goldDir = values.gold ?? null;
  if (goldDir === null && inputs.length === 1) {
    const candidate = join(inputs[0]!, 'gold');
    if (existsSync(candidate) && statSync(candidate).isDirectory()) goldDir = candidate;
  }
  if (goldDir !== null && !existsSync(goldDir))
    throw new UsageError(`--gold "${goldDir}" does not exist`);
  // Scoring is loaded only when there is gold to score against (a quicker start without).
  const gold = goldDir === null ? null : await (await import('../load-gold')).loadGold(goldDir);
  if (gold && gold.errors.length > 0) {
    process.stderr.write(`hemicycle: bad gold fixtures:\n  ${gold.errors.join('\n  ')}\n`);
    return 2;
  }
  const quiet = values.quiet === true;
  const summary = await runBatch({
    inputs,
    out,
    workers: parseWorkers(values.workers),
    since: values.since ?? null,
    shard: values.shard === undefined ? null : parseShard(values.shard),
    ...(values['max-heap-mb'] === undefined
      ? {}
      : { maxHeapMb: parseHeapMb(values['max-heap-mb']) }),
    progress: !quiet && !process.env.CI,
    ...(gold ? { keep: (doc: string) => gold.golds.has(doc) } : {}),
  });

  if (gold) {
    const { formatScorecard, scoreCorpus } = await import('@hemicycle/evaluate');
    const pairs = [...gold.golds.values()].map((g) => {
      const line = summary.kept.get(g.doc);
      return {
        gold: g,
        record: line === undefined ? null : (JSON.parse(line) as ExtractionRecord),
      };
    });
    const card = scoreCorpus(pairs);
    process.stdout.write(
      format === 'json' ? `${JSON.stringify(card, null, 2)}\n` : `${formatScorecard(card)}\n`,
    );
  }
  if (values.stats !== undefined) {
    const stats = {
      inputs: summary.inputs,
      records: summary.records,
      carried: summary.carried,
      failed: summary.failures.length,
      bytes: summary.bytes,
      seconds: summary.seconds,
      cpuSeconds: summary.cpuSeconds,
      workers: summary.workers,
      v8Flags: summary.v8Flags,
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      // how the main thread compiled the engine: only a one-document run loads it here
      engineCodeCache: (await import('../load-engine')).engineCodeCache() ?? 'not-used',
    };
    writeFileSync(values.stats, `${JSON.stringify(stats, null, 2)}\n`);
  }
  if (!quiet) {
    const failed = summary.failures.length;
    const mb = summary.bytes / 1e6;
    process.stderr.write(
      `hemicycle: ${summary.inputs} inputs → ${summary.records} records${summary.carried ? ` (${summary.carried} carried over)` : ''}, ${failed} failed; ` +
        `${mb.toFixed(2)} MB in ${summary.seconds.toFixed(2)} s (${(mb / Math.max(summary.seconds, 1e-9)).toFixed(2)} MB/s), ${summary.workers} worker${summary.workers > 1 ? 's' : ''} → ${out}\n`,
    );
    for (const f of summary.failures.slice(0, 20))
      process.stderr.write(`  failed: ${f.file}: ${f.reason}\n`);
    if (failed > 20) process.stderr.write(`  … and ${failed - 20} more in ${out}.failures.jsonl\n`);
  }
  return summary.failures.length > 0 ? 1 : 0;
}
