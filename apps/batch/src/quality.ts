import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type DocumentScore,
  type Scorecard,
  scoreCorpus,
  scorecardFigures,
} from '@hemicycle/evaluate';
import { readSourceDocument } from '@hemicycle/ingest';
import { extractRecord } from '@hemicycle/pipeline';
import type { ExtractionRecord } from '@hemicycle/schema';
import { loadGold } from './load-gold';

/** A gold set of the regression gate: its fixtures, and the folder of the texts they describe. */
export interface GoldCorpus {
  /** The baseline section's name: `corpus/gold` or `../shared/gold`. */
  label: string;
  goldDir: string;
  textDir: string;
}

/** The repository root: the nearest folder up from `start` that holds pnpm-workspace.yaml. */
export function findRepoRoot(start = process.cwd()): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) break;
  }
  // The bundled CLI lives in apps/batch/dist, the sources in apps/batch/src.
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
}

/** `../shared` beside the repository, or $HEMICYCLE_SHARED when set. */
export function sharedDir(repoRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.HEMICYCLE_SHARED ? resolve(env.HEMICYCLE_SHARED) : resolve(repoRoot, '..', 'shared');
}

export const CORPUS_LABEL = 'corpus/gold';
export const SHARED_LABEL = '../shared/gold';

/** The bundled corpus's gold set: corpus/gold, texts in corpus/. */
export function corpusGold(repoRoot: string): GoldCorpus {
  return {
    label: CORPUS_LABEL,
    goldDir: join(repoRoot, 'corpus', 'gold'),
    textDir: join(repoRoot, 'corpus'),
  };
}

/** The shared gold set (../shared/gold, texts in ../shared/corpus), or null when it is absent. */
export function sharedGold(
  repoRoot: string,
  env: NodeJS.ProcessEnv = process.env,
): GoldCorpus | null {
  const shared = sharedDir(repoRoot, env);
  const goldDir = join(shared, 'gold');
  if (!existsSync(goldDir) || !statSync(goldDir).isDirectory()) return null;
  return { label: SHARED_LABEL, goldDir, textDir: join(shared, 'corpus') };
}

/** A gold set scored: the records the pipeline gave, their texts, the scorecard. */
export interface QualityRun {
  corpus: GoldCorpus;
  records: ExtractionRecord[];
  texts: Map<string, string>;
  card: Scorecard;
  /** Fixtures that could not be read, texts that could not be read (their documents score 0). */
  problems: string[];
}

/**
 * Runs the pipeline in-process on every document of a gold set (`<textDir>/<doc>.txt`) and
 * scores the records against the fixtures. A document whose text cannot be read scores as
 * missing (every figure 0) and is named in `problems`.
 */
export async function scoreGoldCorpus(corpus: GoldCorpus): Promise<QualityRun> {
  const gold = await loadGold(corpus.goldDir);
  const problems = [...gold.errors];
  const records: ExtractionRecord[] = [];
  const texts = new Map<string, string>();
  const pairs = [];
  for (const g of gold.golds.values()) {
    const read = await readSourceDocument(join(corpus.textDir, `${g.doc}.txt`));
    if (!read.ok) {
      problems.push(`${g.doc}: ${read.error.message}`);
      pairs.push({ gold: g, record: null });
      continue;
    }
    let record: ExtractionRecord;
    try {
      record = extractRecord(read.value);
    } catch (error) {
      problems.push(
        `${g.doc}: the pipeline failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      pairs.push({ gold: g, record: null });
      continue;
    }
    records.push(record);
    texts.set(record.doc, read.value.text);
    pairs.push({ gold: g, record });
  }
  return { corpus, records, texts, card: scoreCorpus(pairs), problems };
}

/**
 * What the baseline keeps of a scorecard: every figure (flat keys of scorecardFigures) and the
 * unmatched items of each document and field, so that a drop can name the items that changed.
 */
export interface QualitySnapshot {
  documents: string[];
  figures: Record<string, number>;
  /** `doc/<id>.<group>` → unmatched items, e.g. `missed: organization "OSCE"`. */
  unmatched: Record<string, string[]>;
}

const q = (s: string): string => JSON.stringify(s);

function statementText(s: {
  act: string;
  addressee: string | null;
  content: string;
  speaker: string;
}): string {
  return `${s.act}${s.addressee === null ? '' : ` → ${q(s.addressee)}`} [${s.speaker}]: ${q(s.content)}`;
}

function show(v: unknown): string {
  return v === null || v === undefined ? 'null' : typeof v === 'string' ? q(v) : JSON.stringify(v);
}

/** The unmatched items of one document, grouped as the figure keys are (`header.title`, `entities`, ...). */
export function unmatchedItems(d: DocumentScore): Record<string, string[]> {
  const groups: Record<string, string[]> = {};
  const add = (group: string, items: string[]): void => {
    if (items.length > 0) groups[`doc/${d.doc}.${group}`] = items;
  };
  if (d.missing) add('record', ['missing: the document gave no record']);
  for (const [field, c] of Object.entries(d.header)) {
    if (c && !c.correct)
      add(`header.${field}`, [`wrong: predicted ${show(c.predicted)}, gold ${show(c.gold)}`]);
  }
  for (const field of ['tabledBy', 'countries', 'dates', 'quantities'] as const) {
    const s = d[field];
    if (s)
      add(field, [
        ...s.missed.map((x) => `missed: ${x}`),
        ...s.spurious.map((x) => `spurious: ${x}`),
      ]);
  }
  if (d.entities) {
    add('entities', [
      ...d.entities.missed.map((x) => `missed: ${x.type} ${q(x.text)}`),
      ...d.entities.spurious.map((x) => `spurious: ${x.type} ${q(x.text)}`),
      ...d.entities.partial.map(
        (x) => `partial: ${x.gold.type} ${q(x.gold.text)} ~ ${q(x.predicted.text)}`,
      ),
    ]);
  }
  if (d.statements) {
    add('statements', [
      ...d.statements.missed.map((x) => `missed: ${statementText(x)}`),
      ...d.statements.spurious.map((x) => `spurious: ${statementText(x)}`),
      ...d.statements.partial.map(
        (x) => `partial: ${statementText(x.gold)} ~ ${q(x.predicted.content)}`,
      ),
    ]);
  }
  if (d.speaker) {
    add(
      'speaker',
      d.speaker.mismatches.map(
        (m) =>
          `wrong speaker: ${m.predicted.speaker}, gold ${m.gold.speaker}: ${statementText(m.gold)}`,
      ),
    );
  }
  return groups;
}

/** The snapshot of a scorecard the baseline stores. */
export function qualitySnapshot(card: Scorecard): QualitySnapshot {
  const unmatched: Record<string, string[]> = {};
  for (const d of card.documents) Object.assign(unmatched, unmatchedItems(d));
  return {
    documents: card.documents.map((d) => d.doc),
    figures: scorecardFigures(card),
    unmatched,
  };
}
