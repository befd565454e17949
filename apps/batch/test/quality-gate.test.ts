import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreCorpus } from '@hemicycle/evaluate';
import { locateText } from '@hemicycle/report';
import {
  type ExtractionRecord,
  type Gold,
  kindOfAct,
  makeSpan,
  type Statement,
} from '@hemicycle/schema';
import { describe, expect, test, vi } from 'vitest';
import { runQualityUpdateCommand } from '../src/commands/quality-update';
import { runReportCommand } from '../src/commands/report';
import {
  type Baseline,
  BaselineSchema,
  compareSnapshots,
  diffSnapshots,
  formatRegressions,
} from '../src/compare-quality';
import { loadGold } from '../src/load-gold';
import {
  CORPUS_LABEL,
  corpusGold,
  type GoldCorpus,
  type QualitySnapshot,
  qualitySnapshot,
  SHARED_LABEL,
  scoreGoldCorpus,
  sharedGold,
} from '../src/quality';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const baselineFile = join(repoRoot, 'quality', 'baseline.json');
const shared = sharedGold(repoRoot);

function readBaseline(): Baseline {
  if (!existsSync(baselineFile))
    throw new Error(`${baselineFile} is missing: run \`pnpm quality:update\``);
  return BaselineSchema.parse(JSON.parse(readFileSync(baselineFile, 'utf8')));
}

async function gate(corpus: GoldCorpus): Promise<void> {
  const section = readBaseline().sections[corpus.label];
  if (!section)
    throw new Error(
      `quality/baseline.json has no "${corpus.label}" section: run \`pnpm quality:update\``,
    );
  const run = await scoreGoldCorpus(corpus);
  expect(run.problems, 'gold fixtures and their texts must be readable').toEqual([]);
  const regressions = compareSnapshots(section, qualitySnapshot(run.card));
  if (regressions.length > 0) throw new Error(formatRegressions(corpus.label, regressions));
}

describe('quality gate: no figure of the scorecard drops below quality/baseline.json by more than 0.005', () => {
  test(`${CORPUS_LABEL} (the bundled corpus)`, async () => {
    await gate(corpusGold(repoRoot));
  });

  test.skipIf(shared === null)(
    `${SHARED_LABEL}${shared === null ? ' — SKIPPED: ../shared/gold is absent (place shared/ beside the repository or set HEMICYCLE_SHARED)' : ''}`,
    async () => {
      await gate(shared!);
    },
  );
});

/** A snapshot from figures and unmatched items, for the pure comparison. */
function snap(
  figures: Record<string, number>,
  unmatched: Record<string, string[]> = {},
): QualitySnapshot {
  return { documents: ['A7-0234.2012', 'B9'], figures, unmatched };
}

