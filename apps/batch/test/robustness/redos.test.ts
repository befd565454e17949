// No regular expression of the project can backtrack catastrophically.
// 1. Static: every regex literal and `new RegExp('literal')` of packages/*/src and apps/*/src
//    (found with the TypeScript compiler API) is checked with redos-detector.
// 2. Run time: every RegExp the stages build from data or variables while loading and running on
//    real texts is captured and checked the same way; a dynamic site never seen is reported.
// 3. Adversarial: every pattern is timed on strings pumped from its own characters and words.
// A pattern redos-detector cannot decide must be reviewed by hand (support/redos-reviewed.ts).
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isSafePattern, toFriendly } from 'redos-detector';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type CapturedRegExp, captureRegExps } from './support/capture-regexps';
import { makeTempDir, repoRoot } from './support/cli';
import { epDocument, seededChooser } from './support/ep-text';
import { type FoundRegex, findProjectRegexes, findRegexesInSource } from './support/find-regexes';
import { pumpRegexes } from './support/pump';
import { REVIEWED_REGEXES } from './support/redos-reviewed';

type Verdict = { verdict: 'safe' } | { verdict: 'unsafe' | 'undecided'; detail: string };

const verdicts = new Map<string, Verdict>();

/**
 * redos-detector's verdict on a pattern, cached. It cannot take case-insensitive and unicode
 * together: such a pattern is checked in unicode mode, case-sensitive (the pumped strings of the
 * last test cover the case-folded overlaps it may miss).
 */
function judge(pattern: string, flags: string): Verdict {
  const key = `${flags}/${pattern}`;
  const cached = verdicts.get(key);
  if (cached) return cached;
  const unicode = flags.includes('u') || flags.includes('v');
  let verdict: Verdict;
  try {
    const result = isSafePattern(pattern, {
      caseInsensitive: flags.includes('i') && !unicode,
      multiLine: flags.includes('m'),
      dotAll: flags.includes('s'),
      unicode,
      timeout: 4000,
    });
    if (result.safe) verdict = { verdict: 'safe' };
    else if (result.error === 'hitMaxScore') {
      const friendly = toFriendly(result, { resultsLimit: 1 }).split('\n').slice(0, 6).join(' | ');
      verdict = { verdict: 'unsafe', detail: friendly };
    } else verdict = { verdict: 'undecided', detail: `redos-detector gave up (${result.error})` };
  } catch (error) {
    verdict = {
      verdict: 'undecided',
      detail: `redos-detector cannot read it: ${(error as Error).message}`,
    };
  }
  verdicts.set(key, verdict);
  return verdict;
}

const isReviewed = (file: string, pattern: string) =>
  REVIEWED_REGEXES.some((r) => file.startsWith(r.file) && r.pattern === pattern);

const describeRegex = (where: string, pattern: string, flags: string | null) =>
  `${where}  /${pattern}/${flags ?? '(flags not a literal)'}`;

const shared = process.env.HEMICYCLE_SHARED ?? resolve(repoRoot, '..', 'shared');

let found: FoundRegex[] = [];
let captured: CapturedRegExp[] = [];
const loadErrors: string[] = [];
let dir = '';

beforeAll(async () => {
  found = findProjectRegexes(repoRoot);
  dir = makeTempDir('redos');
  // Load and run the stages with the global RegExp wrapped, on real and generated texts.
  const capture = captureRegExps();
  try {
    const { extractRecordFromText } = await import('@hemicycle/pipeline');
    const { parseGold, scoreDocument } = await import('@hemicycle/evaluate');
    await import('@hemicycle/output');
    await import('@hemicycle/schema');
    await import('@hemicycle/ingest');
    const texts = [
      readFileSync(join(repoRoot, 'corpus', '2012-2553-RSP.txt'), 'utf8'),
      // Header forms the bundled corpus lacks, so that every dynamic RegExp runs without ../shared.
      'REGULATION (EU) 2022/2554 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL of 14 December 2022 on digital operational resilience\nWhereas:\n(1) In the digital age, ICT supports complex systems.\n',
      'EUROPEAN COMMISSION\nBrussels, 26.3.2025\nCOM(2025) 1 final\n2025/0061(BUD)\nProposal for a\nDECISION OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL\non the mobilisation of the European Globalisation Adjustment Fund\n',
    ];
    const sharedCorpus = join(shared, 'corpus');
    if (existsSync(sharedCorpus)) {
      for (const name of readdirSync(sharedCorpus).filter((n) => n.endsWith('.txt'))) {
        texts.push(readFileSync(join(sharedCorpus, name), 'utf8'));
      }
    }
    for (let i = 0; i < 20; i++) texts.push(epDocument(seededChooser(500 + i), 30, true));
    const goldPath = join(repoRoot, 'corpus', 'gold', '2012-2553-RSP.gold.json');
    const gold = parseGold(readFileSync(goldPath, 'utf8'), goldPath);
    for (const [i, text] of texts.entries()) {
      const record = extractRecordFromText(text, { id: i === 0 ? '2012-2553-RSP' : `t${i}` });
      if (i === 0 && gold.ok) scoreDocument(record, gold.value);
    }
  } catch (error) {
    loadErrors.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
  } finally {
    captured = capture.stop().filter((c) => c.where !== null);
  }
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the checks can fail', () => {
  test('the scanner finds regex literals, RegExp calls with literal patterns, and dynamic sites', () => {
    const source = [
      'const a = /(a+)+$/giu;',
      "const b = new RegExp('\\\\d+\\\\s*', 'g');",
      'const c = RegExp(String.raw`\\bNo\\.`);',
      'const d = new RegExp(words.join("|"), "i");',
      "const e = 'not /a regex/ in a string';",
    ].join('\n');
    const regexes = findRegexesInSource(source, 'x.ts');
    expect(regexes.map((r) => [r.kind, r.pattern, r.flags, r.line])).toEqual([
      ['literal', '(a+)+$', 'giu', 1],
      ['constructor', '\\d+\\s*', 'g', 2],
      ['constructor', '\\bNo\\.', '', 3],
      ['dynamic', null, 'i', 4],
    ]);
  });

  test('redos-detector flags a catastrophic pattern and passes a linear one', () => {
    expect(judge('(a+)+$', '').verdict).toBe('unsafe');
    expect(judge('(\\w+)+$', '').verdict).toBe('unsafe');
    expect(judge('\\s+$', '').verdict).toBe('unsafe');
    expect(judge('^(\\d{4})/(\\d{4})\\((\\w{3})\\)$', 'u').verdict).toBe('safe');
  });

  test('the pumped strings find a quadratic pattern and a catastrophic one', async () => {
    const results = await pumpRegexes(
      [
        { pattern: '[\\s,]+$', flags: '' },
        { pattern: '^(a+)+$', flags: '' },
        { pattern: '^\\d{4}/\\d{4}$', flags: '' },
      ],
      dir,
      3000,
    );
    expect(results.map((r) => [r.superLinear !== null, r.hang])).toEqual([
      [true, false],
      [false, true],
      [false, false],
    ]);
  }, 30_000);

  test('the project has regexes to check, and the stages loaded', () => {
    expect(loadErrors).toEqual([]);
    expect(found.length).toBeGreaterThan(10);
  });
});

