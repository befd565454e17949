import { createReadStream } from 'node:fs';
import { err, ok, type Result } from '@hemicycle/schema';

/** A line of a JSON Lines file that is not JSON. */
export interface LineError {
  /** 1-based line number. */
  line: number;
  message: string;
}

function parseLine(text: string, line: number): Result<unknown, LineError> {
  try {
    return ok(JSON.parse(text));
  } catch (e) {
    return err({ line, message: `invalid JSON: ${e instanceof Error ? e.message : String(e)}` });
  }
}

/**
 * Reads a JSON Lines file back, one parsed value (or one error) per non-blank line, in order,
 * streaming. A leading BOM and `\r` before a newline are tolerated. The values are not
 * validated: check them with `RecordSchema` or `validateRecord`. A file that cannot be opened
 * makes the generator throw the file system's error (e.g. ENOENT).
 */
export async function* readRecords(path: string): AsyncGenerator<Result<unknown, LineError>> {
  let pending = '';
  let line = 0;
  let first = true;
  for await (const chunk of createReadStream(path, { encoding: 'utf8' })) {
    let buffer = pending + (chunk as string);
    if (first) {
      if (buffer.startsWith('\uFEFF')) buffer = buffer.slice(1);
      first = false;
    }
    let from = 0;
    for (let nl = buffer.indexOf('\n'); nl !== -1; nl = buffer.indexOf('\n', from)) {
      line++;
      const text = buffer.slice(from, buffer[nl - 1] === '\r' ? nl - 1 : nl);
      from = nl + 1;
      if (text.trim() !== '') yield parseLine(text, line);
    }
    pending = buffer.slice(from);
  }
  if (pending.trim() !== '') yield parseLine(pending.replace(/\r$/, ''), line + 1);
}
