import { stat } from 'node:fs/promises';
import { discoverInputs, documentId } from '@hemicycle/ingest/discover';
import { type FailureEntry, openRecordWriter } from '@hemicycle/output/writer';
import { defaultWorkers } from './default-workers';
import type { FileResult } from './engine';
import { createFilePool } from './file-pool';
import { PreviousRecords } from './previous-records';
import { createProgress } from './progress';

const utf8 = new TextDecoder();

/**
 * Frees the memory of bytes that own their whole buffer, now: transferring the buffer detaches it.
 * Left to the garbage collector, the record lines moved from the workers were freed only at this
 * thread's rare collections, and piled up (measured on the 50 MB benchmark corpus with 2 workers,
 * 4 paired runs: peak RSS 292 MiB freed at once, 328 MiB left to the collector, same time).
 */
function releaseBytes(bytes: Uint8Array): void {
  const { buffer } = bytes;
  if (
    buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === buffer.byteLength
  )
    structuredClone(undefined, { transfer: [buffer] });
}

export interface Shard {
  /** 1-based index of this shard. */
  index: number;
  count: number;
}

export interface BatchOptions {
  inputs: string[];
  out: string;
  /** Worker threads, or `auto`: one per 4 MB of input, at most one per core (defaultWorkers). */
  workers: number | 'auto';
  since: string | null;
  shard: Shard | null;
  /** Bound on each worker thread's heap in MB (default: from the largest document, see heapLimitMb). */
  maxHeapMb?: number;
  progress: boolean;
  /** Documents whose record lines the caller wants back (for scoring against gold). */
  keep?: (doc: string) => boolean;
}

export interface BatchSummary {
  inputs: number;
  records: number;
  carried: number;
  failures: FailureEntry[];
  bytes: number;
  seconds: number;
  /** CPU time of the whole process (every thread, user and system) over those seconds. */
  cpuSeconds: number;
  workers: number;
  /** V8 flags set for the worker threads (see tune-v8.ts). */
  v8Flags: readonly string[];
  kept: Map<string, string>;
}

type Item = { path: string } | { failure: FailureEntry };

/** The part of a corpus a shard takes: a contiguous run of the input order, so shards concatenate to the whole. */
export function shardRange(total: number, shard: Shard): [number, number] {
  const start = Math.floor(((shard.index - 1) * total) / shard.count);
  const end = Math.floor((shard.index * total) / shard.count);
  return [start, end];
}

/**
 * Extracts every input to a record or a failure, in input order, with `workers` threads,
 * writing as it goes (flat memory) to a temporary file renamed onto `out` at the end.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let items: Item[] = [];
  for await (const found of discoverInputs(options.inputs)) {
    if (found.ok) items.push({ path: found.value });
    else {
      const { code, file, message } = found.error;
      items.push({ failure: { doc: documentId(file), file, code, reason: message } });
    }
  }
  if (options.shard) {
    const [start, end] = shardRange(items.length, options.shard);
    items = items.slice(start, end);
  }
  const previous = options.since ? await PreviousRecords.load(options.since) : null;
  let totalBytes = 0;
  let largest = 0;
  for (const item of items) {
    if (!('path' in item)) continue;
    const size = await stat(item.path).then(
      (s) => s.size,
      () => 0,
    );
    totalBytes += size;
    largest = Math.max(largest, size);
  }

  const writer = await openRecordWriter(options.out);
  const wanted = options.workers === 'auto' ? defaultWorkers(totalBytes) : options.workers;
  const workers = Math.max(1, Math.min(wanted, items.length));
  const pool = createFilePool(workers, largest, items.length, options.maxHeapMb);
  const progress = createProgress(items.length, totalBytes, options.progress);
  const summary: BatchSummary = {
    inputs: items.length,
    records: 0,
    carried: 0,
    failures: [],
    bytes: 0,
    seconds: 0,
    cpuSeconds: 0,
    workers,
    v8Flags: pool.v8Flags,
    kept: new Map(),
  };

  const limit = Math.max(2, workers * 16);
  const inflight: Promise<FileResult | FailureEntry>[] = [];
  const settle = async (result: FileResult | FailureEntry) => {
    if ('kind' in result) {
      summary.bytes += result.bytes;
      if (result.kind === 'failure') {
        const { doc, file, code, reason } = result;
        await fail({ doc, file, code, reason });
      } else {
        const line = result.kind === 'record' ? result.line : await previous?.lineOf(result.doc);
        if (line === undefined) {
          await fail({
            doc: result.doc,
            file: result.file,
            code: 'since-unreadable',
            reason: 'the previous record could not be read back',
          });
        } else {
          const written = writer.writeSerialized(line);
          if (options.keep?.(result.doc))
            summary.kept.set(result.doc, typeof line === 'string' ? line : utf8.decode(line));
          // The writer has copied the line: its bytes, moved here from a worker, are freed now.
          if (typeof line !== 'string') releaseBytes(line);
          await written;
          summary.records++;
          if (result.kind === 'unchanged') summary.carried++;
        }
      }
    } else {
      await fail(result);
    }
    progress.update(summary.records + summary.failures.length, summary.bytes);
  };
  const fail = async (entry: FailureEntry) => {
    summary.failures.push(entry);
    await writer.fail(entry);
  };

  try {
    for (const item of items) {
      if ('failure' in item) {
        inflight.push(Promise.resolve(item.failure));
      } else {
        const previousSha256 = previous?.sha256Of(documentId(item.path));
        inflight.push(
          pool.run(previousSha256 ? { path: item.path, previousSha256 } : { path: item.path }),
        );
      }
      // Output in input order: wait for the oldest task once enough are in flight.
      while (inflight.length >= limit) await settle(await inflight.shift()!);
    }
    while (inflight.length > 0) await settle(await inflight.shift()!);
    await writer.commit();
  } catch (error) {
    await writer.abort();
    throw error;
  } finally {
    progress.end();
    await pool.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  summary.cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return summary;
}
