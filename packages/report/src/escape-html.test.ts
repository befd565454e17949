import { describe, expect, test } from 'vitest';
import { escapeHtml } from './escape-html';

describe('escapeHtml', () => {
  test.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['S&D and Greens/EFA', 'S&amp;D and Greens/EFA'],
    ['the OSCE\'s "Office"', 'the OSCE&#39;s &quot;Office&quot;'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['&amp; stays visible as typed', '&amp;amp; stays visible as typed'],
    ['plain EP text, no markup', 'plain EP text, no markup'],
  ])('%s', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});
