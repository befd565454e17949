import { type ExtractionRecord, makeSpan } from '@hemicycle/schema';

export const TEXT =
  'Resolution on Kazakhstan\n\nThe European Parliament strongly condemns the violent crackdown in Zhanaozen.\u2028It calls on the EEAS to report back.';

/** A valid record of TEXT (test support only, not exported by the package). */
export function makeRecord(doc = '2012-2553-RSP', text = TEXT): ExtractionRecord {
  const at = (s: string): { start: number; end: number; text: string } => {
    const start = text.indexOf(s);
    if (start < 0) throw new Error(`"${s}" not in the text`);
    return makeSpan(text, start, start + s.length);
  };
  return {
    schemaVersion: 1,
    doc,
    source: { path: `${doc}.txt`, sha256: 'a'.repeat(64), bytes: text.length, format: 'text' },
    title: 'Resolution on Kazakhstan',
    procedure: { reference: '2012/2553(RSP)', year: 2012, number: '2553', type: 'RSP' },
    event: { date: '2012-03-15', label: 'Text adopted by Parliament, single reading' },
    vote: null,
    tabledBy: ['EPP', 'S&D'],
    sentences: [
      at('The European Parliament strongly condemns the violent crackdown in Zhanaozen.'),
    ],
    entities: [
      {
        id: 'european-parliament',
        type: 'institution',
        name: 'European Parliament',
        mentions: [at('European Parliament')],
      },
      { id: 'zhanaozen', type: 'location', name: 'Zhanaozen', mentions: [at('Zhanaozen')] },
    ],
    countries: ['KZ'],
    dates: [],
    quantities: [],
    statements: [
      {
        act: 'condemn',
        kind: 'expressive',
        speaker: 'european-parliament',
        addressee: null,
        content: at('the violent crackdown in Zhanaozen'),
        sentence: 0,
        span: at('strongly condemns the violent crackdown in Zhanaozen'),
      },
      {
        act: 'call on',
        kind: 'directive',
        speaker: 'european-parliament',
        addressee: { id: 'european-external-action-service', ...at('EEAS') },
        content: at('report back'),
        sentence: 0,
        span: at('calls on the EEAS to report back'),
      },
    ],
  };
}
