import type { EntityCollector } from './entity-collector';

/** A person named by surname alone ("Commissioner Šefčovič", "President von der Leyen") is the one named in full elsewhere. */
export function mergeSurnames(collector: EntityCollector): void {
  const people = collector.keysOf('person');
  for (const p of people) {
    const short = longest(p.texts).toLowerCase();
    if (short === '') continue;
    const suffix = ` ${short}`;
    let target: (typeof people)[number] | undefined;
    let targets = 0;
    for (const q of people) {
      if (q.key === p.key || !someEndsWith(q.texts, suffix)) continue;
      target ??= q;
      targets++;
    }
    if (target && targets === 1) collector.merge(p.key, target.key);
  }
}

/** "Van Hool" typed as a person is the company "Van Hool NV" named elsewhere in the text. */
export function mergeOrganisationPrefixes(collector: EntityCollector): void {
  const orgs = collector.keysOf('organization');
  for (const p of collector.keysOf('person')) {
    const prefix = `${longest(p.texts)} `;
    for (const o of orgs) {
      if (!someStartsWith(o.texts, prefix)) continue;
      collector.merge(p.key, o.key);
      break;
    }
  }
}

// Loops and module-level helpers rather than callbacks made per person: V8 holds a closure's
// optimised code only weakly, so such callbacks were compiled again after every full GC.

/** The first of the longest texts, or ''. */
function longest(texts: readonly string[]): string {
  let best = '';
  for (const t of texts) if (t.length > best.length) best = t;
  return best;
}

/** Whether one of the texts ends with `suffix` (lower-case), case aside. */
function someEndsWith(texts: readonly string[], suffix: string): boolean {
  for (const t of texts) if (t.toLowerCase().endsWith(suffix)) return true;
  return false;
}

/** Whether one of the texts starts with `prefix`. */
function someStartsWith(texts: readonly string[], prefix: string): boolean {
  for (const t of texts) if (t.startsWith(prefix)) return true;
  return false;
}
