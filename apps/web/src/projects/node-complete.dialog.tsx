import type { ProjectDetail, ProjectNodeView } from '@parkflow/contracts';
import { shanghaiDate } from '@parkflow/domain';
import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCompleteNode } from '../api/projects.queries';
import { useProjectLabels } from './project-labels';
import { useProjectWriteFeedback } from './project-write-feedback.hook';

interface CompleteValues {
  finishedOn: string;
  evidence: string;
}

/** 节点完成: the day it was finished (at most today) and what proves it. */
export function NodeCompleteDialog({ project, node, onClose }: { project: ProjectDetail; node: ProjectNodeView; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useProjectLabels();
  const [form] = Form.useForm<CompleteValues>();
  const complete = useCompleteNode(project.id);
  const feedback = useProjectWriteFeedback(project.id);
  const today = shanghaiDate(new Date());
  const title = t('projects.actions.completeTitle', { node: labels.text(node.name) });
  const required = { required: true, whitespace: true, message: t('projects.actions.required') };

  const onFinish = (values: CompleteValues) =>
    complete.mutate(
      { key: node.key, version: project.version, finishedOn: values.finishedOn, evidence: values.evidence.trim() },
      {
        onSuccess: () => {
          feedback.succeeded(t('projects.actions.completed'));
          onClose();
        },
        onError: (error) => feedback.failed(error, form, ['finishedOn', 'evidence']),
      },
    );

  return (
    <Modal
      open
      title={title}
      okText={t('projects.actions.submit')}
      cancelText={t('projects.actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={complete.isPending}
      destroyOnHidden
    >
      <Form<CompleteValues> form={form} layout="vertical" name="complete-node" initialValues={{ finishedOn: today }} onFinish={onFinish}>
        <Form.Item label={t('projects.actions.finishedOn')} name="finishedOn" rules={[required]}>
          <Input type="date" max={today} />
        </Form.Item>
        <Form.Item label={t('projects.actions.evidence')} name="evidence" rules={[required]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
