import type { EntityCollector } from './entity-collector';

/** A person named by surname alone ("Commissioner Šefčovič", "President von der Leyen") is the one named in full elsewhere. */
export function mergeSurnames(collector: EntityCollector): void {
  const people = collector.keysOf('person');
  for (const p of people) {
    const short = p.texts.reduce((a, b) => (b.length > a.length ? b : a), '').toLowerCase();
    if (short === '') continue;
    const targets = people.filter(
      (q) => q.key !== p.key && q.texts.some((t) => t.toLowerCase().endsWith(` ${short}`)),
    );
    const target = targets[0];
    if (target && targets.length === 1) collector.merge(p.key, target.key);
  }
}

/** "Van Hool" typed as a person is the company "Van Hool NV" named elsewhere in the text. */
export function mergeOrganisationPrefixes(collector: EntityCollector): void {
  const orgs = collector.keysOf('organization');
  for (const p of collector.keysOf('person')) {
    const name = p.texts.reduce((a, b) => (b.length > a.length ? b : a), '');
    const target = orgs.find((o) => o.texts.some((t) => t.startsWith(`${name} `)));
    if (target) collector.merge(p.key, target.key);
  }
}
