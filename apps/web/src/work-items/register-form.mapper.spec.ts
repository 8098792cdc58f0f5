import { CreateWorkItemRequestSchema } from '@parkflow/contracts';
import { describe, expect, it } from 'vitest';
import { kindHasPetitioner, toCreateRequest, visibleFieldPaths } from './register-form.mapper';

describe('toCreateRequest', () => {
  it('builds a valid appeal without a petitioner', () => {
    const request = toCreateRequest({
      kind: 'appeal',
      title: '园区东区停水',
      description: '三天未恢复供水',
      channel: 'symposium',
      category: 'utilities',
      urgency: 'urgent',
      enterpriseId: '3f0e6c5a-5d2b-4c8e-9a51-0c2d7e1b9f10',
      petitioner: { name: '张三' },
    });
    expect(request.petitioner).toBeNull();
    expect(request.enterpriseId).toBe('3f0e6c5a-5d2b-4c8e-9a51-0c2d7e1b9f10');
    expect(CreateWorkItemRequestSchema.safeParse(request).success).toBe(true);
  });

  it('builds a petition with its petitioner, blank optional fields as null, and no enterprise', () => {
    const request = toCreateRequest({
      kind: 'petition',
      title: '拖欠工资',
      description: '某厂拖欠三个月工资',
      channel: 'visit',
      category: 'hiring',
      urgency: 'normal',
      enterpriseId: '3f0e6c5a-5d2b-4c8e-9a51-0c2d7e1b9f10',
      petitioner: { name: '李四', phone: '  ', idNumber: undefined },
    });
    expect(request.enterpriseId).toBeNull();
    expect(request.petitioner).toEqual({ name: '李四', phone: null, idNumber: null });
    expect(CreateWorkItemRequestSchema.safeParse(request).success).toBe(true);
  });

  it('leaves missing required inputs for the contract schema to report', () => {
    const result = CreateWorkItemRequestSchema.safeParse(toCreateRequest({ kind: 'appeal', urgency: 'normal' }));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => issue.path.join('.'))).toEqual(expect.arrayContaining(['title', 'description', 'channel', 'category']));
  });
});

describe('visibleFieldPaths', () => {
  it('follows the kind definition', () => {
    expect(kindHasPetitioner('petition')).toBe(true);
    expect(kindHasPetitioner('appeal')).toBe(false);
    expect(visibleFieldPaths('appeal')).toContainEqual(['enterpriseId']);
    expect(visibleFieldPaths('appeal')).not.toContainEqual(['petitioner', 'name']);
    expect(visibleFieldPaths('petition')).toContainEqual(['petitioner', 'name']);
  });
});
