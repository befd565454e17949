import { randomBytes } from 'node:crypto';
import { type FileHandle, open, rename, rm } from 'node:fs/promises';

/** `<final>.tmp-<pid>-<random>`: in the same directory, so the final rename is atomic. */
export function tempPathFor(finalPath: string): string {
  return `${finalPath}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`;
}

const NEWLINE = new Uint8Array([10]);

/** Lines are gathered up to this many bytes, then written in one call. */
const CHUNK_BYTES = 1 << 16;

/**
 * A file written line by line under a temporary name, then either moved onto its final name
 * (`commit`) or removed (`discard`). Lines are buffered up to 64 KiB and each full buffer is
 * awaited before more is taken, so memory stays bounded however many lines are written.
 * (Written through the FileHandle, not a WriteStream: on Node 20 a FileHandle whose stream
 * has `autoClose: false` never finishes closing.)
 */
export class TempFile {
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private closed = false;
  /** The chain of chunk writes: one at a time, in order, even when callers do not await. */
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    readonly finalPath: string,
    readonly tempPath: string,
    private readonly handle: FileHandle,
  ) {}

  static async create(finalPath: string): Promise<TempFile> {
    const tempPath = tempPathFor(finalPath);
    const handle = await open(tempPath, 'wx');
    return new TempFile(finalPath, tempPath, handle);
  }

  /** Bytes written but not yet handed to the file system. */
  get buffered(): number {
    return this.pendingBytes;
  }

  /**
   * Appends one line (a newline is added): a string, or its UTF-8 bytes as they are. The line is
   * copied before this returns, so a caller may reuse or free bytes at once. Resolves once the
   * buffer is below its bound.
   */
  async writeLine(line: string | Uint8Array): Promise<void> {
    if (this.closed) throw new Error(`${this.tempPath} is closed`);
    const bytes = typeof line === 'string' ? Buffer.from(line, 'utf8') : Buffer.from(line);
    this.pending.push(bytes, NEWLINE);
    this.pendingBytes += bytes.length + 1;
    if (this.pendingBytes >= CHUNK_BYTES) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const chunk = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    this.writing = this.writing.then(() => this.handle.writeFile(chunk));
    await this.writing;
  }

  /** Flushes, syncs to disk and closes; the file keeps its temporary name. */
  async close(): Promise<void> {
    await this.flush();
    await this.writing;
    await this.handle.sync();
    this.closed = true;
    await this.handle.close();
  }

  /** Moves the closed file onto its final name (atomic on one file system). */
  async commit(): Promise<void> {
    await rename(this.tempPath, this.finalPath);
  }

  /** Stops writing and removes the temporary file. Never throws. */
  async discard(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      this.pending = [];
      await this.handle.close().catch(() => undefined);
    }
    await rm(this.tempPath, { force: true }).catch(() => undefined);
  }
}
