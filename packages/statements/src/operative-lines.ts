import { cues } from './lexicon';

const OPENING = /^[^\S\n]*The European Parliament[^\S\n]?,[^\S\n]*$/m;
const NUMBERED = /^[^\S\n]*\d{1,3}\.[^\S\n]+\S/;

/** A line that closes the operative part ("Amendment 1", "EXPLANATORY STATEMENT", a footnote "[1]"). */
function closes(line: string): boolean {
  const t = line.trimStart();
  if (t.startsWith('[') && /^\[\d+\]/.test(t)) return true;
  for (const c of cues.closingSections) if (t.startsWith(c)) return true;
  return false;
}

/**
 * Line starts of the operative paragraphs of a resolution ("1. Believes that ...") after its
 * opening "The European Parliament,": citations and recitals are not among them.
 */
export function operativeLines(text: string, bodyStart: number): Set<number> {
  const out = new Set<number>();
  const body = text.slice(bodyStart);
  const opening = OPENING.exec(body);
  let at = bodyStart + (opening ? opening.index + opening[0].length : 0);
  let seen = false;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(at, end);
    if (seen && closes(line)) break;
    if (NUMBERED.test(line)) {
      out.add(at);
      seen = true;
    }
    at = end + 1;
  }
  return out;
}
