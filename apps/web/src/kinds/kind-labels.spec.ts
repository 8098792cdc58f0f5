import { BUILT_IN_KINDS, createKindRegistry } from '@parkflow/domain';
import { describe, expect, it } from 'vitest';
import { isKnownStatus, kindLabel, kindOptions, kindStatuses, statusLabel, statusOptions } from './kind-labels';
import { HAZARD_KIND } from './test-kinds.fixture';

const kinds = createKindRegistry([...BUILT_IN_KINDS, HAZARD_KIND]);

describe('kind and status labels', () => {
  it('names kinds in the UI language, unknown ids as themselves', () => {
    expect(kindLabel(kinds, 'hazard', 'zh-CN')).toBe('安全隐患');
    expect(kindLabel(kinds, 'hazard', 'en')).toBe('Safety hazard');
    expect(kindLabel(kinds, 'rocket', 'zh-CN')).toBe('rocket');
    expect(kindOptions(kinds, 'zh-CN', ['hazard', 'appeal'])).toEqual([
      { value: 'appeal', label: '企业诉求' },
      { value: 'hazard', label: '安全隐患' },
    ]);
  });

  it('labels a kind’s own status in the kind’s words, in either language', () => {
    expect(statusLabel(kinds, 'hazard', 'awaiting_reinspection', 'zh-CN')).toBe('待复查');
    expect(statusLabel(kinds, 'hazard', 'awaiting_reinspection', 'en')).toBe('Awaiting re-inspection');
    expect(statusLabel(kinds, 'petition', 'in_progress', 'zh-CN')).toBe('办理中');
  });

  it('falls back to another kind’s label, then to the raw status', () => {
    expect(statusLabel(kinds, 'rocket', 'in_progress', 'en')).toBe('In progress');
    expect(statusLabel(kinds, 'petition', 'awaiting_reinspection', 'zh-CN')).toBe('待复查');
    expect(statusLabel(createKindRegistry(), 'hazard', 'awaiting_reinspection', 'zh-CN')).toBe('awaiting_reinspection');
  });
});

describe('statusOptions', () => {
  it('offers the chosen kind’s statuses in stage order, its own among them', () => {
    expect(kindStatuses(HAZARD_KIND, 'handle')).toEqual(['in_progress', 'awaiting_reinspection']);
    expect(statusOptions(kinds, 'zh-CN', { kind: 'hazard', stage: 'handle' })).toEqual([
      { value: 'in_progress', label: '办理中' },
      { value: 'awaiting_reinspection', label: '待复查' },
    ]);
    expect(statusOptions(kinds, 'zh-CN', { kind: 'appeal' }).map((o) => o.value)).not.toContain('awaiting_reinspection');
  });

  it('offers the union of every kind’s statuses, each once, when no kind is chosen', () => {
    const values = statusOptions(kinds, 'en').map((o) => o.value);
    expect(values).toEqual(['pending_decision', 'pending_assignment', 'pending_acceptance', 'in_progress', 'awaiting_feedback', 'awaiting_approval', 'closed', 'awaiting_reinspection']);
    expect(statusOptions(kinds, 'en', { kind: 'rocket' })).toEqual([]);
  });

  it('knows which statuses a filter may keep', () => {
    expect(isKnownStatus(kinds, 'awaiting_reinspection')).toBe(true);
    expect(isKnownStatus(kinds, 'awaiting_reinspection', 'hazard')).toBe(true);
    expect(isKnownStatus(kinds, 'awaiting_reinspection', 'appeal')).toBe(false);
    expect(isKnownStatus(kinds, 'flying')).toBe(false);
  });
});
