// A corpus of hostile inputs, generated here in a temporary folder (nothing binary is committed),
// run through the built CLI: every input ends as a record or as a failure that names the file and
// says why in plain words; records + failures = inputs; the records keep every invariant.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { recordProblems } from './support/check-record';
import {
  type CliRun,
  describeRun,
  ensureBuilt,
  makeTempDir,
  parseSummary,
  readJsonLines,
  releaseBuilt,
  repoRoot,
  runCli,
} from './support/cli';
import { epDocument, seededChooser } from './support/ep-text';

interface FailureLine {
  doc: string;
  file: string;
  code: string;
  reason: string;
}
interface RecordLine {
  doc: string;
  source: { path: string };
  sentences: { start: number; end: number; text: string }[];
  title: string | null;
  procedure: unknown;
}

/** What each input must give: a record of this text, or a failure with one of these codes. */
type Expected =
  | { kind: 'record'; text: string; note: string }
  | { kind: 'failure'; codes: string[]; note: string }
  | { kind: 'either'; text: string; codes: string[]; note: string; alsoAs?: string };

const kazakhstan = readFileSync(join(repoRoot, 'corpus', '2012-2553-RSP.txt'), 'utf8');
const ep = (seed: number, n = 12) => epDocument(seededChooser(seed), n);

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  if (endian === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
}

const asRoot = process.getuid?.() === 0;
let dir = '';
let corpus = '';
let out = '';
let run: CliRun;
const expected = new Map<string, Expected>();
let records: RecordLine[] = [];
let failures: FailureLine[] = [];

/** Writes one input and what it must give. */
function put(relative: string, bytes: string | Buffer, expect: Expected): void {
  const path = join(corpus, relative);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, bytes);
  expected.set(path, expect);
}

