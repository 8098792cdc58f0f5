import { CreateWorkItemRequestSchema } from '@parkflow/contracts';
import { URGENCIES, type KindDefinition, type LinkRule } from '@parkflow/domain';
import { Alert, App, Button, Card, Col, Flex, Form, Input, Radio, Row, Select, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../api/api-client';
import { useEnterprises } from '../api/reference-data.queries';
import { useCreateWorkItem } from '../api/work-items.queries';
import { registrableKinds } from '../app/nav-items';
import { useCurrentUser } from '../app/require-auth.guard';
import { ROUTES } from '../app/route-paths';
import { useCatalogLabels } from '../i18n/catalog-labels';
import { useKinds } from '../kinds/kinds.context';
import { useFieldErrors } from './field-errors.hook';
import { issuesToFields, mapFieldErrors, type FieldPath } from './field-errors.mapper';
import { enterpriseRule, petitionerRule, toCreateRequest, visibleFieldPaths, type RegisterFormValues } from './register-form.mapper';
import { useStageLimitsText } from './stage-limits.hook';
import { RegisterStatuteFields } from './register-statute.fields';
import { RegisterRepeatFields } from './register-repeat.fields';
import { RegisterProjectFields } from './register-project.fields';
import { useDocumentTitle } from '../shared/document-title.hook';
import { warningText } from './decision-warning.format';
import { refusalText } from './actions/refusal-text.format';

/** The leaf paths of an antd `onValuesChange` object, e.g. `{petitioner: {name}}` → [['petitioner','name']]. */
function changedPaths(changed: object, prefix: string[] = []): FieldPath[] {
  return Object.entries(changed).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? changedPaths(value as object, [...prefix, key]) : [[...prefix, key]],
  );
}

/** Why the enterprise field is there: a kind raised by companies must name one; a petition may name the one it concerns, which then never sees it. */
function enterpriseHint(t: TFunction, kind: KindDefinition, rule: LinkRule, kindName: string): string {
  if (rule === 'required') return t('register.enterpriseHint', { kind: kindName });
  return kind.enterpriseLink === 'concerns' ? t('register.enterpriseConcernsHint') : t('register.enterpriseOptionalHint');
}

