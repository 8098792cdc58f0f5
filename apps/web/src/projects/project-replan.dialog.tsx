import type { ProjectDetail } from '@parkflow/contracts';
import { Button, Col, Form, Input, Modal, Radio, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-client';
import { useProjectTemplates, useUpdateProject } from '../api/projects.queries';
import { nodeNameOf, useDoesNotFitText } from './does-not-fit.text';
import { doesNotFitOf, scheduleTargetField, toReplanRequest } from './project-form.mapper';
import { useProjectLabels } from './project-labels';
import { useProjectWriteFeedback } from './project-write-feedback.hook';

interface ReplanValues {
  targets: { start: string; completion: string; production: string };
  scheduleTarget: 'production' | 'completion';
}

/** 调整目标: new target dates; the unfinished nodes are scheduled backwards again (PATCH with the version). */
export function ProjectReplanDialog({ project, onClose }: { project: ProjectDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useProjectLabels();
  const [form] = Form.useForm<ReplanValues>();
  const update = useUpdateProject(project.id);
  const templates = useProjectTemplates();
  const feedback = useProjectWriteFeedback(project.id);
  const fitText = useDoesNotFitText();
  const [earliest, setEarliest] = useState<string | null>(null);

  const onFinish = (values: ReplanValues) =>
    update.mutate(toReplanRequest(project.version, values.targets, values.scheduleTarget), {
      onSuccess: () => {
        feedback.succeeded(t('projects.actions.replanned'));
        onClose();
      },
      onError: (error) => {
        const fit = isApiError(error, 400) ? doesNotFitOf(error.body) : null;
        if (!fit) return feedback.failed(error, form, ['targets.start', 'targets.completion', 'targets.production', 'scheduleTarget']);
        form.setFields([{ name: scheduleTargetField(values.scheduleTarget), errors: [fitText(fit, nodeNameOf(project, templates.data, project.type, fit.node, labels))] }]);
        setEarliest(fit.earliestTarget);
      },
    });

  const scheduleTarget = Form.useWatch('scheduleTarget', form) ?? project.scheduleTarget;
  const dateItem = (key: 'start' | 'completion' | 'production', label: string) => (
    <Col xs={24} md={8}>
      <Form.Item label={label} name={['targets', key]} rules={[{ required: true, message: t('projects.actions.required') }]}>
        <Input type="date" />
      </Form.Item>
    </Col>
  );

  return (
    <Modal open title={t('projects.actions.replanTitle')} okText={t('projects.actions.submit')} cancelText={t('projects.actions.cancel')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={update.isPending} width={720} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('projects.actions.replanHint')}</Typography.Paragraph>
      <Form<ReplanValues> form={form} layout="vertical" name="replan" initialValues={{ targets: project.targets, scheduleTarget: project.scheduleTarget }} onFinish={onFinish}>
        <Row gutter={16}>
          {dateItem('start', t('projects.field.targetStart'))}
          {dateItem('completion', t('projects.field.targetCompletion'))}
          {dateItem('production', t('projects.field.targetProduction'))}
        </Row>
        <Form.Item label={t('projects.field.scheduleTarget')} name="scheduleTarget">
          <Radio.Group options={[{ value: 'production', label: t('projects.field.scheduleProduction') }, { value: 'completion', label: t('projects.field.scheduleCompletion') }]} />
        </Form.Item>
        {earliest && (
          <Button
            onClick={() => {
              form.setFields([{ name: scheduleTargetField(scheduleTarget), value: earliest, errors: [] }]);
              setEarliest(null);
            }}
          >
            {t('projects.createForm.useEarliest', { date: earliest })}
          </Button>
        )}
      </Form>
    </Modal>
  );
}
