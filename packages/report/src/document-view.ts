import type { DocumentScore } from '@hemicycle/evaluate';
import { type ExtractionRecord, kindOfAct, type Statement } from '@hemicycle/schema';
import { findActWord } from './find-act-word';
import { foldForSearch, locateText } from './locate-text';
import type { Mark } from './split-marks';

/** How a predicted item fared against the gold: `unscored` when the gold does not state the field. */
export type ItemStatus = 'matched' | 'partial' | 'spurious' | 'unscored';

export interface StatementView {
  index: number;
  statement: Statement;
  kind: string;
  status: ItemStatus;
  /** For a lenient-only match, the gold content it was matched with. */
  goldContent: string | null;
  /** The gold's speaker where it differs from the predicted one. */
  goldSpeaker: string | null;
  key: string;
  anchor: string;
}

export interface EntityView {
  id: string;
  type: string;
  name: string;
  mentions: number;
  key: string;
  /** Distinct mention texts, each with its status against the gold. */
  texts: { text: string; status: ItemStatus }[];
}

/** A gold item the record lacks, with where it was found in the text (empty: not found). */
export interface MissedView {
  field: 'entity' | 'statement' | 'date' | 'quantity';
  label: string;
  anchors: string[];
}

/** A predicted item the gold does not have, with a link to its first mark in the text. */
export interface SpuriousView {
  field: 'entity' | 'statement' | 'date' | 'quantity';
  label: string;
  anchor: string | null;
}

/** A gold item matched only leniently, with the prediction that matched it. */
export interface PartialView {
  field: 'entity' | 'statement';
  gold: string;
  predicted: string;
  figure: number;
}

export interface DocumentView {
  marks: Mark[];
  statements: StatementView[];
  entities: EntityView[];
  missed: MissedView[];
  spurious: SpuriousView[];
  partial: PartialView[];
}

const NUL = '\u0000';

function quantityKey(q: { value: number; unit: string; role: string | null }): string {
  return `${q.value} ${q.unit} ${q.role ?? 'null'}`;
}

function statementLabel(s: {
  act: string;
  addressee: string | null;
  content: string;
  speaker: string;
}): string {
  const to = s.addressee === null ? '' : ` → ${s.addressee}`;
  return `${s.act}${to} [${s.speaker}]: “${s.content}”`;
}

function itemOf(s: Statement): {
  act: string;
  addressee: string | null;
  content: string;
  speaker: string;
} {
  return {
    act: s.act,
    addressee: s.addressee?.text ?? null,
    content: s.content.text,
    speaker: s.speaker,
  };
}

/** A multiset of keys: `take` answers whether one is left, and uses it. */
function bag(keys: Iterable<string>): { take(key: string): boolean } {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return {
    take(key) {
      const n = counts.get(key) ?? 0;
      if (n === 0) return false;
      counts.set(key, n - 1);
      return true;
    },
  };
}

const STATUS_CLASS: Record<ItemStatus, string | null> = {
  matched: null,
  unscored: null,
  partial: 'pa',
  spurious: 'sp',
};

const STATUS_NOTE: Record<ItemStatus, string> = {
  matched: ' (in the gold)',
  unscored: '',
  partial: ' (partial match with the gold)',
  spurious: ' (SPURIOUS: not in the gold)',
};

function withStatus(classes: string[], status: ItemStatus): string[] {
  const c = STATUS_CLASS[status];
  return c === null ? classes : [...classes, c];
}

function statementViews(record: ExtractionRecord, score: DocumentScore | null): StatementView[] {
  const s = score?.statements ?? null;
  const key = (x: { act: string; start: number; end: number }): string =>
    `${x.act}${NUL}${x.start}${NUL}${x.end}`;
  const spurious = bag((s?.spurious ?? []).map(key));
  const partial = new Map<string, string[]>();
  for (const p of s?.partial ?? []) {
    const k = key(p.predicted);
    partial.set(k, [...(partial.get(k) ?? []), p.gold.content]);
  }
  const wrongSpeaker = new Map<string, string[]>();
  for (const m of score?.speaker?.mismatches ?? []) {
    const k = key(m.predicted);
    wrongSpeaker.set(k, [...(wrongSpeaker.get(k) ?? []), m.gold.speaker]);
  }
  return record.statements.map((statement, index) => {
    const k = key({
      act: statement.act,
      start: statement.content.start,
      end: statement.content.end,
    });
    let status: ItemStatus = 'unscored';
    let goldContent: string | null = null;
    if (s) {
      if (spurious.take(k)) status = 'spurious';
      else if (partial.get(k)?.length) {
        status = 'partial';
        goldContent = partial.get(k)!.shift()!;
      } else status = 'matched';
    }
    const goldSpeaker = status === 'spurious' ? null : (wrongSpeaker.get(k)?.shift() ?? null);
    return {
      index,
      statement,
      kind: kindOfAct(statement.act) ?? statement.kind,
      status,
      goldContent,
      goldSpeaker,
      key: `s${index}`,
      anchor: `s${index}`,
    };
  });
}

