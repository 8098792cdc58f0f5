import { describe, expect, it } from 'vitest';
import { columnWidth, displayWidth } from './cell-width.js';

describe('displayWidth', () => {
  it('counts CJK and fullwidth characters twice, Latin letters and digits once', () => {
    expect(displayWidth('编号')).toBe(4);
    expect(displayWidth('XF-20260302-0001')).toBe(16);
    expect(displayWidth('供水ABC')).toBe(7);
    expect(displayWidth('（注）')).toBe(6);
    expect(displayWidth('한국')).toBe(4);
    expect(displayWidth('𠀋')).toBe(2);
  });

  it('takes the longest line of a text with several, and gives control characters no room', () => {
    expect(displayWidth('第一行\n第二行更长')).toBe(10);
    expect(displayWidth('a\tb')).toBe(2);
    expect(displayWidth('')).toBe(0);
  });
});

describe('columnWidth', () => {
  it('pads the widest text, keeps a floor and caps at the column maximum', () => {
    expect(columnWidth(4)).toBe(6);
    expect(columnWidth(16)).toBe(18);
    expect(columnWidth(200)).toBe(40);
    expect(columnWidth(200, 50)).toBe(50);
  });
});
