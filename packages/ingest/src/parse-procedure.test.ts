import { describe, expect, test } from 'vitest';
import { parseProcedure } from './parse-procedure';

describe('parseProcedure', () => {
  test.each([
    [
      '2012/2553(RSP) - 15/03/2012 - Text adopted by Parliament, single reading',
      '2012/2553(RSP)',
      2012,
      '2553',
      'RSP',
    ],
    ['(2020/2691(RSP))', '2020/2691(RSP)', 2020, '2691', 'RSP'],
    ['4.4.2024 - (2024/2006(REG))', '2024/2006(REG)', 2024, '2006', 'REG'],
    ['2025/0061(BUD)', '2025/0061(BUD)', 2025, '0061', 'BUD'],
    ['2022/0055 (NLE)', '2022/0055(NLE)', 2022, '0055', 'NLE'],
    ['2025/0144\u00A0(NLE)', '2025/0144(NLE)', 2025, '0144', 'NLE'],
    [
      'Draft report Agenda for change: the future of EU development policy (2012/2002(INI)), Committee on Development',
      '2012/2002(INI)',
      2012,
      '2002',
      'INI',
    ],
    ['(COM(2022)0720 – C9-0401/2022 – 2022/0379(COD))', '2022/0379(COD)', 2022, '0379', 'COD'],
    ['2008/0123A(COD)', '2008/0123A(COD)', 2008, '0123A', 'COD'],
    ['2025/504(INI)', '2025/0504(INI)', 2025, '0504', 'INI'],
  ])('%s → %s', (input, reference, year, number, type) => {
    expect(parseProcedure(input)).toEqual({ reference, year, number, type });
  });

  test.each([
    ['a regulation number', 'Regulation (EU) 2022/2554 on digital operational resilience'],
    ['an OJ reference line', '2024/903 22.3.2024'],
    ['a COM number', 'COM(2025) 1 final'],
    ['a motion number', 'B9‑0220/2020'],
    ['a bracket that is no procedure type', '2019/1234 (EU)'],
    ['two spaces before the type', '2022/0055  (NLE)'],
    ['a longer number', '12022/0055(NLE)'],
    ['a five-digit number', '2022/00551(NLE)'],
    ['a path', 'docs/2022/0055(NLE)'],
    ['no number', '2022/(NLE)'],
  ])('%s: no procedure', (_label, input) => {
    expect(parseProcedure(input)).toBeNull();
  });
});
