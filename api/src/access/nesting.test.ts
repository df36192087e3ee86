import { describe, expect, it } from 'vitest';
import { nestingDepth } from './nesting.js';

describe('nestingDepth', () => {
  it('counts [ { ( of the structure', () => {
    expect(nestingDepth('{ a }')).toBe(1);
    expect(nestingDepth('{ a(x: [[1]]) { b } }')).toBe(4);
    expect(nestingDepth('query($v: [[Int]]) { a(o: { p: { q: 1 } }) }')).toBe(4);
    expect(nestingDepth(`${'['.repeat(2400)}${']'.repeat(2400)}`)).toBe(2400);
  });

  it('skips strings with escaped quotes, block strings with escaped triple quotes, and comments', () => {
    expect(nestingDepth('{ a(s: "[[\\"[[") }')).toBe(2);
    expect(nestingDepth('{ a(s: """ [[ \\""" [[ "" [[ """) }')).toBe(2);
    expect(nestingDepth('{ a # [[[[ {{{{\n b }')).toBe(1);
    expect(nestingDepth('# ((((\r{ a }')).toBe(1);
  });

  it('measures unbalanced or unterminated text without failing (the parser reports it)', () => {
    expect(nestingDepth(']]] { a')).toBe(1);
    expect(nestingDepth('{ a(s: "[[[\n [[ ')).toBe(4);
    expect(nestingDepth('{ a(s: """ [[[ ')).toBe(2);
  });
});
