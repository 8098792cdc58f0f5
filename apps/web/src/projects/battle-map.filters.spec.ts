import { describe, expect, it } from 'vitest';
import { clearFilters, readFilters, toListQuery, withFilter } from './battle-map.filters';

const D = '0b6f5c1e-8a3c-4f7e-9d2a-1c2b3d4e5f60';
const U = '7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6';

describe('battle map filters in the URL', () => {
  it('reads the phase, department and chief service officer, ignoring what they cannot be', () => {
    expect(readFilters(new URLSearchParams(`phase=construction&departmentId=${D}&chiefOfficerId=${U}`))).toEqual({ phase: 'construction', departmentId: D, chiefOfficerId: U });
    // An unknown phase, a blank or a non-uuid id would be a 400 from the api: no filter instead.
    expect(readFilters(new URLSearchParams('phase=demolition&departmentId=&chiefOfficerId=u-2'))).toEqual({});
    expect(readFilters(new URLSearchParams(''))).toEqual({});
  });

  it('sets and clears one filter, keeping the other parameters', () => {
    const search = new URLSearchParams('phase=permits&view=wall');
    expect(withFilter(search, 'departmentId', 'd1').toString()).toBe('phase=permits&view=wall&departmentId=d1');
    expect(withFilter(search, 'phase', undefined).toString()).toBe('view=wall');
    expect(withFilter(search, 'phase', '').toString()).toBe('view=wall');
    expect(clearFilters(new URLSearchParams('phase=permits&departmentId=d1&chiefOfficerId=u&view=wall')).toString()).toBe('view=wall');
    // The input is not changed.
    expect(search.toString()).toBe('phase=permits&view=wall');
  });

  it('asks the api for the unarchived projects with the filters', () => {
    expect(toListQuery({ phase: 'signed' })).toEqual({ phase: 'signed', archived: 'false' });
    expect(toListQuery({}, true)).toEqual({ archived: 'true' });
  });
});