function statementMarks(
  text: string,
  views: readonly StatementView[],
  sentences: ExtractionRecord['sentences'],
): Mark[] {
  const marks: Mark[] = [];
  for (const v of views) {
    const st = v.statement;
    const head = `statement ${v.index + 1} (sentence ${st.sentence + 1}): ${st.act} (${v.kind}), speaker ${st.speaker}${
      st.addressee ? `, addressee ${st.addressee.text}` : ''
    }${STATUS_NOTE[v.status]}${v.goldSpeaker ? ` — gold speaker ${v.goldSpeaker}` : ''}`;
    const k = `k-${v.kind}`;
    marks.push({
      start: st.span.start,
      end: st.span.end,
      classes: ['st'],
      label: head,
      key: v.key,
      anchor: v.anchor,
    });
    // The act verb stands before the addressee or content, in the statement's span or, for a
    // later conjunct ("…, and to report back"), earlier in its sentence; a passive puts it after.
    const before = Math.min(st.content.start, st.addressee?.start ?? st.content.start);
    const from = Math.min(st.span.start, sentences[st.sentence]?.start ?? st.span.start);
    const act =
      findActWord(text, st.act, from, before) ??
      findActWord(text, st.act, st.span.start, st.span.end);
    if (act) {
      marks.push({
        ...act,
        classes: withStatus(['st-act', k], v.status),
        label: `act: ${st.act}`,
        key: v.key,
      });
    }
    if (st.addressee) {
      marks.push({
        start: st.addressee.start,
        end: st.addressee.end,
        classes: ['st-addr', k],
        label: `addressee: ${st.addressee.id}`,
        key: v.key,
      });
    }
    marks.push({
      start: st.content.start,
      end: st.content.end,
      classes: withStatus(['st-content', k], v.status),
      label: `content of statement ${v.index + 1}`,
      key: v.key,
    });
  }
  return marks;
}

function entityViews(
  record: ExtractionRecord,
  score: DocumentScore | null,
  marks: Mark[],
  spuriousList: SpuriousView[],
): EntityView[] {
  const e = score?.entities ?? null;
  const spurious = new Set((e?.spurious ?? []).map((i) => `${i.type}${NUL}${i.text}`));
  const partial = new Set(
    (e?.partial ?? []).map((p) => `${p.predicted.type}${NUL}${p.predicted.text}`),
  );
  const statusOf = (type: string, text: string): ItemStatus => {
    if (!e) return 'unscored';
    const k = `${type}${NUL}${text}`;
    return spurious.has(k) ? 'spurious' : partial.has(k) ? 'partial' : 'matched';
  };
  return record.entities.map((entity, i) => {
    const key = `e${i}`;
    const texts = new Map<string, ItemStatus>();
    for (const m of entity.mentions) {
      const status = statusOf(entity.type, m.text);
      const first = status === 'spurious' && !texts.has(m.text);
      texts.set(m.text, status);
      marks.push({
        start: m.start,
        end: m.end,
        classes: withStatus(['ent', `t-${entity.type}`], status),
        label: `${entity.type}: ${entity.name} (id ${entity.id})${STATUS_NOTE[status]}`,
        key,
        ...(first ? spuriousAnchor(spuriousList, 'entity', `${entity.type}: ${m.text}`) : {}),
      });
    }
    return {
      id: entity.id,
      type: entity.type,
      name: entity.name,
      mentions: entity.mentions.length,
      key,
      texts: [...texts].map(([text, status]) => ({ text, status })),
    };
  });
}

/** Lists a spurious item and gives its mark an anchor to link to. */
function spuriousAnchor(
  list: SpuriousView[],
  field: SpuriousView['field'],
  label: string,
): { anchor: string } {
  const anchor = `x${list.length}`;
  list.push({ field, label, anchor });
  return { anchor };
}