describe('compareSnapshots (pure)', () => {
  const base = snap(
    {
      'total.statements.lenient.f1': 0.8,
      'doc/A7-0234.2012.statements.lenient.f1': 0.75,
      'doc/B9.header.title': 1,
      'total.entities.strict.f1': 0.6,
    },
    {
      'doc/A7-0234.2012.statements': [
        'missed: call on → "EEAS" [european-parliament]: "report back"',
      ],
    },
  );

  test('same figures: nothing', () => {
    expect(compareSnapshots(base, base)).toEqual([]);
  });

  test('a drop within the tolerance (0.004) is noise; higher figures and new figures are fine', () => {
    const current = snap({
      ...base.figures,
      'total.statements.lenient.f1': 0.796,
      'total.entities.strict.f1': 0.9,
      'total.dates.f1': 0.1,
    });
    expect(compareSnapshots(base, current)).toEqual([]);
  });

  test('a drop of 0.006 names the field, the document and the items that changed', () => {
    const current = snap(
      { ...base.figures, 'doc/A7-0234.2012.statements.lenient.f1': 0.744 },
      {
        'doc/A7-0234.2012.statements': [
          'missed: call on → "EEAS" [european-parliament]: "report back"',
          'missed: urge → "Kazakh authorities" [european-parliament]: "make every effort"',
        ],
      },
    );
    expect(compareSnapshots(base, current)).toEqual([
      {
        key: 'doc/A7-0234.2012.statements.lenient.f1',
        doc: 'A7-0234.2012',
        field: 'statements.lenient.f1',
        baseline: 0.75,
        current: 0.744,
        newItems: [
          'missed: urge → "Kazakh authorities" [european-parliament]: "make every effort"',
        ],
      },
    ]);
  });

  test('a figure no longer computed is a regression; a total lists new items by document', () => {
    const current = snap(
      {
        'total.statements.lenient.f1': 0.5,
        'doc/A7-0234.2012.statements.lenient.f1': 0.75,
        'total.entities.strict.f1': 0.6,
      },
      {
        'doc/B9.header.title': ['wrong: predicted null, gold "Resolution"'],
        'doc/B9.directives': [],
      },
    );
    const regressions = compareSnapshots(base, current);
    expect(regressions.map((r) => [r.key, r.current])).toEqual([
      ['total.statements.lenient.f1', 0.5],
      ['doc/B9.header.title', null],
    ]);
    expect(regressions[1]!.newItems).toEqual(['wrong: predicted null, gold "Resolution"']);
  });

  test('formatRegressions: per document and group, the figures old → new, then the items once', () => {
    const items = ['missed: country "Kazakhstan"', 'spurious: organization "police"'];
    const text = formatRegressions('corpus/gold', [
      {
        key: 'total.entities.strict.f1',
        doc: null,
        field: 'entities.strict.f1',
        baseline: 0.5,
        current: 0.25,
        newItems: items.map((i) => `X: ${i}`),
      },
      {
        key: 'a',
        doc: 'X',
        field: 'entities.strict.f1',
        baseline: 0.5,
        current: 0.25,
        newItems: items,
      },
      {
        key: 'b',
        doc: 'X',
        field: 'entities.lenient.recall',
        baseline: 1,
        current: null,
        newItems: items,
      },
    ]);
    expect(text).toBe(
      [
        'corpus/gold: 3 figures dropped below the baseline (quality/baseline.json) by more than 0.005:',
        '  total, entities:',
        '    entities.strict.f1: 0.5000 → 0.2500 (-0.2500)',
        '      (items: see the documents below)',
        '  document X, entities:',
        '    entities.strict.f1: 0.5000 → 0.2500 (-0.2500)',
        '    entities.lenient.recall: 1.0000 → no longer computed',
        '      now missed: country "Kazakhstan"',
        '      now spurious: organization "police"',
        'If the drop is intended, run `pnpm quality:update` and say why in the commit message; otherwise fix the extraction.',
      ].join('\n'),
    );
  });

  test('diffSnapshots lists every changed figure, old → new, totals first', () => {
    const after = snap({
      'doc/B9.header.title': 0,
      'total.entities.strict.f1': 0.7,
      'total.statements.lenient.f1': 0.8,
      'total.dates.f1': 1,
    });
    expect(diffSnapshots(base, after)).toEqual([
      '  + total.dates.f1: 1.0000 (new)',
      '  ▲ total.entities.strict.f1: 0.6000 → 0.7000 (+0.1000)',
      '  - doc/A7-0234.2012.statements.lenient.f1: 0.7500 → gone',
      '  ▼ doc/B9.header.title: 1.0000 → 0.0000 (-1.0000)',
    ]);
  });
});

