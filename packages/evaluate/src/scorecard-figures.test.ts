import { expect, test } from 'vitest';
import { splitFigureKey } from './scorecard-figures';

test.each([
  ['total.entities.lenient.f1', null, 'entities.lenient.f1'],
  ['doc/2012-2553-RSP.header.event.date', '2012-2553-RSP', 'header.event.date'],
  ['doc/A7-0234.2012.directives.strict.precision', 'A7-0234.2012', 'directives.strict.precision'],
  [
    'doc/press-release_20201217IPR94207.speaker.share',
    'press-release_20201217IPR94207',
    'speaker.share',
  ],
])('splitFigureKey(%s)', (key, doc, field) => {
  expect(splitFigureKey(key)).toEqual({ doc, field });
});
