import { createHash } from 'node:crypto';
import {
  type Entity,
  type EntityType,
  type ExtractionRecord,
  type Gold,
  kindOfAct,
  makeSpan,
  type Statement,
} from '@hemicycle/schema';

/** The n-th occurrence (from 0) of `needle` in `text`, as offsets; throws when absent. */
export function at(text: string, needle: string, n = 0): { start: number; end: number } {
  let from = 0;
  for (let i = 0; ; i++) {
    const start = text.indexOf(needle, from);
    if (start < 0) throw new Error(`fixture: "${needle}" #${n} not in the text`);
    if (i === n) return { start, end: start + needle.length };
    from = start + 1;
  }
}

export interface StatementSpec {
  act: string;
  speaker?: string;
  /** [addressee id, addressee text] */
  addressee?: [string, string];
  content: string;
  /** The stretch the statement stands on (default: from the addressee or content to its end). */
  span: string;
}

/** A hand-made record over `text`: every span projected from offsets found in the text. */
export function makeRecord(
  doc: string,
  text: string,
  parts: {
    entities?: [EntityType, string, string[]][];
    dates?: [string, string][];
    quantities?: [number, 'person', 'killed' | 'injured' | 'participants' | null, string][];
    statements?: StatementSpec[];
  },
): ExtractionRecord {
  const entities: Entity[] = (parts.entities ?? []).map(([type, id, mentions]) => ({
    id,
    type,
    name: mentions[0]!,
    mentions: mentions.map((m) => {
      const r = at(text, m);
      return makeSpan(text, r.start, r.end);
    }),
  }));
  const statements: Statement[] = (parts.statements ?? []).map((s) => {
    const span = at(text, s.span);
    const content = at(text, s.content);
    const addressee = s.addressee
      ? { id: s.addressee[0], text: s.addressee[1], ...at(text, s.addressee[1]) }
      : null;
    return {
      act: s.act,
      kind: kindOfAct(s.act) ?? 'assertive',
      speaker: s.speaker ?? 'european-parliament',
      addressee,
      content: makeSpan(text, content.start, content.end),
      sentence: 0,
      span: makeSpan(text, span.start, span.end),
    };
  });
  return {
    schemaVersion: 1,
    doc,
    source: {
      path: `${doc}.txt`,
      sha256: createHash('sha256').update(text).digest('hex'),
      bytes: Buffer.byteLength(text),
      format: 'oeil-summary',
    },
    title: 'Resolution on Kazakhstan',
    procedure: { reference: '2012/2553(RSP)', year: 2012, number: '2553', type: 'RSP' },
    event: { date: '2012-03-15', label: 'Text adopted by Parliament, single reading' },
    vote: null,
    tabledBy: ['EPP', 'ECR'],
    sentences: [makeSpan(text, 0, text.length)],
    entities,
    countries: ['KZ'],
    dates: (parts.dates ?? []).map(([value, t]) => {
      const r = at(text, t);
      return { value, span: makeSpan(text, r.start, r.end) };
    }),
    quantities: (parts.quantities ?? []).map(([value, unit, role, t]) => {
      const r = at(text, t);
      return { value, unit, role, qualifier: null, span: makeSpan(text, r.start, r.end) };
    }),
    statements,
  };
}

export const KAZAKH_TEXT = `## Resolution on Kazakhstan

2012/2553(RSP) - 15/03/2012 - Text adopted by Parliament, single reading

The European Parliament adopted a resolution on Kazakhstan. Members strongly condemn the violent crackdown by the police against demonstrators in Zhanaozen, on 16 December 2011, when 17 people died. They call on the EEAS to undertake close monitoring of the trial of those accused of organising the demonstrations, and to report back to Parliament. It urges the Kazakh authorities to make every effort to improve the human rights situation in their country.`;

/** A Kazakhstan-like record: some items right, one spurious, some missed, one partial. */
export function kazakhRecord(): ExtractionRecord {
  return makeRecord('2012-2553-RSP', KAZAKH_TEXT, {
    entities: [
      ['institution', 'european-parliament', ['European Parliament', 'Parliament']],
      ['country', 'KZ', ['Kazakhstan']],
      ['institution', 'eeas', ['EEAS']],
      ['location', 'zhanaozen', ['Zhanaozen']],
      ['authority', 'kazakh-authorities', ['the Kazakh authorities']],
      ['organization', 'police', ['police']],
    ],
    dates: [['2011-12-16', '16 December 2011']],
    quantities: [[17, 'person', 'killed', '17 people']],
    statements: [
      {
        act: 'condemn',
        content: 'the violent crackdown by the police against demonstrators in Zhanaozen',
        span: 'Members strongly condemn the violent crackdown by the police against demonstrators in Zhanaozen',
      },
      {
        act: 'call on',
        addressee: ['eeas', 'EEAS'],
        content:
          'undertake close monitoring of the trial of those accused of organising the demonstrations',
        span: 'They call on the EEAS to undertake close monitoring of the trial of those accused of organising the demonstrations',
      },
      {
        act: 'urge',
        addressee: ['kazakh-authorities', 'the Kazakh authorities'],
        content: 'make every effort to improve the human rights situation',
        span: 'It urges the Kazakh authorities to make every effort to improve the human rights situation in their country',
      },
    ],
  });
}

export function kazakhGold(): Gold {
  return {
    doc: '2012-2553-RSP',
    title: 'Resolution on Kazakhstan',
    procedure: '2012/2553(RSP)',
    event: { date: '2012-03-15', label: 'Text adopted by Parliament, single reading' },
    vote: null,
    tabledBy: ['EPP', 'ECR', 'ALDE'],
    countries: ['KZ'],
    entities: [
      { type: 'institution', text: 'European Parliament' },
      { type: 'institution', text: 'Parliament' },
      { type: 'institution', text: 'EEAS' },
      { type: 'country', text: 'Kazakhstan' },
      { type: 'location', text: 'Zhanaozen' },
      { type: 'authority', text: 'Kazakh authorities' },
      { type: 'political_group', text: 'EPP' },
    ],
    dates: [{ value: '2011-12-16' }, { value: '2011-05' }],
    quantities: [{ value: 17, unit: 'person', role: 'killed' }],
    statements: [
      {
        act: 'condemn',
        speaker: 'european-parliament',
        addressee: null,
        content: 'the violent crackdown by the police against demonstrators in Zhanaozen',
      },
      {
        act: 'call on',
        speaker: 'european-parliament',
        addressee: 'EEAS',
        content:
          'undertake close monitoring of the trial of those accused of organising the demonstrations',
      },
      {
        act: 'call on',
        speaker: 'european-parliament',
        addressee: 'EEAS',
        content: 'report back to Parliament',
      },
      {
        act: 'urge',
        speaker: 'european-parliament',
        addressee: 'Kazakh authorities',
        content: 'make every effort to improve the human rights situation in their country',
      },
    ],
  };
}
