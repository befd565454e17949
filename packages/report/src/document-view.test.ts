import { makeSpan } from '@hemicycle/schema';
import { describe, expect, test } from 'vitest';
import { makeRecord } from '../test/fixture';
import { documentView } from './document-view';

function actWords(text: string, record: ReturnType<typeof makeRecord>): string[] {
  return documentView(record, text, null)
    .marks.filter((m) => m.classes.includes('st-act'))
    .map((m) => text.slice(m.start, m.end));
}

describe('documentView places each statement’s act verb', () => {
  test('a later conjunct: "They call on the EEAS to A, and to report back" marks "call" for both', () => {
    const text =
      'They call on the EEAS to undertake close monitoring, and to report back to Parliament.';
    const record = makeRecord('d', text, {
      statements: [
        {
          act: 'call on',
          addressee: ['eeas', 'EEAS'],
          content: 'undertake close monitoring',
          span: 'They call on the EEAS to undertake close monitoring',
        },
        {
          act: 'call on',
          content: 'report back to Parliament',
          span: 'to report back to Parliament',
        },
      ],
    });
    record.sentences = [makeSpan(text, 0, text.length)];
    expect(actWords(text, record)).toEqual(['call', 'call']);
  });

  test('a passive: "The Member States are urged to act" marks "urged" after the addressee', () => {
    const text = 'The Commission and the Member States are urged to act without delay.';
    const record = makeRecord('d', text, {
      statements: [
        {
          act: 'urge',
          addressee: ['european-commission', 'The Commission and the Member States'],
          content: 'act without delay',
          span: 'The Commission and the Member States are urged to act without delay',
        },
      ],
    });
    expect(actWords(text, record)).toEqual(['urged']);
  });

  test('an act whose verb is not in the text is left unmarked (shown in the list only)', () => {
    const text = 'Parliament considers the matter closed.';
    const record = makeRecord('d', text, {
      statements: [
        {
          act: 'believe',
          content: 'the matter closed',
          span: 'Parliament considers the matter closed',
        },
      ],
    });
    expect(actWords(text, record)).toEqual([]);
    expect(documentView(record, text, null).statements).toHaveLength(1);
  });
});
