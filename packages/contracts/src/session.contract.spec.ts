import { describe, expect, it } from 'vitest';
import { readCookieValue } from './session.contract.js';

describe('readCookieValue', () => {
  it('finds one cookie among others, decoded, and nothing for a malformed or missing one', () => {
    expect(readCookieValue('a=1; parkflow_csrf=x%2By=; b=2', 'parkflow_csrf')).toBe('x+y=');
    expect(readCookieValue('parkflow_csrf_old=1', 'parkflow_csrf')).toBeNull();
    expect(readCookieValue('parkflow_csrf=%E0%A4%A', 'parkflow_csrf')).toBeNull();
    expect(readCookieValue(undefined, 'parkflow_csrf')).toBeNull();
  });
});
