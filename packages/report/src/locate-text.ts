import type { Range } from '@hemicycle/schema';

const SPACE = /\s/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const QUOTE = /[’‘“”"']/;

/** A text folded for search (case, quotes, runs of white space), with where each char came from. */
export interface FoldedText {
  folded: string;
  /** `origin[i]` is the offset in the original text of `folded[i]`. */
  origin: number[];
}

/** Folds case and quote marks and turns each run of white space into one space. */
export function foldForSearch(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (SPACE.test(c)) {
      if (!inSpace) {
        folded += ' ';
        origin.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    const lower = QUOTE.test(c) ? "'" : c.toLowerCase();
    folded += lower.length === 1 ? lower : c;
    origin.push(i);
  }
  return { folded, origin };
}

/**
 * Every place where `needle` stands in the text as whole words, compared with case, quotes and
 * white space folded. Gold fixtures carry no offsets: this finds their items in the text.
 * Returns ranges into the original text, in order, not overlapping one another.
 */
export function locateText(text: string | FoldedText, needle: string): Range[] {
  const hay = typeof text === 'string' ? foldForSearch(text) : text;
  const target = foldForSearch(needle.trim()).folded;
  if (target === '') return [];
  const wordStart = WORD_CHAR.test(target[0]!);
  const wordEnd = WORD_CHAR.test(target[target.length - 1]!);
  const found: Range[] = [];
  let from = 0;
  for (;;) {
    const at = hay.folded.indexOf(target, from);
    if (at < 0) break;
    const after = at + target.length;
    const okStart = !wordStart || at === 0 || !WORD_CHAR.test(hay.folded[at - 1]!);
    const okEnd = !wordEnd || after === hay.folded.length || !WORD_CHAR.test(hay.folded[after]!);
    if (okStart && okEnd) {
      found.push({ start: hay.origin[at]!, end: hay.origin[after - 1]! + 1 });
      from = after;
    } else {
      from = at + 1;
    }
  }
  return found;
}
