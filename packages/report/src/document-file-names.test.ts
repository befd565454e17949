import { describe, expect, test } from 'vitest';
import { documentFileNames } from './document-file-names';

describe('documentFileNames', () => {
  test.each([
    ['2012-2553-RSP', 'docs/2012-2553-RSP.html'],
    ['press-release_20201217IPR94207', 'docs/press-release_20201217IPR94207.html'],
    ['A9-0163/2024 (draft)', 'docs/A9-0163_2024__draft_.html'],
    ['../../etc/passwd', 'docs/__.._etc_passwd.html'],
    ['<script>', 'docs/_script_.html'],
  ])('%s → %s', (doc, page) => {
    expect(documentFileNames([doc]).get(doc)).toBe(page);
  });

  test('ids that would share a file get a suffix (case-insensitive file systems too)', () => {
    const names = documentFileNames(['a b', 'a_b', 'A_B', 'a b']);
    expect([...names.values()]).toEqual(['docs/a_b.html', 'docs/a_b-2.html', 'docs/A_B-3.html']);
  });
});
