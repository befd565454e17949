import type { Prf } from './prf';
import type { Scorecard, StrictLenient } from './score-corpus';
import { SET_FIELDS } from './score-document';
import { HEADER_FIELDS } from './score-header';

type Figures = Record<string, number>;

/** The first segment of every figure's field, in the order `scorecardFigures` writes them. */
const FIGURE_FIELDS = ['header', ...SET_FIELDS, 'entities', 'statements', 'directives', 'speaker'];

function addPrf(out: Figures, key: string, p: Prf | null): void {
  if (p === null) return;
  out[`${key}.precision`] = p.precision;
  out[`${key}.recall`] = p.recall;
  out[`${key}.f1`] = p.f1;
}

function addStrictLenient(out: Figures, key: string, s: StrictLenient | null): void {
  if (s === null) return;
  addPrf(out, `${key}.strict`, s.strict);
  addPrf(out, `${key}.lenient`, s.lenient);
}

/**
 * Every figure of a scorecard under a flat key, for a regression baseline: `total.<field>...`
 * then `doc/<id>.<field>...`, e.g. `total.header.title` (share right), `total.countries.f1`,
 * `total.entities.lenient.f1`, `doc/<id>.statements.strict.f1`, `doc/<id>.header.vote` (1 or 0),
 * `total.speaker.share`. Fields not scored have no key. Every figure is "higher is better".
 */
export function scorecardFigures(card: Scorecard): Figures {
  const out: Figures = {};
  const t = card.total;
  for (const field of HEADER_FIELDS) {
    const h = t.header[field];
    if (h?.share != null) out[`total.header.${field}`] = h.share;
  }
  for (const field of SET_FIELDS) addPrf(out, `total.${field}`, t[field]);
  addStrictLenient(out, 'total.entities', t.entities);
  addStrictLenient(out, 'total.statements', t.statements);
  addStrictLenient(out, 'total.directives', t.directives);
  if (t.speaker?.share != null) out['total.speaker.share'] = t.speaker.share;

  for (const d of card.documents) {
    const key = `doc/${d.doc}`;
    for (const field of HEADER_FIELDS) {
      const h = d.header[field];
      if (h) out[`${key}.header.${field}`] = h.correct ? 1 : 0;
    }
    for (const field of SET_FIELDS) addPrf(out, `${key}.${field}`, d[field]);
    addStrictLenient(out, `${key}.entities`, d.entities);
    addStrictLenient(out, `${key}.statements`, d.statements);
    addStrictLenient(out, `${key}.directives`, d.directives);
    if (d.speaker?.share != null) out[`${key}.speaker.share`] = d.speaker.share;
  }
  return out;
}

/**
 * The document (null for totals) and field of a `scorecardFigures` key:
 * `doc/A7-0234.2012.directives.strict.precision` → `A7-0234.2012`, `directives.strict.precision`.
 * Document ids may hold dots, so the field is found by its known first segment.
 */
export function splitFigureKey(key: string): { doc: string | null; field: string } {
  if (key.startsWith('total.')) return { doc: null, field: key.slice('total.'.length) };
  if (key.startsWith('doc/')) {
    let cut = -1;
    for (const f of FIGURE_FIELDS) {
      const at = key.indexOf(`.${f}.`, 4);
      if (at >= 0 && (cut < 0 || at < cut)) cut = at;
    }
    if (cut >= 0) return { doc: key.slice(4, cut), field: key.slice(cut + 1) };
  }
  return { doc: null, field: key };
}
