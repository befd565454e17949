import type { Dirent, Stats } from 'node:fs';
import { access, constants, lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Result } from '@hemicycle/schema/result';
import { type IngestError, ingestError } from './ingest-error';

// Results built here rather than with the schema's ok/err: a batch's main thread loads this
// module to list its inputs, and the bundler keeps those helpers in one chunk with zod.
const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
const err = (error: IngestError): Result<never, IngestError> => ({ ok: false, error });

/** A folder entry, resolved through symbolic links, with the key it sorts by. */
interface Entry {
  name: string;
  path: string;
  kind: 'file' | 'dir' | 'other' | 'broken' | 'loop';
  /** `name/` for folders so that walking in key order is walking in full-path order. */
  key: string;
}

const TXT = /\.txt$/i;

/** Plain UTF-16 code-unit order: the same on every machine and locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The input files named by `paths`, as a stream so that a huge corpus is never listed whole.
 * A file given directly is taken as it is (any extension). A folder is walked recursively for
 * its `.txt` files, yielded in sorted full-path order (plain code-unit order); symbolic links
 * to files are followed, links to folders only when their real path has not been visited yet
 * (no loops). Missing paths, broken links and unreadable folders or files are yielded as
 * errors, never thrown.
 */
export async function* discoverInputs(
  paths: readonly string[],
): AsyncGenerator<Result<string, IngestError>> {
  for (const path of paths) {
    const info = await statOrError(path);
    if (!info.ok) {
      yield info;
      continue;
    }
    if (info.value.isDirectory()) {
      const real = await realpath(path).catch(() => path);
      yield* walk(path, new Set([real]));
    } else if (info.value.isFile()) {
      yield await readableFile(path);
    } else {
      yield err(ingestError('unreadable', path, 'not a regular file or folder'));
    }
  }
}

async function* walk(
  dir: string,
  visited: Set<string>,
): AsyncGenerator<Result<string, IngestError>> {
  let dirents: Dirent[];
  try {
    dirents = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield err(ingestError('unreadable', dir, `cannot list the folder (${codeOf(e)})`));
    return;
  }
  const entries = await Promise.all(dirents.map((d) => resolveEntry(dir, d)));
  entries.sort((a, b) => compareCodeUnits(a.key, b.key));
  for (const entry of entries) {
    if (entry.kind === 'dir') {
      const real = await realpath(entry.path).catch(() => null);
      if (real === null) {
        yield err(ingestError('unreadable', entry.path, 'cannot resolve the folder'));
        continue;
      }
      if (visited.has(real)) continue; // a link back into a folder already walked: a loop
      visited.add(real);
      yield* walk(entry.path, visited);
    } else if (TXT.test(entry.name)) {
      if (entry.kind === 'file') yield await readableFile(entry.path);
      else if (entry.kind === 'broken')
        yield err(
          ingestError('not-found', entry.path, 'broken symbolic link: its target does not exist'),
        );
      else if (entry.kind === 'loop')
        yield err(
          ingestError('unreadable', entry.path, 'symbolic link loop: it never reaches a file'),
        );
      else yield err(ingestError('unreadable', entry.path, 'not a regular file'));
    }
  }
}

async function resolveEntry(dir: string, d: Dirent): Promise<Entry> {
  const path = join(dir, d.name);
  let kind: Entry['kind'];
  if (d.isDirectory()) kind = 'dir';
  else if (d.isFile()) kind = 'file';
  else if (d.isSymbolicLink()) {
    let target: Stats | null = null;
    try {
      target = await stat(path);
    } catch (e) {
      kind = codeOf(e) === 'ELOOP' ? 'loop' : 'broken';
      return { name: d.name, path, kind, key: d.name };
    }
    kind = target.isDirectory() ? 'dir' : target.isFile() ? 'file' : 'other';
  } else kind = 'other';
  return { name: d.name, path, kind, key: kind === 'dir' ? `${d.name}/` : d.name };
}

async function statOrError(path: string): Promise<Result<Stats, IngestError>> {
  try {
    return ok(await stat(path));
  } catch (e) {
    const code = codeOf(e);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      const link = await lstat(path).catch(() => null);
      return err(
        ingestError(
          'not-found',
          path,
          link?.isSymbolicLink()
            ? 'broken symbolic link: its target does not exist'
            : 'no such file or folder',
        ),
      );
    }
    if (code === 'ELOOP') return err(ingestError('unreadable', path, 'symbolic link loop'));
    return err(ingestError('unreadable', path, `cannot read (${code})`));
  }
}

async function readableFile(path: string): Promise<Result<string, IngestError>> {
  try {
    await access(path, constants.R_OK);
    return ok(path);
  } catch (e) {
    return err(ingestError('unreadable', path, `the file cannot be read (${codeOf(e)})`));
  }
}

export function codeOf(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string')
    return e.code;
  return 'unknown error';
}
