import { describe, expect, test } from 'vitest';
import { parseTabledBy, readGroupList, resolveGroupLabel } from './parse-tabled-by';

describe('parseTabledBy: in running text', () => {
  test.each([
    [
      'The resolution was tabled by the EPP, ECR, ALDE, S&D, and Greens/EFA groups.',
      ['EPP', 'ECR', 'ALDE', 'S&D', 'Greens/EFA'],
    ],
    [
      'The resolution was tabled by the EPP, S&D, Renew, Greens/EFA and ECR groups and The Left.',
      ['EPP', 'S&D', 'Renew', 'Greens/EFA', 'ECR', 'The Left'],
    ],
    ['The motion was tabled by the S&D group.', ['S&D']],
    [
      'The resolution, tabled by the PPE-DE, PSE, ALDE and UEN groups, was adopted.',
      ['EPP-ED', 'PES', 'ALDE', 'UEN'],
    ],
    ['The text was tabled by the Renew Europe and Verts/ALE groups.', ['Renew', 'Greens/EFA']],
    [
      "It was tabled by the Group of the European People's Party (Christian Democrats) and the Group of the Progressive Alliance of Socialists and Democrats.",
      ['EPP', 'S&D'],
    ],
    [
      'The resolution was tabled by the EPP, S&D and ECR groups and the Left group.',
      ['EPP', 'S&D', 'ECR', 'The Left'],
    ],
    ['The resolution was tabled on behalf of the ECR group.', ['ECR']],
    ['The motion was tabled jointly by the GUE/NGL and EFDD groups.', ['GUE/NGL', 'EFDD']],
    [
      'The text had been tabled as a joint resolution by the EPP, S&D, ALDE, Greens/EFA and ECR groups.',
      ['EPP', 'S&D', 'ALDE', 'Greens/EFA', 'ECR'],
    ],
    [
      'The resolution was jointly tabled by the ID and ECR groups and non-attached Members.',
      ['ID', 'ECR', 'NI'],
    ],
    [
      'Tabled by the EPP group. Later the EPP group and the S&D group were also tabled by the EPP.',
      ['EPP'],
    ],
  ])('%s', (text, ids) => {
    expect(parseTabledBy(text)).toEqual(ids);
  });

  test.each([
    [
      'a Member’s group and country',
      'The Committee on Development adopted the report by Charles GOERENS (ALDE, LU).',
    ],
    [
      'a speaker in a press release',
      'Michael Gahler (EPP, DE), speaking on behalf of the EPP group, said the vote was clear.',
    ],
    ['an amendment', 'Amendment 3, tabled by the ECR group, was rejected.'],
    ['no group', 'The resolution was tabled by the Committee on Foreign Affairs.'],
    [
      'a group named elsewhere',
      'The S&D group welcomed the vote; the resolution was tabled by Members.',
    ],
    ['"Greens" alone is not a group id', 'The resolution was tabled by the Greens.'],
  ])('%s: none', (_label, text) => {
    expect(parseTabledBy(text)).toEqual([]);
  });
});

describe('parseTabledBy: in a motion’s header', () => {
  const motion =
    '6.7.2020\nB9‑0220/2020\nMOTION FOR A RESOLUTION\non the EU’s public health strategy\n(2020/2691(RSP))\nPetra De Sutter\non behalf of the Verts/ALE Group\n';

  test.each([
    ['on behalf of the Verts/ALE Group', motion, motion.length, ['Greens/EFA']],
    ['on behalf of the PPE group', 'Michael Gahler\non behalf of the PPE group\n', 45, ['EPP']],
    [
      'joint motion, one line per group',
      'Manfred Weber\non behalf of the PPE Group\nKati Piri\non behalf of the S&D Group\nPetras Auštrevičius\non behalf of the Renew Group\n',
      200,
      ['EPP', 'S&D', 'Renew'],
    ],
    ['B9-0220/2020 (Verts/ALE)', 'B9-0220/2020 (Verts/ALE)\n', 30, ['Greens/EFA']],
    [
      'the motions a joint motion replaces',
      'replacing the following motions:\nB9‑0216/2020 (PPE)\nB9‑0217/2020 (S&D)\nB9‑0220/2020 (Verts/ALE)\n',
      120,
      ['EPP', 'S&D', 'Greens/EFA'],
    ],
    [
      'on behalf of the Union',
      'on the position to be taken on behalf of the European Union\n',
      60,
      [],
    ],
    [
      'joint motion: replaced motions, then the signatories',
      'replacing the following motions:\nB9‑0216/2020 (PPE)\nB9‑0218/2020 (Renew)\non health\nEsther de Lange\non behalf of the PPE Group\nKathleen Van Brempt\non behalf of the S&D Group\n',
      200,
      ['EPP', 'Renew', 'S&D'],
    ],
  ])('%s', (_label, text, headerEnd, ids) => {
    expect(parseTabledBy(text, headerEnd)).toEqual(ids);
  });

  test('"on behalf of" after the header does not count', () => {
    const text =
      'AMENDMENTS 1 - 119\nAmendment 1\nJudith Sargentini, Franziska Keller on behalf of the Verts/ALE Group\n';
    expect(parseTabledBy(text, 19)).toEqual([]);
  });
});

describe('readGroupList', () => {
  test('stops at a line break and at the first word that is no group', () => {
    const text = 'the S&D group\nThe Left';
    expect(readGroupList(text, 0).map((g) => g.id)).toEqual(['S&D']);
    expect(readGroupList('the EPP group, which criticised the S&D', 0).map((g) => g.id)).toEqual([
      'EPP',
    ]);
  });
});

describe('resolveGroupLabel', () => {
  test.each([
    ['Verts/ALE', 'Greens/EFA'],
    ['the Left', 'The Left'],
    ['The\u00A0Left', 'The Left'],
    ['PPE', 'EPP'],
    ['renew', 'Renew'],
    ['id', null],
    ['Greens', null],
  ])('%s → %s', (label, id) => expect(resolveGroupLabel(label)).toBe(id));
});
