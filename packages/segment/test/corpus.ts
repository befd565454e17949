import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: two levels above this package. */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The shared folder (real EP texts), from HEMICYCLE_SHARED or `<repo>/../shared`. */
export const SHARED = process.env.HEMICYCLE_SHARED ?? resolve(REPO, '../shared');
export const SHARED_CORPUS = join(SHARED, 'corpus');
export const HAS_SHARED_CORPUS = existsSync(SHARED_CORPUS);
export const MAIN_CORPUS = join(REPO, 'corpus');

/** The `.txt` files of a folder as [name, text], decoded as the pipeline does (BOM stripped). */
export function readCorpus(dir: string): [string, string][] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      return [name, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text];
    });
}
