import { describe, expect, it } from 'vitest';
import { findUnsafeText, isUnsafeText, UNSAFE_TEXT_MESSAGE } from './unsafe-text.js';

describe('the unsafe-text check', () => {
  it('refuses NUL and unpaired surrogates, and lets every other text through', () => {
    expect(isUnsafeText('a\u0000b')).toBe(true);
    expect(isUnsafeText('\uD800')).toBe(true);
    expect(isUnsafeText('x\uDC00')).toBe(true);
    expect(isUnsafeText('\uDC00\uD800')).toBe(true); // the wrong order is two lone halves
    expect(isUnsafeText('信访件 😀 \u0001 \t\n')).toBe(false); // a real pair, CJK, other controls
  });

  it('names each bad field of a nested body, keys included', () => {
    const body = { title: 'ok', petitioner: { name: 'a\u0000' }, list: ['fine', '\uD83D'], ['k\u0000']: 1 };
    expect(findUnsafeText(body)).toEqual({
      'petitioner.name': UNSAFE_TEXT_MESSAGE,
      'list.1': UNSAFE_TEXT_MESSAGE,
      'k\\u0000': `the field name ${UNSAFE_TEXT_MESSAGE}`,
    });
    expect(findUnsafeText({ a: [1, true, null, { b: 'c' }] })).toEqual({});
    expect(findUnsafeText('\u0000')).toEqual({ _: UNSAFE_TEXT_MESSAGE });
    // However deep it hides (the probe found one 41 levels down when the walk stopped at 32).
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 5000; i += 1) deep = { a: deep };
    expect(Object.keys(findUnsafeText(deep))).toHaveLength(1);
  });
});