/** 登记: registers an item of a kind the user may register (petition, enterprise appeal, …), then opens it. */
export function WorkItemRegisterPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useCatalogLabels();
  const navigate = useNavigate();
  const [form] = Form.useForm<RegisterFormValues>();
  const user = useCurrentUser();
  const kinds = useKinds();
  const kindOptions = labels.kindOptions(registrableKinds(kinds, user.roles));
  // A 复查 / 复核 asked from the reviewed item's page arrives with ?kind=…&reviewOf=….
  const [search] = useSearchParams();
  const initialKind = kindOptions.find((o) => o.value === search.get('kind'))?.value;
  const initialReviewOf = search.get('reviewOf') ?? undefined;
  // A problem raised from a project's page (提出问题) arrives with ?kind=project_task&projectId=…[&nodeKey=…].
  const initialProjectId = search.get('projectId') ?? undefined;
  const initialNodeKey = search.get('nodeKey') ?? undefined;
  const kind = kinds.get(Form.useWatch('kind', form) ?? initialKind ?? kindOptions[0]?.value ?? '');
  const enterprise = enterpriseRule(kind);
  const petitioner = petitionerRule(kind);
  const enterprises = useEnterprises(enterprise !== 'none');
  const limits = useStageLimitsText(kind);
  const create = useCreateWorkItem();
  const errors = useFieldErrors();
  const [failure, setFailure] = useState<string | null>(null);
  useDocumentTitle(t('register.title'));

  const onFinish = (values: RegisterFormValues) => {
    errors.clear();
    setFailure(null);
    const paths = visibleFieldPaths(kinds.get(values.kind));
    const parsed = CreateWorkItemRequestSchema.safeParse(toCreateRequest(kinds, values));
    if (!parsed.success) {
      errors.show(mapFieldErrors(issuesToFields(parsed.error.issues), paths));
      return;
    }
    create.mutate(parsed.data, {
      onSuccess: (item) => {
        void message.success(t('register.created', { code: item.code }));
        item.warnings.forEach((warning) => void message.warning(warningText(t, warning), 8));
        void navigate(ROUTES.detail(item.id));
      },
      onError: (error) => {
        if (isApiError(error, 400) && error.body?.fields && Object.keys(error.body.fields).length > 0) {
          errors.show(mapFieldErrors(error.body.fields, paths));
          setFailure(t('register.fixFields'));
        } else {
          // A refusal of the rules (e.g. a contact raising for another company) is worded from its reason.
          setFailure(isApiError(error) && error.body ? refusalText(error.body, t) : error.message);
        }
      },
    });
  };

  const select = t('register.select');
  const control = (path: FieldPath) => ({ 'aria-invalid': errors.invalid(path) });

  return (
    <Flex vertical gap={12} style={{ maxWidth: 960 }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('register.title')}
      </Typography.Title>
      <Card>
        {(failure || errors.general.length > 0) && (
          <Alert
            type="error"
            showIcon
            title={failure ?? t('register.failed')}
            description={errors.general.length > 0 ? errors.general.join('；') : undefined}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form<RegisterFormValues>
          form={form}
          name="register"
          layout="vertical"
          initialValues={{ kind: initialKind ?? kindOptions[0]?.value, urgency: 'normal', decision: 'accept', reviewOfId: initialReviewOf, projectId: initialProjectId, nodeKey: initialNodeKey }}
          onFinish={onFinish}
          onValuesChange={(changed: object) => errors.clear(changedPaths(changed))}
          disabled={create.isPending}
          scrollToFirstError={{ block: 'center' }}
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label={t('register.kind')} name="kind" required extra={limits} {...errors.itemProps(['kind'])}>
                <Radio.Group aria-label={t('register.kind')} optionType="button" buttonStyle="solid" options={kindOptions} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label={t('register.urgency')} name="urgency" required {...errors.itemProps(['urgency'])}>
                <Radio.Group
                  aria-label={t('register.urgency')}
                  optionType="button"
                  buttonStyle="solid"
                  options={URGENCIES.map((urgency) => ({ value: urgency, label: t(`urgency.${urgency}`) }))}
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label={t('register.itemTitle')} name="title" required {...errors.itemProps(['title'])}>
            <Input maxLength={200} {...control(['title'])} />
          </Form.Item>
          <Form.Item label={t('register.description')} name="description" required {...errors.itemProps(['description'])}>
            <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={10_000} {...control(['description'])} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label={t('register.channel')} name="channel" required {...errors.itemProps(['channel'])}>
                <Select placeholder={select} options={labels.channelOptions()} showSearch={{ optionFilterProp: 'label' }} {...control(['channel'])} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label={t('register.category')} name="category" required {...errors.itemProps(['category'])}>
                <Select placeholder={select} options={labels.categoryOptions()} showSearch={{ optionFilterProp: 'label' }} {...control(['category'])} />
              </Form.Item>
            </Col>
          </Row>
          {kind && enterprise !== 'none' && (
            <Form.Item
              label={kind.enterpriseLink === 'concerns' ? t('register.enterpriseConcerned') : t('register.enterprise')}
              name="enterpriseId"
              required={enterprise === 'required'}
              extra={errors.itemProps(['enterpriseId']).help ? undefined : enterpriseHint(t, kind, enterprise, labels.kind(kind.id))}
              {...errors.itemProps(['enterpriseId'])}
            >
              <Select
                placeholder={select}
                allowClear
                loading={enterprises.isPending}
                showSearch={{ optionFilterProp: 'label' }}
                options={(enterprises.data ?? []).map((enterprise) => ({ value: enterprise.id, label: enterprise.name }))}
                {...control(['enterpriseId'])}
              />
            </Form.Item>
          )}
          {petitioner !== 'none' && (
            <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
              <legend style={{ fontSize: 16, marginBottom: 8 }}>{t('register.petitioner')}</legend>
              <Row gutter={16}>
                <Col xs={24} md={8}>
                  <Form.Item label={t('register.petitionerName')} name={['petitioner', 'name']} required={petitioner === 'required'} {...errors.itemProps(['petitioner', 'name'])}>
                    <Input autoComplete="off" {...control(['petitioner', 'name'])} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item label={t('register.petitionerPhone')} name={['petitioner', 'phone']} {...errors.itemProps(['petitioner', 'phone'])}>
                    <Input type="tel" autoComplete="off" {...control(['petitioner', 'phone'])} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item label={t('register.petitionerIdNumber')} name={['petitioner', 'idNumber']} {...errors.itemProps(['petitioner', 'idNumber'])}>
                    <Input autoComplete="off" maxLength={18} {...control(['petitioner', 'idNumber'])} />
                  </Form.Item>
                </Col>
              </Row>
            </fieldset>
          )}
          {kind && <RegisterStatuteFields kind={kind} errors={errors} />}
          {kind && <RegisterRepeatFields kind={kind} errors={errors} />}
          {kind && <RegisterProjectFields kind={kind} errors={errors} />}
          <Flex gap={8} wrap style={{ marginTop: 8 }}>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('register.submit')}
            </Button>
            <Button
              htmlType="button"
              onClick={() => {
                form.resetFields();
                errors.clear();
                setFailure(null);
              }}
            >
              {t('register.reset')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </Flex>
  );
}
