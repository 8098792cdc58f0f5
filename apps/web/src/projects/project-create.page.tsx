import { CreateProjectRequestSchema } from '@parkflow/contracts';
import { Alert, App, Button, Card, Col, Flex, Form, Input, InputNumber, Radio, Result, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../api/api-client';
import { useCreateProject, useProjectTemplates } from '../api/projects.queries';
import { useDepartments, useUsers } from '../api/reference-data.queries';
import { canCreateProjects } from '../app/nav-items';
import { useCurrentUser } from '../app/require-auth.guard';
import { ROUTES } from '../app/route-paths';
import '../i18n/projects-messages.loader';
import { useDocumentTitle } from '../shared/document-title.hook';
import { refusalText } from '../work-items/actions/refusal-text.format';
import { useFieldErrors } from '../work-items/field-errors.hook';
import { issuesToFields, mapFieldErrors } from '../work-items/field-errors.mapper';
import { doesNotFitOf, PROJECT_FORM_FIELDS, scheduleTargetField, toCreateProjectRequest, type ProjectFormValues } from './project-form.mapper';
import { useProjectLabels } from './project-labels';
import { nodeNameOf, useDoesNotFitText } from './does-not-fit.text';

/** 新建重点项目: the nodes come from the type's template, scheduled backwards from the target. */
export function ProjectCreatePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  useDocumentTitle(t('projects.createForm.title'));
  if (!canCreateProjects(user.roles)) return <Result status="403" title="403" subTitle={t('app.forbidden')} />;
  return <CreateForm />;
}

