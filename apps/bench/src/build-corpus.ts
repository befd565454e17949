import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small seeded PRNG (mulberry32), so the generated corpus is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SourceText {
  name: string;
  header: string[];
  paragraphs: string[];
}

function readSources(dirs: string[]): SourceText[] {
  const sources: SourceText[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.txt')) continue;
      const lines = readFileSync(join(dir, name), 'utf8').split('\n');
      const header = lines.slice(0, 3);
      const paragraphs = lines.slice(3).filter((l) => l.trim().length > 0);
      if (paragraphs.length > 0) sources.push({ name, header, paragraphs });
    }
  }
  return sources;
}

export interface CorpusManifest {
  megabytes: number;
  documents: number;
  bytes: number;
  sources: string[];
}

/**
 * Builds (or reuses) a corpus of at least `megabytes` MB of EP-like text: each document keeps the
 * header of a real text and mixes its paragraphs (70 %) with paragraphs of the others, in a seeded
 * random order, at lengths from short summaries to long acts.
 */
export function buildCorpus(dir: string, megabytes: number, sourceDirs: string[]): CorpusManifest {
  const manifestPath = join(dir, 'manifest.json');
  const sources = readSources(sourceDirs);
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as CorpusManifest;
    if (
      manifest.megabytes === megabytes &&
      manifest.sources.join() === sources.map((s) => s.name).join()
    ) {
      return manifest;
    }
  }
  if (sources.length === 0) throw new Error(`no source texts in ${sourceDirs.join(', ')}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const random = seededRandom(20120315);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const target = megabytes * 1e6;
  let bytes = 0;
  let documents = 0;
  while (bytes < target) {
    const base = pick(sources);
    const r = random();
    const length =
      r < 0.7
        ? 2_000 + random() * 10_000
        : r < 0.95
          ? 12_000 + random() * 90_000
          : 100_000 + random() * 500_000;
    const parts = [...base.header];
    let size = parts.join('\n').length;
    while (size < length) {
      const from = random() < 0.7 ? base : pick(sources);
      const paragraph = pick(from.paragraphs);
      parts.push(paragraph);
      size += paragraph.length + 1;
    }
    const text = `${parts.join('\n')}\n`;
    documents++;
    writeFileSync(join(dir, `doc-${String(documents).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  const manifest: CorpusManifest = {
    megabytes,
    documents,
    bytes,
    sources: sources.map((s) => s.name),
  };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return manifest;
}
