// Regexes that redos-detector cannot decide (too complex: it times out or hits its step limit)
// and that a person has reviewed by hand. Each entry says why the pattern is linear; the pumped
// adversarial strings of the ReDoS test still run on it. A pattern it finds unsafe does not
// belong here: rewrite the pattern.
export interface ReviewedRegex {
  /** `packages/<pkg>/src/<file>.ts` (any line) */
  file: string;
  pattern: string;
  why: string;
}

export const REVIEWED_REGEXES: readonly ReviewedRegex[] = [];
