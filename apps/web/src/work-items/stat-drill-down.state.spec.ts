import { describe, expect, it } from 'vitest';
import { drillDownHref, parseDrillDown, rowDimension, writeDrillDown } from './stat-drill-down.state';

const D = '3f1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b';

describe('the drill-down in the queue URL', () => {
  it('reads a known fact with its period and row, and round-trips through the URL', () => {
    const href = drillDownHref('/work-items', { fact: 'resolved_late', from: '2026-01-01', to: '2026-03-31', departmentId: D }, 'petition');
    expect(href).toBe(`/work-items?view=all&kind=petition&fact=resolved_late&from=2026-01-01&to=2026-03-31&departmentId=${D}`);
    expect(parseDrillDown(new URL(href, 'http://x').searchParams)).toEqual({ fact: 'resolved_late', from: '2026-01-01', to: '2026-03-31', departmentId: D });
  });

  it('drops what the api would refuse instead of sending it', () => {
    expect(parseDrillDown(new URLSearchParams('fact=weather&from=2026-01-01'))).toBeUndefined();
    expect(parseDrillDown(new URLSearchParams('fact=registered&from=2026-02-30&departmentId=x&handlerId=none&category=A%27'))).toEqual({ fact: 'registered', handlerId: 'none' });
  });

  it('names a row without a department "none", and clears every key when the drill-down is closed', () => {
    expect(rowDimension(null)).toBe('none');
    expect(rowDimension(D)).toBe(D);
    const params = new URLSearchParams(`view=all&fact=closed&from=2026-01-01&channel=visit&sort=due_at.asc`);
    writeDrillDown(params, undefined);
    expect(params.toString()).toBe('view=all&sort=due_at.asc');
  });
});