beforeAll(async () => {
  ensureBuilt();
  dir = makeTempDir('hostile');
  corpus = join(dir, 'corpus');
  out = join(dir, 'out', 'records.jsonl');
  mkdirSync(join(dir, 'out'), { recursive: true });
  mkdirSync(corpus);

  // Not documents: files without a .txt name are ignored, not counted.
  writeFileSync(join(corpus, 'notes.md'), '# not an input\n');
  writeFileSync(join(corpus, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  writeFileSync(join(corpus, 'README'), 'no extension\n');

  put('empty.txt', '', { kind: 'failure', codes: ['empty'], note: 'an empty file' });
  put('whitespace-only.txt', ' \t\r\n\u00a0 \n\n   \r\n', {
    kind: 'failure',
    codes: ['empty'],
    note: 'white space only (with a no-break space)',
  });
  put('binary.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0x41, 0x42, 0, 0xff]), {
    kind: 'failure',
    codes: ['binary'],
    note: 'a binary file (ELF magic, NUL bytes)',
  });
  put('text-with-nul.txt', Buffer.from('The European Parliament\u0000adopted a resolution.\n'), {
    kind: 'failure',
    codes: ['binary'],
    note: 'text with one NUL byte in it',
  });
  put(
    'latin1.txt',
    Buffer.from('Résolution du Parlement européen sur le Kazakhstan.\n', 'latin1'),
    {
      kind: 'failure',
      codes: ['invalid-utf8'],
      note: 'ISO-8859-1 text (no guessing of the encoding)',
    },
  );
  put(
    'invalid-utf8-middle.txt',
    Buffer.concat([
      Buffer.from('Parliament calls on the Commission '),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(' to act.\n'),
    ]),
    {
      kind: 'failure',
      codes: ['invalid-utf8'],
      note: 'an invalid 2-byte sequence in the middle',
    },
  );
  put(
    'invalid-utf8-overlong.txt',
    Buffer.concat([
      Buffer.from('An overlong slash '),
      Buffer.from([0xc0, 0xaf]),
      Buffer.from('.\n'),
    ]),
    {
      kind: 'failure',
      codes: ['invalid-utf8'],
      note: 'an overlong encoding (C0 AF)',
    },
  );
  put(
    'invalid-utf8-surrogate.txt',
    Buffer.concat([
      Buffer.from('A CESU surrogate '),
      Buffer.from([0xed, 0xa0, 0x80]),
      Buffer.from('.\n'),
    ]),
    {
      kind: 'failure',
      codes: ['invalid-utf8'],
      note: 'an encoded UTF-16 surrogate (ED A0 80)',
    },
  );
  put(
    'invalid-utf8-truncated.txt',
    Buffer.concat([Buffer.from('Ends in the middle of a euro sign '), Buffer.from([0xe2, 0x82])]),
    {
      kind: 'failure',
      codes: ['invalid-utf8'],
      note: 'a multi-byte sequence cut at the end of the file',
    },
  );
  put(
    'utf16-odd-length.txt',
    Buffer.concat([utf16('Resolution on Kazakhstan', 'le'), Buffer.from([0x41])]),
    {
      kind: 'failure',
      codes: ['invalid-utf8', 'invalid-utf16', 'invalid-encoding'],
      note: 'UTF-16 LE with a BOM and an odd number of bytes',
    },
  );

  put('utf16-le.txt', utf16(kazakhstan, 'le'), {
    kind: 'record',
    text: kazakhstan,
    note: 'UTF-16 LE with a BOM',
  });
  put('utf16-be.txt', utf16(ep(2), 'be'), {
    kind: 'record',
    text: ep(2),
    note: 'UTF-16 BE with a BOM',
  });
  put('utf8-bom.txt', `\ufeff${ep(3)}`, {
    kind: 'record',
    text: ep(3),
    note: 'UTF-8 with a BOM (removed, offsets after it)',
  });
  const crlf = kazakhstan.replace(/\n/g, '\r\n');
  put('crlf.txt', crlf, { kind: 'record', text: crlf, note: 'CRLF line ends' });
  const cr = ep(4).replace(/\r?\n/g, '\r');
  put('cr-only.txt', cr, { kind: 'record', text: cr, note: 'old Mac CR line ends' });
  const nbsp = kazakhstan
    .replace(/ (\d)/g, '\u00a0$1')
    .replace(/\. /g, '.\u00a0')
    .replace(/, /g, ',\u202f');
  put('no-break-spaces.txt', nbsp, {
    kind: 'record',
    text: nbsp,
    note: 'no-break and narrow no-break spaces',
  });
  const shy = kazakhstan.replace(/(\w{4})(\w{4})/g, '$1\u00ad$2');
  put('soft-hyphens.txt', shy, { kind: 'record', text: shy, note: 'soft hyphens inside words' });
  const zw = kazakhstan
    .replace(/ /g, (s, at: number) =>
      at % 3 === 0 ? '\u200b ' : at % 3 === 1 ? ' \u200d' : `${s}\u2060`,
    )
    .replace(/\./g, '.\ufeff');
  put('zero-width.txt', zw, {
    kind: 'record',
    text: zw,
    note: 'zero-width space, joiner, word joiner, inner BOMs',
  });
  const astral = `## Resolution on 😀 emoji 𝔘𝔫𝔦𝔠𝔬𝔡𝔢\n\n2012/2553(RSP) - 15/03/2012 - Text adopted by Parliament, single reading\n\n${ep(5).replace(/ /g, (s, at: number) => (at % 7 === 0 ? ' 🇪🇺 ' : at % 11 === 0 ? ' e\u0301 ' : s))}`;
  put('astral-and-combining.txt', astral, {
    kind: 'record',
    text: astral,
    note: 'astral characters (surrogate pairs), flags, combining accents',
  });
  const separators = ep(6).replace(/\n/g, '\u2028').replace(/\. /g, '.\u2029');
  put('unicode-line-separators.txt', separators, {
    kind: 'record',
    text: separators,
    note: 'U+2028/U+2029 line and paragraph separators',
  });
  const noHeader =
    'Members strongly condemn the violent crackdown. They call on the EEAS to report back to Parliament.\nNo header here at all, just prose without a title line';
  put('no-header.txt', noHeader, { kind: 'record', text: noHeader, note: 'a text with no header' });
  const oneWord = 'Kazakhstan';
  put('one-word.txt', oneWord, { kind: 'record', text: oneWord, note: 'one word, no newline' });
  const headerOnly =
    '## Resolution on Kazakhstan\n\n2012/2553(RSP) - 15/03/2012 - Text adopted by Parliament, single reading\n';
  put('header-only.txt', headerOnly, {
    kind: 'record',
    text: headerOnly,
    note: 'a header and no body',
  });
  const html = `<!DOCTYPE html>\n<html><head><title>Resolution</title><script>window.alert("x"); for (var i = 0; i < 10; i++) { document.write('<p>' + i + '</p>'); }</script><style>p { color: red; }</style></head>\n<body>\n${ep(
    7,
  )
    .split('\n')
    .map((l) => `<p class="x">${l}</p>`)
    .join(
      '\n',
    )}\n<script src="https://example.org/x.js"></script>&amp; &lt;b&gt; &#8217; <!-- comment -->\n</body></html>\n`;
  put('html-and-script.txt', html, {
    kind: 'record',
    text: html,
    note: 'HTML full of <script> (treated as text)',
  });
  const longLine = Array.from(
    { length: 150_000 },
    (_, i) => ['the', 'Parliament', 'calls', 'on', 'Commission', 'to', 'act', 'and'][i % 8],
  ).join(' ');
  put('one-megabyte-line.txt', longLine.slice(0, 1_000_000), {
    kind: 'record',
    text: longLine.slice(0, 1_000_000),
    note: 'a 1 MB line of words with no punctuation',
  });
  const dots = `${'No. '.repeat(25_000)}\n${'a.a.a.a.'.repeat(5_000)}\n${'((((('.repeat(4_000)}\n${'1'.repeat(50_000)}\n${' '.repeat(50_000)}x\n${'EU '.repeat(20_000)}`;
  put('punctuation-runs.txt', dots, {
    kind: 'record',
    text: dots,
    note: 'long runs of "No. ", "a.a.", "(((((", digits, spaces, capitals',
  });

  // A text that made extractEntities throw (found by the properties test): whether the bug is there
  // or fixed, the batch goes on and the document is accounted for, as a record or a clear failure.
  const crashing = '/Greens/EFAArt. Parliament calls on the Commission to act.';
  put('crashing-entities.txt', crashing, {
    kind: 'either',
    text: crashing,
    codes: ['extraction-error'],
    note: 'a text that makes a stage throw',
  });
  // Folders: nested subfolders, a folder named like a file, symlink loops, dangling links, a FIFO.
  const deep = ep(8);
  put('sub/a/b/c/deep.txt', deep, {
    kind: 'record',
    text: deep,
    note: 'a document four folders deep',
  });
  const inFolder = ep(9);
  put('folder-named.txt/inside.txt', inFolder, {
    kind: 'either',
    text: inFolder,
    codes: ['not-a-file', 'unreadable'],
    note: 'a document inside a folder named "folder-named.txt"',
    alsoAs: join(corpus, 'folder-named.txt'),
  });
  symlinkSync('..', join(corpus, 'sub', 'a', 'loop-to-parent'));
  symlinkSync('.', join(corpus, 'sub', 'loop-to-self'));
  symlinkSync(join(corpus, 'sub'), join(corpus, 'sub', 'a', 'b', 'absolute-loop'));
  symlinkSync('does-not-exist.txt', join(corpus, 'dangling.txt'));
  expected.set(join(corpus, 'dangling.txt'), {
    kind: 'failure',
    codes: ['not-found', 'unreadable'],
    note: 'a dangling symlink named .txt',
  });
  symlinkSync('self-loop.txt', join(corpus, 'self-loop.txt'));
  expected.set(join(corpus, 'self-loop.txt'), {
    kind: 'failure',
    codes: ['unreadable', 'not-found'],
    note: 'a symlink that points at itself (ELOOP)',
  });
  execFileSync('mkfifo', [join(corpus, 'named-pipe.txt')]);
  expected.set(join(corpus, 'named-pipe.txt'), {
    kind: 'failure',
    codes: ['not-a-file', 'unreadable'],
    note: 'a FIFO named .txt (reading it would block forever)',
  });
  if (!asRoot) {
    put('no-permission.txt', ep(10), {
      kind: 'failure',
      codes: ['unreadable'],
      note: 'a file with mode 000',
    });
    chmodSync(join(corpus, 'no-permission.txt'), 0o000);
  }

  run = await runCli(['batch', '--input', corpus, '--out', out, '--workers', '2'], {
    timeoutMs: 150_000,
  });
  records = readJsonLines<RecordLine>(out);
  failures = readJsonLines<FailureLine>(`${out}.failures.jsonl`);
}, 240_000);

afterAll(() => {
  releaseBuilt();
  // HEMICYCLE_KEEP_TMP=1 keeps the corpus and the output, to read what each input gave.
  if (dir && !process.env.HEMICYCLE_KEEP_TMP) rmSync(dir, { recursive: true, force: true });
});

describe('a hostile corpus through the built CLI', () => {
  test('the batch ends (no hang on a FIFO or a symlink loop) with exit code 1: some inputs failed', () => {
    expect(run.timedOut, describeRun(run)).toBe(false);
    expect(run.code, describeRun(run)).toBe(1);
  });

  test('every input is accounted for: records + failures = inputs, and the summary line says so', () => {
    const summary = parseSummary(run.stderr);
    expect(summary, describeRun(run)).not.toBeNull();
    const wantRecords = [...expected.values()].filter((e) => e.kind === 'record').length;
    const wantFailures = [...expected.values()].filter((e) => e.kind === 'failure').length;
    const either = expected.size - wantRecords - wantFailures;
    expect(summary!.inputs).toBe(summary!.records + summary!.failed);
    expect(summary!.records).toBe(records.length);
    expect(summary!.failed).toBe(failures.length);
    expect(summary!.records).toBeGreaterThanOrEqual(wantRecords);
    expect(summary!.records).toBeLessThanOrEqual(wantRecords + either);
    expect(summary!.inputs).toBe(expected.size);
  });

  test('each input gives what it must: a record or a failure with the right code, once', () => {
    const got = new Map<string, string[]>();
    const note = (path: string, what: string) => got.set(path, [...(got.get(path) ?? []), what]);
    for (const r of records) note(r.source.path, 'record');
    for (const f of failures) note(f.file, `failure:${f.code}`);
    const wrong: string[] = [];
    for (const [path, want] of expected) {
      const outcome = [
        ...(got.get(path) ?? []),
        ...(want.kind === 'either' && want.alsoAs ? (got.get(want.alsoAs) ?? []) : []),
      ];
      const name = path.slice(corpus.length + 1);
      const allowed =
        want.kind === 'record'
          ? ['record']
          : want.kind === 'failure'
            ? want.codes.map((c) => `failure:${c}`)
            : ['record', ...want.codes.map((c) => `failure:${c}`)];
      if (outcome.length !== 1 || !allowed.includes(outcome[0]!)) {
        wrong.push(
          `${name} (${want.note}): got [${outcome.join(', ')}], want one of [${allowed.join(', ')}]`,
        );
      }
    }
    const aliases = new Set(
      [...expected.values()].flatMap((e) => (e.kind === 'either' && e.alsoAs ? [e.alsoAs] : [])),
    );
    for (const path of got.keys()) {
      if (!expected.has(path) && !aliases.has(path))
        wrong.push(
          `${path}: not an input of this corpus, yet it gave [${got.get(path)!.join(', ')}]`,
        );
    }
    expect(wrong).toEqual([]);
  });

  test('a failure names the file and gives its reason in plain words, also on stderr', () => {
    expect(failures.length, describeRun(run)).toBeGreaterThan(0);
    const bad: string[] = [];
    for (const f of failures) {
      const where = basename(f.file);
      if (f.doc !== where.replace(/\.[^.]*$/, ''))
        bad.push(`${where}: doc "${f.doc}" is not the file name without extension`);
      if (!/[a-z]{3,} [a-z]{2,}/i.test(f.reason) || f.reason.length > 600)
        bad.push(`${where}: reason not in plain words: ${f.reason}`);
      if (/^E[A-Z]+:|\n\s+at /.test(f.reason))
        bad.push(`${where}: reason is a raw system error or a stack: ${f.reason}`);
      if (!run.stderr.includes(f.file)) bad.push(`${where}: not listed on stderr`);
    }
    expect(bad).toEqual([]);
  });

  test('every record keeps the invariants: schema, exact spans, sentences covering the body', () => {
    expect(records.length, describeRun(run)).toBeGreaterThan(0);
    const bad: string[] = [];
    for (const r of records) {
      const want = expected.get(r.source.path);
      if (!want || want.kind === 'failure') continue;
      for (const p of recordProblems(r, want.text)) bad.push(`${basename(r.source.path)}: ${p}`);
    }
    expect(bad).toEqual([]);
  });

  test('HTML and <script> are treated as text: the markup is inside the sentences, unchanged', () => {
    const r = records.find((x) => x.doc === 'html-and-script');
    expect(r).toBeDefined();
    const joined = r!.sentences.map((s) => s.text).join(' ');
    expect(joined).toContain('<script>window.alert("x");');
    expect(joined).toContain('&amp; &lt;b&gt;');
  });

  test('UTF-16 is decoded: the LE file gives the same sentences as the UTF-8 original', () => {
    const r = records.find((x) => x.doc === 'utf16-le');
    expect(r?.title).toBe('Resolution on Kazakhstan');
    expect(
      r?.sentences[0]?.text.startsWith(
        'The European Parliament adopted a resolution on Kazakhstan.',
      ),
    ).toBe(true);
  });

  test('CRLF, no-break spaces, soft hyphens and zero-width characters leave the header readable', () => {
    for (const doc of ['crlf', 'no-break-spaces', 'zero-width', 'soft-hyphens']) {
      const r = records.find((x) => x.doc === doc);
      expect(r?.procedure, doc).not.toBeNull();
    }
  });

  test('files given one by one: a FIFO fails cleanly, a .md file is read, a missing path is a usage error', async () => {
    const notes = join(corpus, 'notes.md');
    const fifo = join(corpus, 'named-pipe.txt');
    const out2 = join(dir, 'out', 'explicit.jsonl');
    const r = await runCli(['batch', '--out', out2, '--workers', '1', '--', fifo, notes], {
      timeoutMs: 60_000,
    });
    expect(r.timedOut, describeRun(r)).toBe(false);
    expect(r.code, describeRun(r)).toBe(1);
    expect(parseSummary(r.stderr)).toEqual({ inputs: 2, records: 1, carried: 0, failed: 1 });
    expect(
      readJsonLines<FailureLine>(`${out2}.failures.jsonl`).map((f) => [f.file, f.code]),
    ).toEqual([[fifo, 'unreadable']]);
    const missing = await runCli(['batch', '--out', out2, '--', join(corpus, 'dangling.txt')]);
    expect(missing.code, describeRun(missing)).toBe(2);
    expect(missing.stderr).toContain('does not exist');
  });

  test('an empty folder is a batch of 0 inputs, exit 0', async () => {
    const empty = join(dir, 'empty-folder');
    mkdirSync(empty);
    const r = await runCli([
      'batch',
      '--input',
      empty,
      '--out',
      join(dir, 'out', 'none.jsonl'),
      '--workers',
      '1',
    ]);
    expect(r.code, describeRun(r)).toBe(0);
    expect(parseSummary(r.stderr)).toEqual({ inputs: 0, records: 0, carried: 0, failed: 0 });
    expect(readFileSync(join(dir, 'out', 'none.jsonl'), 'utf8')).toBe('');
  });
});
