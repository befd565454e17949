import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Gold, GoldSchema, type Header } from '@hemicycle/schema';
import { describe, expect, test } from 'vitest';
import { parseHeader } from './parse-header';

const packageDir = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const repo = resolve(packageDir, '../..');
const shared = process.env.HEMICYCLE_SHARED ?? resolve(repo, '../shared');

interface Doc {
  id: string;
  file: string;
  gold: Gold | null;
}

/** The texts of a corpus folder with the gold fixture of each, where there is one. */
function corpus(textDir: string, goldDir: string): Doc[] {
  if (!existsSync(textDir)) return [];
  return readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = basename(f, '.txt');
      const goldFile = join(goldDir, `${id}.gold.json`);
      const gold = existsSync(goldFile)
        ? GoldSchema.parse(JSON.parse(readFileSync(goldFile, 'utf8')))
        : null;
      return { id, file: join(textDir, f), gold };
    });
}

const fold = (s: string | null | undefined) => (s == null ? s : s.replace(/\s+/gu, ' ').trim());

/** Every header field the fixture states, as the fixture writes it, next to what was parsed. */
function compare(h: Header, gold: Gold): { field: string; got: unknown; want: unknown }[] {
  const rows: { field: string; got: unknown; want: unknown }[] = [];
  if (gold.title !== undefined)
    rows.push({ field: 'title', got: fold(h.title), want: fold(gold.title) });
  if (gold.procedure !== undefined)
    rows.push({ field: 'procedure', got: h.procedure?.reference ?? null, want: gold.procedure });
  if (gold.event !== undefined) {
    rows.push({ field: 'event.date', got: h.event?.date ?? null, want: gold.event?.date ?? null });
    rows.push({
      field: 'event.label',
      got: h.event?.label ?? null,
      want: gold.event?.label ?? null,
    });
  }
  if (gold.vote !== undefined) rows.push({ field: 'vote', got: h.vote, want: gold.vote });
  if (gold.tabledBy !== undefined)
    rows.push({ field: 'tabledBy', got: h.tabledBy, want: gold.tabledBy });
  return rows;
}

function checkCorpus(docs: Doc[]): void {
  test.each(docs.map((d) => [d.id, d] as const))(
    '%s: parseHeader never throws and gives a sound header',
    (_id, d) => {
      const text = readFileSync(d.file, 'utf8').replace(/^\uFEFF/u, '');
      const h = parseHeader(text);
      expect(h.bodyStart).toBeGreaterThanOrEqual(0);
      expect(h.bodyStart).toBeLessThanOrEqual(text.length);
      expect(text.slice(h.bodyStart).trim().length).toBeGreaterThan(0);
    },
  );

  const withGold = docs.filter((d) => d.gold !== null);
  test.each(withGold.map((d) => [d.id, d] as const))(
    '%s: header fields equal the gold fixture',
    (_id, d) => {
      const h = parseHeader(readFileSync(d.file, 'utf8').replace(/^\uFEFF/u, ''));
      const rows = compare(h, d.gold!);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.map((r) => ({ field: r.field, value: r.got }))).toEqual(
        rows.map((r) => ({ field: r.field, value: r.want })),
      );
    },
  );
}

const sharedDocs = corpus(join(shared, 'corpus'), join(shared, 'gold'));
describe.skipIf(sharedDocs.length === 0)(
  `shared corpus (${join(shared, 'corpus')}; skipped when absent)`,
  () => {
    checkCorpus(sharedDocs);
  },
);

const projectDocs = corpus(join(repo, 'corpus'), join(repo, 'corpus/gold'));
describe.skipIf(projectDocs.length === 0)('project corpus (corpus/ and corpus/gold/)', () => {
  checkCorpus(projectDocs);
});
