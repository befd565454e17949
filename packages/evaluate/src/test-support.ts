import type {
  EntityType,
  ExtractionRecord,
  Gold,
  Quantity,
  Statement,
  Vote,
} from '@hemicycle/schema';
import { ACT_KINDS, makeSpan } from '@hemicycle/schema';

/** What a hand-made test record holds; texts are laid into a document so spans are real slices. */
export interface RecordParts {
  doc?: string;
  title?: string | null;
  procedure?: string | null;
  event?: { date: string; label: string | null } | null;
  vote?: Vote | null;
  tabledBy?: ExtractionRecord['tabledBy'];
  countries?: string[];
  dates?: string[];
  quantities?: [number, Quantity['unit'], Quantity['role']][];
  /** One entity per entry: its type and the texts of its mentions. */
  entities?: [EntityType, ...string[]][];
  statements?: { act: string; speaker?: string; addressee?: string | null; content: string }[];
}

/** Builds a record for evaluator tests (test support only, not exported by the package). */
export function makeRecord(parts: RecordParts): ExtractionRecord {
  let text = '';
  const place = (s: string): { start: number; end: number; text: string } => {
    const start = text.length;
    text += `${s}. `;
    return makeSpan(text, start, start + s.length);
  };
  const procedure = parts.procedure ?? null;
  const m = procedure?.match(/^(\d{4})\/(\w+)\((\w+)\)$/);
  const record: ExtractionRecord = {
    schemaVersion: 1,
    doc: parts.doc ?? 'doc-a',
    source: { path: 'doc-a.txt', sha256: '0'.repeat(64), bytes: 0, format: 'text' },
    title: parts.title ?? null,
    procedure: m ? { reference: procedure!, year: Number(m[1]), number: m[2]!, type: m[3]! } : null,
    event: parts.event ?? null,
    vote: parts.vote ?? null,
    tabledBy: parts.tabledBy ?? [],
    sentences: [],
    entities: (parts.entities ?? []).map(([type, ...mentions], i) => ({
      id: `e${i}`,
      type,
      name: mentions[0]!,
      mentions: mentions.map(place),
    })),
    countries: parts.countries ?? [],
    dates: (parts.dates ?? []).map((value) => ({ value, span: place(value) })),
    quantities: (parts.quantities ?? []).map(([value, unit, role]) => ({
      value,
      unit,
      role,
      qualifier: null,
      span: place(String(value)),
    })),
    statements: (parts.statements ?? []).map((s): Statement => {
      const addressee = s.addressee ? place(s.addressee) : null;
      const content = place(s.content);
      return {
        act: s.act,
        kind: ACT_KINDS.get(s.act) ?? 'assertive',
        speaker: s.speaker ?? 'european-parliament',
        addressee: addressee && { id: 'x', ...addressee },
        content,
        sentence: 0,
        span: content,
      };
    }),
  };
  record.sentences = [makeSpan(text, 0, text.trimEnd().length)];
  return record;
}

/** A gold fixture with only the fields given (the others are not scored). */
export function makeGold(parts: Partial<Gold> & { doc?: string }): Gold {
  return { doc: 'doc-a', ...parts };
}
