import type { ProjectDetail } from '@parkflow/contracts';
import { shanghaiDate } from '@parkflow/domain';
import { App, Button, Form, Input, InputNumber, Modal, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportProgress } from '../api/projects.queries';
import { lastReportOf, MAX_PHOTOS, PHOTO_CONTENT_TYPES, photoProblem, progressProblems, toProgressFormData, type ProgressFormValues } from './progress-report.mapper';
import { useProjectLabels } from './project-labels';
import { useProjectWriteFeedback } from './project-write-feedback.hook';

// Where the api's field messages can go; a photo's refusal (type, size) is a message of its own.
const FIELDS = ['percent', 'note', 'reason', 'reportedOn'];

/** 上报形象进度: percent, note, a reason when it falls (the domain's check), up to five photos, sent as multipart. */
export function ProgressReportDialog({ project, onClose }: { project: ProjectDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useProjectLabels();
  const [form] = Form.useForm<ProgressFormValues>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const report = useReportProgress(project.id);
  const feedback = useProjectWriteFeedback(project.id);
  const today = shanghaiDate(new Date());
  const last = lastReportOf(project.progress);

  const onFinish = (values: ProgressFormValues) => {
    const problems = progressProblems(values, last, today);
    if (problems.length > 0) {
      form.setFields(problems.map((p) => ({ name: p.name, errors: [labels.text(p.message)] })));
      return;
    }
    const photos = files.flatMap((f) => (f.originFileObj ? [f.originFileObj] : []));
    report.mutate(toProgressFormData(values, photos), {
      onSuccess: () => {
        feedback.succeeded(t('projects.report.done'));
        onClose();
      },
      onError: (error) => feedback.failed(error, form, FIELDS),
    });
  };

  return (
    <Modal
      open
      title={t('projects.report.title')}
      okText={t('projects.actions.submit')}
      cancelText={t('projects.actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={report.isPending}
      destroyOnHidden
    >
      <Form<ProgressFormValues> form={form} layout="vertical" name="progress-report" initialValues={{ percent: last?.percent ?? 0, reportedOn: today }} onFinish={onFinish}>
        <Form.Item label={t('projects.report.percent')} name="percent" required>
          <InputNumber min={0} max={100} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label={t('projects.report.reportedOn')} name="reportedOn">
          <Input type="date" max={today} min={last?.date} />
        </Form.Item>
        <Form.Item label={t('projects.report.note')} name="note" rules={[{ required: true, whitespace: true, message: t('projects.actions.required') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Form.Item label={t('projects.report.reason')} name="reason" extra={last ? t('projects.report.reasonHint', { last: last.percent }) : undefined}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
        <Form.Item label={t('projects.report.photos')} extra={t('projects.report.photosHint')}>
          <Upload
            listType="picture"
            multiple
            accept={PHOTO_CONTENT_TYPES.join(',')}
            maxCount={MAX_PHOTOS}
            fileList={files}
            // Nothing is uploaded on its own: the photos go with the report, in one request.
            beforeUpload={(file) => {
              const problem = photoProblem(file);
              if (problem) {
                void message.error(t(`projects.report.${problem}`, { name: file.name }));
                return Upload.LIST_IGNORE;
              }
              return false;
            }}
            onChange={({ fileList }) => {
              if (fileList.length > MAX_PHOTOS) void message.warning(t('projects.report.tooMany'));
              setFiles(fileList.slice(0, MAX_PHOTOS));
            }}
          >
            <Button>{t('projects.report.pick')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
