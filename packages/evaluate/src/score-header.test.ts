import { describe, expect, test } from 'vitest';
import { scoreHeader } from './score-header';
import { makeGold, makeRecord } from './test-support';

const MOTION = 'MOTION FOR A RESOLUTION on the EU’s public health strategy post-COVID-19';

describe('scoreHeader: title', () => {
  test.each([
    [
      'line break between kind and subject',
      'MOTION FOR A RESOLUTION\non the EU’s public health strategy post-COVID-19',
      true,
    ],
    [
      'no-break space and double space',
      'MOTION FOR A RESOLUTION on the EU’s\u00a0public  health strategy post-COVID-19',
      true,
    ],
    [
      'case differs',
      'Motion for a resolution on the EU’s public health strategy post-COVID-19',
      false,
    ],
    [
      'quote differs (otherwise exact)',
      "MOTION FOR A RESOLUTION on the EU's public health strategy post-COVID-19",
      false,
    ],
    ['subject only', 'on the EU’s public health strategy post-COVID-19', false],
  ])('%s', (_label, title, correct) => {
    const h = scoreHeader(makeRecord({ title }), makeGold({ title: MOTION }));
    expect(h.title).toEqual({ correct, gold: MOTION, predicted: title });
  });
});

describe('scoreHeader: what the gold leaves out is not scored, a gold null is', () => {
  test('fields absent from the gold are null', () => {
    const h = scoreHeader(makeRecord({ title: 'Resolution on Kazakhstan' }), makeGold({}));
    expect(h).toEqual({
      title: null,
      procedure: null,
      'event.date': null,
      'event.label': null,
      vote: null,
    });
  });

  test('gold vote null: right when the record has none, wrong when it has one', () => {
    const g = makeGold({ vote: null });
    expect(scoreHeader(makeRecord({}), g).vote?.correct).toBe(true);
    const withVote = makeRecord({ vote: { for: 512, against: 23, abstentions: 61 } });
    expect(scoreHeader(withVote, g).vote).toEqual({
      correct: false,
      gold: null,
      predicted: { for: 512, against: 23, abstentions: 61 },
    });
  });

  test('vote compares all three numbers', () => {
    const g = makeGold({ vote: { for: 680, against: 3, abstentions: 4 } });
    expect(
      scoreHeader(makeRecord({ vote: { for: 680, against: 3, abstentions: 4 } }), g).vote?.correct,
    ).toBe(true);
    expect(
      scoreHeader(makeRecord({ vote: { for: 680, against: 4, abstentions: 3 } }), g).vote?.correct,
    ).toBe(false);
  });

  test('procedure: the reference string against the gold string', () => {
    const g = makeGold({ procedure: '2012/2553(RSP)' });
    expect(scoreHeader(makeRecord({ procedure: '2012/2553(RSP)' }), g).procedure?.correct).toBe(
      true,
    );
    expect(scoreHeader(makeRecord({ procedure: '2012/2002(INI)' }), g).procedure?.correct).toBe(
      false,
    );
    expect(scoreHeader(makeRecord({}), makeGold({ procedure: null })).procedure?.correct).toBe(
      true,
    );
  });

  test('event: date and label are scored apart', () => {
    const g = makeGold({
      event: { date: '2012-03-15', label: 'Text adopted by Parliament, single reading' },
    });
    const h = scoreHeader(
      makeRecord({ event: { date: '2012-03-15', label: 'Text adopted by Parliament' } }),
      g,
    );
    expect(h['event.date']?.correct).toBe(true);
    expect(h['event.label']?.correct).toBe(false);
  });

  test('event with a null label: the record needs an event with a null label', () => {
    const g = makeGold({ event: { date: '2020-07-06', label: null } });
    const right = scoreHeader(makeRecord({ event: { date: '2020-07-06', label: null } }), g);
    expect([right['event.date']?.correct, right['event.label']?.correct]).toEqual([true, true]);
    const none = scoreHeader(makeRecord({ event: null }), g);
    expect([none['event.date']?.correct, none['event.label']?.correct]).toEqual([false, false]);
  });

  test('gold event null: right only when the record has no event', () => {
    const g = makeGold({ event: null });
    expect(scoreHeader(makeRecord({ event: null }), g)['event.date']?.correct).toBe(true);
    expect(
      scoreHeader(makeRecord({ event: { date: '2012-03-15', label: null } }), g)['event.label']
        ?.correct,
    ).toBe(false);
  });

  test('no record: every scored field is wrong, a gold null included', () => {
    const h = scoreHeader(null, makeGold({ title: 'Resolution on Kazakhstan', vote: null }));
    expect([h.title?.correct, h.vote?.correct, h.procedure]).toEqual([false, false, null]);
  });
});
