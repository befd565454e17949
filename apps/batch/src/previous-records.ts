import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';

/** Where a previous run's record of a document stands, for --since. */
interface PreviousEntry {
  sha256: string;
  offset: number;
  length: number;
}

/** A previous records.jsonl, indexed by document: sha256 and byte range of each line. */
export class PreviousRecords {
  private constructor(
    private readonly path: string,
    private readonly entries: Map<string, PreviousEntry>,
  ) {}

  static async load(path: string): Promise<PreviousRecords> {
    const entries = new Map<string, PreviousEntry>();
    let offset = 0;
    let pending: Buffer[] = [];
    let pendingLength = 0;
    const take = (line: Buffer, start: number) => {
      if (line.length === 0) return;
      try {
        const parsed = JSON.parse(line.toString('utf8')) as {
          doc?: unknown;
          source?: { sha256?: unknown };
        };
        if (typeof parsed.doc === 'string' && typeof parsed.source?.sha256 === 'string') {
          entries.set(parsed.doc, {
            sha256: parsed.source.sha256,
            offset: start,
            length: line.length,
          });
        }
      } catch {
        // A torn or foreign line is simply not carried over: its document is processed again.
      }
    };
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      let from = 0;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, from)) {
        const piece = chunk.subarray(from, i);
        const line = pending.length > 0 ? Buffer.concat([...pending, piece]) : piece;
        take(line, offset - pendingLength);
        offset += piece.length + 1;
        pending = [];
        pendingLength = 0;
        from = i + 1;
      }
      if (from < chunk.length) {
        const rest = chunk.subarray(from);
        pending.push(Buffer.from(rest));
        pendingLength += rest.length;
        offset += rest.length;
      }
    }
    if (pending.length > 0) take(Buffer.concat(pending), offset - pendingLength);
    return new PreviousRecords(path, entries);
  }

  sha256Of(doc: string): string | undefined {
    return this.entries.get(doc)?.sha256;
  }

  /** The previous record line of a document, read back from the file. */
  async lineOf(doc: string): Promise<string | undefined> {
    const entry = this.entries.get(doc);
    if (!entry) return undefined;
    const handle = await open(this.path, 'r');
    try {
      const buffer = Buffer.alloc(entry.length);
      await handle.read(buffer, 0, entry.length, entry.offset);
      return buffer.toString('utf8');
    } finally {
      await handle.close();
    }
  }
}
