import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseGold } from '@hemicycle/evaluate';
import type { Gold } from '@hemicycle/schema';

export interface GoldSet {
  golds: Map<string, Gold>;
  errors: string[];
}

/** Every `*.gold.json` (or `*.json`) fixture of a folder, parsed and checked against the gold schema. */
export async function loadGold(dir: string): Promise<GoldSet> {
  const golds = new Map<string, Gold>();
  const errors: string[] = [];
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch (error) {
    return { golds, errors: [`${dir}: cannot read the gold folder (${(error as Error).message})`] };
  }
  for (const name of names) {
    const file = join(dir, name);
    const parsed = parseGold(await readFile(file, 'utf8'), file);
    if (!parsed.ok) errors.push(`${parsed.error.file}: ${parsed.error.message}`);
    else if (golds.has(parsed.value.doc))
      errors.push(`${file}: a second fixture for "${parsed.value.doc}"`);
    else golds.set(parsed.value.doc, parsed.value);
  }
  return { golds, errors };
}
