import { describe, expect, it } from 'vitest';
import { DEFAULT_NODE_TEMPLATES } from './node-templates.catalog.js';
import { shareStartedBy, type StartCountProject } from './started-share.rule.js';

/** A project of the default `type` nodes, with the start node finished on `startedOn`. */
function project(type: StartCountProject['type'], year: number, startedOn: string | null): StartCountProject {
  return { type, year, nodes: DEFAULT_NODE_TEMPLATES[type].map((n) => ({ ...n, actualFinish: n.marksStart ? startedOn : null })) };
}

describe('the share of projects started by a date', () => {
  const projects = [
    project('new', 2026, '2026-03-10'),
    project('new', 2026, '2026-06-30'), // on the day: counts
    project('new', 2026, '2026-07-01'), // a day late: does not
    project('new', 2026, null),
    project('new', 2025, '2025-05-01'), // last year's list
    project('signed', 2026, '2026-04-01'),
    project('continuing', 2026, null), // no start node
  ];

  it('counts this year’s new projects whose start node finished by the date', () => {
    expect(shareStartedBy(projects, { year: 2026, type: 'new', by: '2026-06-30' })).toEqual({ started: 2, total: 4, share: 0.5, withoutStartNode: 0 });
    expect(shareStartedBy(projects, { year: 2026, type: 'new', by: '2026-12-31' })).toMatchObject({ started: 3, total: 4 });
  });

  it('takes every type when none is named, leaving out projects without a start node', () => {
    expect(shareStartedBy(projects, { year: 2026, by: '2026-06-30' })).toEqual({ started: 3, total: 5, share: 0.6, withoutStartNode: 1 });
  });

  it('has no share when there is no project', () => {
    expect(shareStartedBy(projects, { year: 2024, type: 'new', by: '2024-06-30' })).toEqual({ started: 0, total: 0, share: null, withoutStartNode: 0 });
  });

  it('counts the node the template marks, whatever it is called', () => {
    const custom: StartCountProject = {
      type: 'new',
      year: 2026,
      nodes: [
        { marksStart: false, actualFinish: '2026-01-10' },
        { marksStart: true, actualFinish: null },
      ],
    };
    expect(shareStartedBy([custom], { year: 2026, type: 'new', by: '2026-06-30' })).toMatchObject({ started: 0, total: 1 });
  });
});
