// Child process of the ReDoS test: times each regex on adversarial strings pumped from its own
// characters and words (long runs and alternations, ended by a character it cannot match), and
// reports one JSON line per regex on stdout. The parent kills this process when a regex hangs and
// starts it again after that regex. Usage: node pump-regexes.mjs <patterns.json> <first index>
import { readFileSync } from 'node:fs';

const [file, firstArg] = process.argv.slice(2);
const items = JSON.parse(readFileSync(file, 'utf8'));
const first = Number(firstArg ?? 0);
const N = 10_000;
const END = '\u0000';
const META = new Set([...'\\^$|?*+()[]{}/']);

/** The characters and words a pattern can consume, to pump with. */
function material(source) {
  const chars = new Set();
  const add = (...cs) => {
    for (const c of cs) chars.add(c);
  };
  if (source.includes('\\d')) add('1', '0');
  if (source.includes('\\s') || source.includes(' ')) add(' ', '\n', '\u00a0');
  if (source.includes('\\w')) add('a', '_');
  if (source.includes('\\b') || source.includes('\\B')) add('a', ' ');
  if (/\\p\{L|A-Z|À/.test(source)) add('A', 'É');
  if (/\\p\{L|a-z|à/.test(source)) add('a', 'é');
  if (/\\p\{N|0-9/.test(source)) add('1');
  if (/\\p\{P|\\p\{Z/.test(source)) add('.', ',', ' ');
  if (source.includes('.')) add('.', 'x');
  if (source.includes('[^')) add('x', ' ', '.');
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (/[.()[\]/\-+*?{}|^$&,:;'"’‘“”–—]/.test(next)) add(next);
      i++;
    } else if (!META.has(c)) add(c);
  }
  const words = [
    ...new Set(source.replace(/\\[a-zA-Z]/g, ' ').match(/[A-Za-zÀ-ÿ]{2,}/g) ?? []),
  ].slice(0, 12);
  return { chars: [...chars].slice(0, 36), words };
}

function* candidates(source, extra) {
  for (const [i, s] of (extra ?? []).entries())
    yield [`adversarial string ${i + 1} of the review`, s + END];
  const { chars, words } = material(source);
  for (const c of chars) yield [`${JSON.stringify(c)} × ${N}`, c.repeat(N) + END];
  const few = chars.slice(0, 12);
  for (const a of few) {
    for (const b of few)
      if (a !== b) yield [`${JSON.stringify(a + b)} × ${N / 2}`, (a + b).repeat(N / 2) + END];
  }
  for (const w of words) {
    for (const sep of [' ', '. ', '.', ', ', '\n']) {
      const unit = w + sep;
      yield [
        `${JSON.stringify(unit)} × ${Math.ceil(N / unit.length)}`,
        unit.repeat(Math.ceil(N / unit.length)) + END,
      ];
    }
    const upper = w.toUpperCase();
    yield [
      `${JSON.stringify(`${upper} `)} repeated`,
      `${upper} `.repeat(Math.ceil(N / (upper.length + 1))) + END,
    ];
  }
}

function timeScan(re, s) {
  const started = performance.now();
  re.lastIndex = 0;
  let guard = 0;
  for (let m = re.exec(s); m !== null && guard < 2 * s.length + 2; m = re.exec(s)) {
    if (m[0].length === 0) re.lastIndex++;
    guard++;
  }
  return performance.now() - started;
}

for (let index = first; index < items.length; index++) {
  const { pattern, flags, extra } = items[index];
  process.stdout.write(`${JSON.stringify({ start: index })}\n`);
  let re;
  try {
    re = new RegExp(pattern, `${flags.replace(/[gy]/g, '')}g`);
  } catch (e) {
    process.stdout.write(`${JSON.stringify({ done: index, error: String(e) })}\n`);
    continue;
  }
  let worst = { ms: 0, input: '' };
  let superLinear = null;
  for (const [label, s] of candidates(pattern, extra)) {
    const ms = timeScan(re, s);
    if (ms > worst.ms) worst = { ms, input: label };
    if (ms > 50) {
      // Twice the input: a linear scan takes about twice the time, a quadratic one four times.
      // The best of two runs each, so that a pause of the machine does not look like a quadratic.
      const doubled = s.slice(0, -1).repeat(2) + END;
      const once = Math.min(ms, timeScan(re, s));
      const twice = Math.min(timeScan(re, doubled), timeScan(re, doubled));
      if (twice > 2.8 * once && twice > 150) {
        superLinear = { input: label, ms: Math.round(once), doubledMs: Math.round(twice) };
        break;
      }
    }
  }
  process.stdout.write(
    `${JSON.stringify({ done: index, worstMs: Math.round(worst.ms), worstInput: worst.input, superLinear })}\n`,
  );
}