describe('no catastrophic backtracking', () => {
  test('no regex literal or literal new RegExp(...) in the source is unsafe (redos-detector)', () => {
    const unsafe: string[] = [];
    for (const r of found) {
      if (r.pattern === null) continue;
      for (const flags of r.flags === null ? ['', 'i'] : [r.flags]) {
        const v = judge(r.pattern, flags);
        if (v.verdict === 'unsafe')
          unsafe.push(`${describeRegex(r.where, r.pattern, r.flags)}\n    ${v.detail}`);
      }
    }
    expect(unsafe, `unsafe patterns:\n${unsafe.join('\n')}`).toEqual([]);
  });

  test('every RegExp built at run time (patterns kept as data, word lists) is safe', () => {
    const unsafe = captured.flatMap((c) => {
      const v = judge(c.pattern, c.flags);
      return v.verdict === 'unsafe'
        ? [`${describeRegex(c.where!, c.pattern, c.flags)}\n    ${v.detail}`]
        : [];
    });
    expect(unsafe, `unsafe patterns built at run time:\n${unsafe.join('\n')}`).toEqual([]);
  });

  test('a pattern redos-detector cannot decide is reviewed by hand (support/redos-reviewed.ts)', () => {
    const patterns = [
      ...found.flatMap((r) =>
        r.pattern === null ? [] : [{ where: r.where, pattern: r.pattern, flags: r.flags ?? '' }],
      ),
      ...captured.map((c) => ({ where: c.where!, pattern: c.pattern, flags: c.flags })),
    ];
    const undecided = patterns.flatMap(({ where, pattern, flags }) => {
      const v = judge(pattern, flags);
      if (v.verdict !== 'undecided' || isReviewed(where, pattern)) return [];
      return [
        `${describeRegex(where, pattern, flags)}\n    ${v.detail}: needs a manual check with an adversarial input`,
      ];
    });
    expect(undecided, `needs a manual check:\n${undecided.join('\n')}`).toEqual([]);
  });

  test('every dynamic RegExp site in the source was seen at run time and checked', () => {
    const seen = new Set(captured.map((c) => c.where));
    const unseen = found
      .filter((r) => r.kind === 'dynamic' && !seen.has(r.where))
      .filter((r) => !REVIEWED_REGEXES.some((x) => r.file.startsWith(x.file) && x.pattern === '*'))
      .map(
        (r) =>
          `${r.where}  ${r.code}: built from a variable, never run on the sample texts: needs a manual check`,
      );
    expect(unseen).toEqual([]);
  });

  test('no regex is super-linear on strings pumped from its own characters and words', async () => {
    const items = [
      ...found.flatMap((r) =>
        r.pattern === null ? [] : [{ where: r.where, pattern: r.pattern, flags: r.flags ?? '' }],
      ),
      ...captured.map((c) => ({ where: c.where!, pattern: c.pattern, flags: c.flags })),
    ].map((item) => ({
      ...item,
      extra: REVIEWED_REGEXES.find(
        (r) => item.where.startsWith(r.file) && r.pattern === item.pattern,
      )?.adversarial,
    }));
    const results = await pumpRegexes(items, dir);
    const slow = results
      .filter((r) => r.hang || r.superLinear)
      .map((r) => {
        const item = items[r.index]!;
        const how = r.hang
          ? 'did not finish within 8 s on a pumped string (catastrophic)'
          : `super-linear on ${r.superLinear!.input}: ${r.superLinear!.ms} ms, ${r.superLinear!.doubledMs} ms on twice the length`;
        return `${describeRegex(item.where, item.pattern, item.flags)}\n    ${how}`;
      });
    expect(results.length).toBe(items.length);
    expect(slow, `slow patterns:\n${slow.join('\n')}`).toEqual([]);
  }, 240_000);
});