function valueMarks(
  record: ExtractionRecord,
  score: DocumentScore | null,
  marks: Mark[],
  spuriousList: SpuriousView[],
): void {
  const spuriousDates = new Set(score?.dates?.spurious ?? []);
  for (const d of record.dates) {
    const status: ItemStatus = !score?.dates
      ? 'unscored'
      : spuriousDates.has(d.value)
        ? 'spurious'
        : 'matched';
    marks.push({
      start: d.span.start,
      end: d.span.end,
      classes: withStatus(['dt'], status),
      label: `date ${d.value}${STATUS_NOTE[status]}`,
      ...(status === 'spurious'
        ? spuriousAnchor(spuriousList, 'date', `${d.value} “${d.span.text}”`)
        : {}),
    });
  }
  const spuriousQuantities = new Set(score?.quantities?.spurious ?? []);
  for (const q of record.quantities) {
    const key = quantityKey(q);
    const status: ItemStatus = !score?.quantities
      ? 'unscored'
      : spuriousQuantities.has(key)
        ? 'spurious'
        : 'matched';
    const qualifier = q.qualifier ? ` (${q.qualifier})` : '';
    marks.push({
      start: q.span.start,
      end: q.span.end,
      classes: withStatus(['qt'], status),
      label: `quantity ${q.value} ${q.unit}${q.role ? `, ${q.role}` : ''}${qualifier}${STATUS_NOTE[status]}`,
      ...(status === 'spurious'
        ? spuriousAnchor(spuriousList, 'quantity', `${key} “${q.span.text}”`)
        : {}),
    });
  }
}

function missedViews(
  text: string | null,
  score: DocumentScore | null,
  marks: Mark[],
): MissedView[] {
  if (!score) return [];
  const folded = text === null ? null : foldForSearch(text);
  const missed: MissedView[] = [];
  const locate = (
    field: MissedView['field'],
    label: string,
    needle: string | null,
    classes: string[],
  ): void => {
    const n = missed.length;
    const found = folded && needle ? locateText(folded, needle) : [];
    const anchors = found.map((_, j) => `m${n}-${j}`);
    found.forEach((r, j) => {
      marks.push({ ...r, classes, label: `MISSED (gold ${field}): ${label}`, anchor: anchors[j]! });
    });
    missed.push({ field, label, anchors });
  };
  for (const e of score.entities?.missed ?? [])
    locate('entity', `${e.type}: ${e.text}`, e.text, ['ms']);
  for (const s of score.statements?.missed ?? [])
    locate('statement', statementLabel(s), s.content, ['ms', 'ms-st']);
  for (const d of score.dates?.missed ?? []) missed.push({ field: 'date', label: d, anchors: [] });
  for (const q of score.quantities?.missed ?? [])
    missed.push({ field: 'quantity', label: q, anchors: [] });
  return missed;
}

function partialViews(score: DocumentScore | null): PartialView[] {
  if (!score) return [];
  return [
    ...(score.entities?.partial ?? []).map((p) => ({
      field: 'entity' as const,
      gold: `${p.gold.type}: ${p.gold.text}`,
      predicted: p.predicted.text,
      figure: p.overlap,
    })),
    ...(score.statements?.partial ?? []).map((p) => ({
      field: 'statement' as const,
      gold: statementLabel(p.gold),
      predicted: statementLabel(p.predicted),
      figure: p.contentF1,
    })),
  ];
}

/**
 * What a document page shows: the marks to lay over the text (entities, dates, quantities,
 * each statement's act, addressee and content, gold items missed and found in the text) and
 * the lists beside it. `text` null: the source could not be read; only lists are shown.
 */
export function documentView(
  record: ExtractionRecord,
  text: string | null,
  score: DocumentScore | null,
): DocumentView {
  const marks: Mark[] = [];
  const statements = statementViews(record, score);
  if (text !== null) marks.push(...statementMarks(text, statements, record.sentences));
  const spurious: SpuriousView[] = statements
    .filter((v) => v.status === 'spurious')
    .map((v) => ({
      field: 'statement',
      label: statementLabel(itemOf(v.statement)),
      anchor: v.anchor,
    }));
  const entities = entityViews(record, score, marks, spurious);
  valueMarks(record, score, marks, spurious);
  const missed = missedViews(text, score, marks);
  if (text === null) for (const x of spurious) x.anchor = null;
  return {
    marks: text === null ? [] : marks,
    statements,
    entities,
    missed,
    spurious,
    partial: partialViews(score),
  };
}
