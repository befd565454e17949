import { isInlineSpace, isLowerAt, isUpperAt } from './chars';

const MAX_LABEL = 60;

/**
 * A heading label in capitals that opens a line and is followed on the same line by its text:
 * "PURPOSE: to equip the EU ...", "LEGISLATIVE ACT: Regulation (EU) 2022/2554". Returns the index
 * just after the colon, or -1. The label is its own sentence. At least three capital letters
 * ("EU: the" is not a label) and no lower case.
 */
export function headingLabelEnd(text: string, at: number, limit: number): number {
  if (!isUpperAt(text, at)) return -1;
  let capitals = 0;
  const ceiling = Math.min(limit, at + MAX_LABEL);
  for (let i = at; i < ceiling; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 /* : */) {
      if (capitals < 3) return -1;
      let j = i + 1;
      if (j >= limit || !isInlineSpace(text.charCodeAt(j))) return -1;
      while (j < limit && isInlineSpace(text.charCodeAt(j))) j++;
      return j < limit && !isLineBreakOrEnd(text, j) ? i + 1 : -1;
    }
    if (c === 10 || c === 13) return -1;
    if (isUpperAt(text, i)) capitals++;
    else if (isLowerAt(text, i)) return -1;
    else if (
      !(
        isInlineSpace(c) ||
        c === 38 ||
        c === 47 ||
        c === 45 ||
        c === 44 ||
        c === 39 ||
        c === 0x2019 ||
        c === 40 ||
        c === 41 ||
        (c >= 48 && c <= 57)
      )
    ) {
      return -1;
    }
  }
  return -1;
}

function isLineBreakOrEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}
