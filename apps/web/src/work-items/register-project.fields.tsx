import type { KindDefinition } from '@parkflow/domain';
import { Col, Form, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProjectList } from '../api/projects.queries';
import '../i18n/projects-messages.loader';
import { useProjectLabels } from '../projects/project-labels';
import type { FieldPath } from './field-errors.mapper';
import { projectRule, type RegisterFormValues } from './register-form.mapper';

interface ErrorProps {
  itemProps(path: FieldPath): object;
  invalid(path: FieldPath): boolean | undefined;
}

/**
 * 问题清单: a kind linked to key projects (project tasks) names its project and, optionally, the
 * node it holds up; then handling is due on that node's planned finish. Both may arrive
 * prefilled from the project page (?projectId=&nodeKey=). Kinds without the link show nothing.
 */
export function RegisterProjectFields({ kind, errors }: { kind: KindDefinition; errors: ErrorProps }) {
  const { t } = useTranslation();
  const labels = useProjectLabels();
  const form = Form.useFormInstance<RegisterFormValues>();
  const rule = projectRule(kind);
  const projects = useProjectList({ archived: 'false' }, rule !== 'none');
  const projectId = Form.useWatch('projectId', form);
  if (rule === 'none') return null;
  const project = projects.data?.items.find((p) => p.id === projectId);
  const nodes = (project?.nodes ?? []).filter((n) => n.actualFinish === null);
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item label={t('projects.register.project')} name="projectId" required={rule === 'required'} {...errors.itemProps(['projectId'])}>
          <Select
            aria-label={t('projects.register.project')}
            showSearch={{ optionFilterProp: 'label' }}
            allowClear={rule !== 'required'}
            loading={projects.isPending}
            onChange={() => form.setFieldValue('nodeKey', undefined)}
            options={(projects.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }))}
            aria-invalid={errors.invalid(['projectId'])}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label={t('projects.register.node')} name="nodeKey" extra={t('projects.register.nodeHint')} {...errors.itemProps(['nodeKey'])}>
          <Select
            aria-label={t('projects.register.node')}
            allowClear
            placeholder={t('projects.register.noNode')}
            disabled={!project}
            options={nodes.map((n) => ({ value: n.key, label: `${labels.text(n.name)}（${n.plannedFinish}）` }))}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
