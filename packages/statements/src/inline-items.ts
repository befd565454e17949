import type { Range } from './find-acts';

/** A dash or bullet opening an item: "- propose ...". */
const DASH = /^[-–—•·*‒](?=\s)/u;
/** A letter, roman or arabic numeral in parentheses, or before one: "(a)", "b)", "(iv)", "(2)". */
const NUMBERED = /^\(?(?:[a-z]|[ivx]{1,5}|\d{1,2})\)(?=\s)/;
/** A numbered marker inside a run of text, after a space: the start of the next item. */
const NUMBERED_INSIDE = /\s\((?:[a-z]|[ivx]{1,5}|\d{1,2})\)\s/g;

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
}

/** `r` without leading white space, a leading "and"/"or" and an item marker. */
function stripOpening(text: string, r: Range): Range {
  let { start } = r;
  const skipSpace = () => {
    while (start < r.end && isSpace(text[start])) start++;
  };
  skipSpace();
  for (const w of ['and ', 'or ']) {
    if (text.slice(start, start + w.length).toLowerCase() === w) start += w.length;
  }
  skipSpace();
  const head = text.slice(start, Math.min(r.end, start + 8));
  const marker = DASH.exec(head) ?? NUMBERED.exec(head);
  if (marker) start += marker[0].length;
  skipSpace();
  return { start, end: r.end };
}

/** The semicolons of `text` between `from` and `to` outside parentheses. */
function semicolons(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0) out.push(i);
  }
  return out;
}

/**
 * The items of a list written on one line after a colon, from `from` (just after the colon) to
 * `to`: "to: - propose X; - assess Y", "to: (a) adopt X; (b) support Y; and (c) report Z",
 * "to: (i) ratify X, (ii) implement Y and (iii) report". Items are cut at semicolons, or, when
 * there are none, before each numbered marker "(b)"; their markers and a leading "and" are left
 * out (the caller trims their ends). Text after the colon that is no list is one item. [] when
 * nothing follows the colon: the list is on the lines below.
 */
export function inlineItems(text: string, from: number, end: number): Range[] {
  let start = from;
  while (start < end && isSpace(text[start])) start++;
  // the mark that closes a paragraph ("...;" in a resolution) separates no items
  let to = end;
  while (to > start && (isSpace(text[to - 1]) || text[to - 1] === ';' || text[to - 1] === '.'))
    to--;
  if (start >= to) return [];
  const cuts: Range[] = [];
  const semis = semicolons(text, start, to);
  if (semis.length > 0) {
    let at = start;
    for (const s of semis) {
      cuts.push({ start: at, end: s });
      at = s + 1;
    }
    cuts.push({ start: at, end: to });
  } else if (NUMBERED.test(text.slice(start, Math.min(to, start + 8)))) {
    let at = start;
    const body = text.slice(start, to);
    NUMBERED_INSIDE.lastIndex = 0;
    for (let m = NUMBERED_INSIDE.exec(body); m !== null; m = NUMBERED_INSIDE.exec(body)) {
      // the match starts with the space before the marker
      cuts.push({ start: at, end: start + m.index });
      at = start + m.index + 1;
    }
    cuts.push({ start: at, end: to });
  } else {
    cuts.push({ start, end: to });
  }
  const items: Range[] = [];
  for (const c of cuts) {
    const item = stripOpening(text, c);
    if (/[\p{L}\p{N}]/u.test(text.slice(item.start, item.end))) items.push(item);
  }
  return items;
}
