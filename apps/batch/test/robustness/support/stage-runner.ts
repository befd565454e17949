// Child process of the adversarial-inputs test (bundled with esbuild at test time): runs each
// stage on each input file of a list, announcing every stage before it starts and after it ends,
// so that the parent, which kills the process when an input goes past its time bound, knows which
// stage hung (and starts again after that input).
// Usage: node stage-runner.mjs <inputs.json: string[]> <first index>
import { readFileSync } from 'node:fs';
import { extractEntities } from '@hemicycle/entities';
import { decodeText, parseHeader } from '@hemicycle/ingest';
import type { ExtractionRecord, ParsedDocument } from '@hemicycle/schema';
import { segmentSentences } from '@hemicycle/segment';
import { extractStatements } from '@hemicycle/statements';
import { recordProblems } from './check-record';

const [list = '', firstArg = '0'] = process.argv.slice(2);
const files = JSON.parse(readFileSync(list, 'utf8')) as string[];
const say = (message: Record<string, unknown>) =>
  process.stdout.write(`${JSON.stringify(message)}\n`);

function time<T>(input: number, stage: string, run: () => T): T {
  say({ input, start: stage });
  const started = performance.now();
  const value = run();
  say({ input, done: stage, ms: Math.round(performance.now() - started) });
  return value;
}

for (let input = Number(firstArg); input < files.length; input++) {
  const file = files[input]!;
  const bytes = readFileSync(file);
  const decoded = time(input, 'decodeText', () => decodeText(bytes, file));
  if (!decoded.ok) {
    say({ input, failure: `${decoded.error.code}: ${decoded.error.message}` });
    continue;
  }
  const text = decoded.value;
  const header = time(input, 'parseHeader', () => parseHeader(text));
  const sentences = time(input, 'segmentSentences', () => segmentSentences(text, header.bodyStart));
  const source = {
    id: 'adversarial',
    path: file,
    text,
    sha256: '0'.repeat(64),
    bytes: bytes.length,
  };
  const doc: ParsedDocument = { ...source, header };
  const found = time(input, 'extractEntities', () => extractEntities(doc, sentences));
  const statements = time(input, 'extractStatements', () =>
    extractStatements(doc, sentences, found.entities),
  );
  // The record as @hemicycle/pipeline assembles it, from the stages' outputs above.
  const record: ExtractionRecord = {
    schemaVersion: 1,
    doc: source.id,
    source: { path: file, sha256: source.sha256, bytes: source.bytes, format: header.format },
    title: header.title,
    procedure: header.procedure,
    event: header.event,
    vote: header.vote,
    tabledBy: header.tabledBy,
    sentences,
    ...found,
    statements,
  };
  const problems = time(input, 'validateRecord', () => recordProblems(record, text));
  say({ input, problems });
}