/** The record with the gold's statements placed in its text (where found): a known-good statements field. */
function withGoldStatements(record: ExtractionRecord, text: string, gold: Gold): ExtractionRecord {
  const statements: Statement[] = [];
  for (const g of gold.statements ?? []) {
    const content = locateText(text, g.content)[0];
    if (!content) continue;
    const addr = g.addressee === null ? undefined : locateText(text, g.addressee)[0];
    statements.push({
      act: g.act,
      kind: kindOfAct(g.act) ?? 'assertive',
      speaker: g.speaker,
      addressee: g.addressee === null || !addr ? null : { id: 'x', text: g.addressee, ...addr },
      content: makeSpan(text, content.start, content.end),
      sentence: 0,
      span: makeSpan(text, content.start, content.end),
    });
  }
  return { ...record, statements };
}

describe('the gate really fails when an extraction is lowered on purpose', () => {
  test('dropping the statements of the Kazakhstan record is reported: field, document, missed items', async () => {
    const corpus = corpusGold(repoRoot);
    const run = await scoreGoldCorpus(corpus);
    const gold = (await loadGold(corpus.goldDir)).golds.get('2012-2553-RSP')!;
    const record = run.records.find((r) => r.doc === '2012-2553-RSP')!;
    const good = withGoldStatements(record, run.texts.get(record.doc)!, gold);
    expect(good.statements.length).toBeGreaterThan(10);
    const before = qualitySnapshot(scoreCorpus([{ record: good, gold }]));
    const after = qualitySnapshot(scoreCorpus([{ record: { ...good, statements: [] }, gold }]));
    const regressions = compareSnapshots(before, after);
    const keys = regressions.map((r) => r.key);
    expect(keys).toContain('doc/2012-2553-RSP.statements.lenient.f1');
    expect(keys).toContain('total.directives.strict.f1');
    const message = formatRegressions(CORPUS_LABEL, regressions);
    expect(message).toContain('  document 2012-2553-RSP, statements:\n');
    expect(message).toContain('    statements.lenient.f1: 1.0000 → 0.0000 (-1.0000)');
    expect(message).toContain(
      'now missed: call on → "EEAS" [european-parliament]: "report back to Parliament"',
    );
  });

  test('dropping the title of a record lowers header.title', async () => {
    const run = await scoreGoldCorpus(corpusGold(repoRoot));
    const gold = (await loadGold(corpusGold(repoRoot).goldDir)).golds.get('2012-2553-RSP')!;
    const record = run.records[0]!;
    const before = qualitySnapshot(
      scoreCorpus([{ record: { ...record, title: gold.title ?? null }, gold }]),
    );
    const after = qualitySnapshot(scoreCorpus([{ record: { ...record, title: null }, gold }]));
    expect(compareSnapshots(before, after).map((r) => `${r.field} ${r.doc ?? 'total'}`)).toEqual([
      'header.title total',
      'header.title 2012-2553-RSP',
    ]);
  });
});

describe('pnpm quality:update', () => {
  test('writes a baseline with a section per gold set, then prints no change on a second run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hemicycle-baseline-'));
    const file = join(dir, 'baseline.json');
    const printed: string[] = [];
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      printed.push(String(chunk));
      return true;
    });
    try {
      expect(await runQualityUpdateCommand(['--baseline', file])).toBe(0);
      const first = printed.join('');
      printed.length = 0;
      expect(await runQualityUpdateCommand(['--baseline', file])).toBe(0);
      const second = printed.join('');
      stdout.mockRestore();
      const written = BaselineSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
      expect(Object.keys(written.sections)).toEqual(
        shared ? [CORPUS_LABEL, SHARED_LABEL] : [CORPUS_LABEL],
      );
      expect(written.sections[CORPUS_LABEL]!.figures['total.header.title']).toBe(1);
      expect(first).toContain(`${CORPUS_LABEL}: new section, 1 documents`);
      expect(second).toMatch(/corpus\/gold: 1 documents, \d+ figures, 0 changed/);
    } finally {
      stdout.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('pnpm report without records says to run pnpm batch first (usage error, exit 2)', async () => {
    await expect(
      runReportCommand(['--records', join(tmpdir(), 'no-such-records.jsonl')]),
    ).rejects.toThrow(/does not exist/);
  });
});
