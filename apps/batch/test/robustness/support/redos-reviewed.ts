// Regexes that redos-detector cannot decide (too complex: it times out or hits its step limit)
// and that a person has reviewed by hand. Each entry says why the pattern is linear; the pumped
// adversarial strings of the ReDoS test still run on it. A pattern it finds unsafe does not
// belong here: rewrite the pattern.
export interface ReviewedRegex {
  /** `packages/<pkg>/src/<file>.ts` (any line) */
  file: string;
  pattern: string;
  why: string;
  /** Strings built against this pattern, timed with the pumped ones (ended by a NUL). */
  adversarial: string[];
}

export const REVIEWED_REGEXES: readonly ReviewedRegex[] = [
  {
    file: 'packages/entities/src/dates/scan-dates.ts',
    pattern:
      '(?<![\\w.,/‑-])(\\d{1,2})(?:\\.(\\d{1,2})\\.|\\/(\\d{1,2})\\/|-(\\d{1,2})-)(\\d{4})(?![\\w/]|[.,]\\d)',
    why: 'only bounded quantifiers ({1,2}, {4}) and fixed-length look-arounds: at most 11 characters are tried from each start, so a scan is linear (redos-detector times out on the alternation of three separators)',
    adversarial: [
      '1.1.'.repeat(5000),
      '12/12/'.repeat(3000),
      '1-1-1'.repeat(4000),
      '11.11.111'.repeat(2000),
    ],
  },
];
