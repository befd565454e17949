import { describe, expect, test } from 'vitest';
import { isMarkerToken, markerFamily, readListMarker } from './list-marker';

describe('readListMarker', () => {
  test.each([
    ['- propose a framework', 'bullet:-'],
    ['– having regard to', 'bullet:–'],
    ['· coordinated EU action;', 'bullet:·'],
    ['(a) ‘brokering services’ means:', 'paren-lower'],
    ['(iv) a counterclaim;', 'paren-lower'],
    ['(1) On XX February 2022', 'paren-number'],
    ['(12a) new recital', 'paren-number'],
    ['1. Calls on', 'number'],
    ['5.1. Council Regulation', 'number'],
    ['9b. Requests the Commission', 'number'],
    ['a. Protect and preserve', 'lower'],
    ['A. whereas', 'upper'],
    ['AB. whereas', 'upper'],
    ['Ba. whereas', 'upper'],
    ['1.\n', 'number'],
  ])('%j is a %s marker', (line, family) => {
    const marker = readListMarker(line, 0);
    expect(marker).not.toBeNull();
    expect(markerFamily(marker!)).toBe(family);
  });

  test.each([
    ['-5 degrees'],
    ['1.5 billion'],
    ['e.g. the report'],
    ['Members call on'],
    ['2012/2002(INI)'],
    ['(EU) 2019/452'],
  ])('%j is not a marker', (line) => {
    expect(readListMarker(line, 0)).toBeNull();
  });
});

describe('isMarkerToken', () => {
  test.each(['1', '12', '1.1', '9b', 'A', 'AB', 'Ba', 'iv', 'XIV'])(
    '%s can number a paragraph',
    (t) => {
      expect(isMarkerToken(t)).toBe(true);
    },
  );
  test.each(['2011', 'Union', 'TFEU', '1137/2008'])('%s cannot', (t) => {
    expect(isMarkerToken(t)).toBe(false);
  });
});