function CreateForm() {
  const { t } = useTranslation();
  const labels = useProjectLabels();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProjectFormValues>();
  const templates = useProjectTemplates();
  const departments = useDepartments();
  const users = useUsers();
  const create = useCreateProject();
  const errors = useFieldErrors();
  const fitText = useDoesNotFitText();
  const [failure, setFailure] = useState<string | null>(null);
  const [earliest, setEarliest] = useState<string | null>(null);
  const type = Form.useWatch('type', form);
  const scheduleTarget = Form.useWatch('scheduleTarget', form);
  const template = templates.data?.templates.find((tpl) => tpl.type === type);
  // The contract's order check names `targets` as a whole: say it in the UI language.
  const withTargetOrder = (fields: Record<string, string>) => ('targets' in fields ? { ...fields, targets: t('projects.createForm.targetOrder') } : fields);
  const people = (users.data ?? []).filter((u) => !u.roles.includes('enterprise')).map((u) => ({ value: u.id, label: u.displayName }));

  const onFinish = (values: ProjectFormValues) => {
    errors.clear();
    setFailure(null);
    setEarliest(null);
    const parsed = CreateProjectRequestSchema.safeParse(toCreateProjectRequest(values));
    if (!parsed.success) {
      errors.show(mapFieldErrors(withTargetOrder(issuesToFields(parsed.error.issues)), PROJECT_FORM_FIELDS));
      setFailure(t('projects.createForm.fixFields'));
      return;
    }
    create.mutate(parsed.data, {
      onSuccess: (project) => {
        void message.success(t('projects.createForm.created', { code: project.code }));
        void navigate(ROUTES.project(project.id));
      },
      onError: (error) => {
        const fit = isApiError(error, 400) ? doesNotFitOf(error.body) : null;
        if (fit) {
          const name = nodeNameOf(null, templates.data, values.type, fit.node, labels);
          errors.show({ fields: [{ name: scheduleTargetField(values.scheduleTarget), errors: [{ text: fitText(fit, name) }] }], general: [] });
          setEarliest(fit.earliestTarget);
          return;
        }
        if (isApiError(error, 400) && error.body?.fields && Object.keys(error.body.fields).length > 0) {
          errors.show(mapFieldErrors(withTargetOrder(error.body.fields), PROJECT_FORM_FIELDS));
          setFailure(t('projects.createForm.fixFields'));
          return;
        }
        setFailure(isApiError(error) && error.body ? refusalText(error.body, t) : error.message);
      },
    });
  };

  const dateItem = (key: 'start' | 'completion' | 'production', label: string) => {
    const path = ['targets', key] as ['targets', typeof key];
    const fit = earliest !== null && scheduleTargetField(scheduleTarget).join('.') === path.join('.');
    return (
      <Col xs={24} md={8}>
        <Form.Item label={label} name={path} required {...errors.itemProps(path)}>
          <Input type="date" aria-invalid={errors.invalid(path)} />
        </Form.Item>
        {fit && (
          <Button
            size="small"
            onClick={() => {
              form.setFieldValue(path, earliest);
              errors.clear([path]);
              setEarliest(null);
            }}
          >
            {t('projects.createForm.useEarliest', { date: earliest })}
          </Button>
        )}
      </Col>
    );
  };

  return (
    <Flex vertical gap={12} style={{ maxWidth: 960 }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('projects.createForm.title')}
      </Typography.Title>
      <Card>
        <Typography.Paragraph type="secondary">{t('projects.createForm.intro')}</Typography.Paragraph>
        {(failure || errors.general.length > 0) && <Alert type="error" showIcon title={failure ?? t('projects.createForm.failed')} description={errors.general.join('；') || undefined} style={{ marginBottom: 16 }} />}
        <Form<ProjectFormValues>
          form={form}
          name="create-project"
          layout="vertical"
          initialValues={{ type: 'new', phase: 'planning', scheduleTarget: 'production', pushTeamIds: [], departmentIds: [] }}
          onFinish={onFinish}
          onValuesChange={(changed: object) => {
            const keys = Object.keys(changed);
            errors.clear(keys.flatMap((key) => (key === 'targets' ? Object.keys((changed as { targets: object }).targets).map((k) => ['targets', k]) : [[key]])));
          }}
          disabled={create.isPending}
          scrollToFirstError={{ block: 'center' }}
        >
          <Form.Item label={t('projects.field.name')} name="name" required {...errors.itemProps(['name'])}>
            <Input maxLength={200} aria-invalid={errors.invalid(['name'])} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={16}>
              <Form.Item label={t('projects.field.investor')} name="investorName" required {...errors.itemProps(['investorName'])}>
                <Input maxLength={200} aria-invalid={errors.invalid(['investorName'])} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label={t('projects.field.investment')} name="investmentWan" required {...errors.itemProps(['investmentWan'])}>
                <InputNumber min={0} style={{ width: '100%' }} aria-invalid={errors.invalid(['investmentWan'])} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                label={t('projects.field.type')}
                name="type"
                required
                extra={template ? t('projects.createForm.templateNodes', { type: labels.type(template.type), nodes: template.nodes.map((n) => labels.text(n.name)).join(' → ') }) : undefined}
                {...errors.itemProps(['type'])}
              >
                <Radio.Group aria-label={t('projects.field.type')} optionType="button" buttonStyle="solid" options={labels.typeOptions()} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label={t('projects.field.phase')} name="phase" required {...errors.itemProps(['phase'])}>
                <Select aria-label={t('projects.field.phase')} showSearch={{ optionFilterProp: 'label' }} options={labels.phaseOptions()} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            {dateItem('start', t('projects.field.targetStart'))}
            {dateItem('completion', t('projects.field.targetCompletion'))}
            {dateItem('production', t('projects.field.targetProduction'))}
          </Row>
          <Form.Item label={t('projects.field.scheduleTarget')} name="scheduleTarget" extra={t('projects.createForm.targetOrder')}>
            <Radio.Group options={[{ value: 'production', label: t('projects.field.scheduleProduction') }, { value: 'completion', label: t('projects.field.scheduleCompletion') }]} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item label={t('projects.field.chiefOfficer')} name="chiefOfficerId" required {...errors.itemProps(['chiefOfficerId'])}>
                <Select aria-label={t('projects.field.chiefOfficer')} showSearch={{ optionFilterProp: 'label' }} loading={users.isPending} options={people} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item label={t('projects.field.pushTeam')} name="pushTeamIds" {...errors.itemProps(['pushTeamIds'])}>
                <Select aria-label={t('projects.field.pushTeam')} mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={people} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label={t('projects.field.departments')} name="departmentIds" {...errors.itemProps(['departmentIds'])}>
            <Select aria-label={t('projects.field.departments')} mode="multiple" showSearch={{ optionFilterProp: 'label' }} loading={departments.isPending} options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('projects.createForm.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
