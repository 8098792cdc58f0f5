import { MetaSchema, type Meta } from '@parkflow/contracts';
import { BUILT_IN_KINDS, createKindRegistry, remainingExtensionDays } from '@parkflow/domain';
import { describe, expect, it } from 'vitest';
import { buildActionForm, humanActions } from '../work-items/actions/action-form.model';
import { loadKindRegistry } from './kind-registry.loader';
import { statusLabel } from './kind-labels';
import { HAZARD_KIND } from './test-kinds.fixture';

/** The kinds as `GET /meta` sends them: the api's registry, through JSON and the contract schema. */
function served(...args: Parameters<typeof createKindRegistry>): Meta['kinds'] {
  const meta = { kinds: createKindRegistry(...args).list(), channels: [], categories: [], urgencies: [] };
  return MetaSchema.parse(JSON.parse(JSON.stringify(meta))).kinds;
}

describe('loadKindRegistry', () => {
  it('builds from what /meta serves the same kinds the api runs, a team’s own kind included', () => {
    const load = loadKindRegistry(served([...BUILT_IN_KINDS, HAZARD_KIND]));
    if (!load.ok) throw new Error(load.problems.join('\n'));
    const hazard = load.registry.get('hazard')!;
    expect(load.registry.ids).toEqual(['petition', 'appeal', 'petition_review', 'petition_rereview', 'project_task', 'hazard']);
    expect(humanActions(hazard, ['submit_reinspection', 'comment'])).toEqual(['submit_reinspection', 'comment']);
    expect(buildActionForm(hazard, 'submit_reinspection').label.zh).toBe('提请复查');
    expect(statusLabel(load.registry, 'hazard', 'awaiting_reinspection', 'zh-CN')).toBe('待复查');
  });

  it('carries the park’s overrides: the extension cap and time limits the api was configured with', () => {
    const load = loadKindRegistry(served(BUILT_IN_KINDS, { appeal: { extensionCapDays: 4, stages: { handle: { amount: 4, unit: 'working_days' } } } }));
    if (!load.ok) throw new Error(load.problems.join('\n'));
    const appeal = load.registry.get('appeal')!;
    expect(appeal.extensionCapDays).toBe(4);
    expect(remainingExtensionDays({ extensionDaysUsed: 1 }, appeal)).toBe(3);
    expect(appeal.stages.handle.deadline).toEqual({ amount: 4, unit: 'working_days' });
    expect(load.registry.get('petition')!.extensionCapDays).toBe(30);
  });

  it('refuses definitions the domain’s check refuses, naming each problem', () => {
    const [petition, appeal] = served();
    const broken = { ...appeal!, actions: { ...appeal!.actions, reply: { ...appeal!.actions.reply!, to: { stage: 'feedback' as const, status: 'nowhere' } } } };
    const load = loadKindRegistry([petition!, broken]);
    expect(load.ok).toBe(false);
    if (load.ok) return;
    expect(load.problems).toContainEqual(expect.stringMatching(/appeal\.actions\.reply.*"nowhere"/));
  });

  it('reports a shape the check trips over instead of throwing', () => {
    const load = loadKindRegistry([{ id: 'odd' } as unknown as Meta['kinds'][number]]);
    expect(load.ok).toBe(false);
  });
});
