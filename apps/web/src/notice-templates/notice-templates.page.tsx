import { NOTICE_PLACEHOLDER_NAMES, NOTICE_PLACEHOLDERS, type TemplateField } from '@parkflow/domain';
import type { NoticeTemplateView } from '@parkflow/contracts';
import { Alert, App, Button, Card, Col, Flex, Form, Input, Popconfirm, Row, Select, Skeleton, Tag, Tooltip, Typography, type GetRef } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isApiError } from '../api/api-client';
import { useNoticeTemplates, useResetNoticeTemplate, useSaveNoticeTemplate } from '../api/notice-templates.queries';
import { pickLabel } from '../i18n/language';
import { useDocumentTitle } from '../shared/document-title.hook';
import { formatShanghai } from '../shared/shanghai-time.format';
import { fieldProblems, insertPlaceholder, templateErrorText } from './template-editor.model';

type Draft = { title: string; body: string };

/** 告知书模板: pick a kind and a notice, edit its title and body with the placeholders beside it, or put it back to the default. */
export function NoticeTemplatesPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const language = i18n.language;
  useDocumentTitle(t('noticeTemplates.title'));
  const templates = useNoticeTemplates();
  const save = useSaveNoticeTemplate();
  const reset = useResetNoticeTemplate();
  const [searchParams, setSearchParams] = useSearchParams();
  const list = useMemo(() => templates.data?.templates ?? [], [templates.data]);
  const kinds = useMemo(() => [...new Map(list.map((x) => [x.kind, x.kindLabel])).entries()], [list]);
  const kind = searchParams.get('kind') ?? kinds[0]?.[0] ?? '';
  const type = searchParams.get('type') ?? 'acceptance';
  const current: NoticeTemplateView | undefined = list.find((x) => x.kind === kind && x.type === type);
  const [draft, setDraft] = useState<Draft>({ title: '', body: '' });
  const [serverErrors, setServerErrors] = useState<Partial<Record<TemplateField, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const bodyRef = useRef<GetRef<typeof Input.TextArea>>(null);
  const titleRef = useRef<HTMLInputElement | null>(null);
  const lastField = useRef<TemplateField>('body');

  // A new template picked (or reloaded after a save): the editor starts from what is stored.
  useEffect(() => {
    if (current) setDraft({ title: current.title, body: current.body });
    setServerErrors({});
    setFailure(null);
  }, [current]);

  const pick = (next: { kind?: string; type?: string }) => setSearchParams(new URLSearchParams({ kind: next.kind ?? kind, type: next.type ?? type }));
  const edit = (field: TemplateField, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setServerErrors((e) => ({ ...e, [field]: undefined }));
  };
  const help = (field: TemplateField): string | undefined => {
    const local = fieldProblems(draft[field], field).map((error) => {
      const { key, values } = templateErrorText(error);
      return t(key, values);
    });
    const lines = local.length > 0 ? local : serverErrors[field] ? [serverErrors[field]] : [];
    return lines.length > 0 ? lines.join('；') : undefined;
  };
  const blocked = fieldProblems(draft.title, 'title').length > 0 || fieldProblems(draft.body, 'body').length > 0;

  const insert = (name: string) => {
    const field = lastField.current;
    const element = field === 'body' ? bodyRef.current?.resizableTextArea?.textArea : titleRef.current;
    const text = draft[field];
    const { text: next, caret } = insertPlaceholder(text, element?.selectionStart ?? text.length, element?.selectionEnd ?? text.length, name);
    edit(field, next);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(caret, caret);
    });
  };

  const onSave = () => {
    setFailure(null);
    save.mutate(
      { kind, type, template: draft },
      {
        onSuccess: () => void message.success(t('noticeTemplates.saved')),
        onError: (error) => {
          if (isApiError(error, 400) && error.body?.fields) setServerErrors(error.body.fields as Partial<Record<TemplateField, string>>);
          else setFailure(isApiError(error, 403) ? t('noticeTemplates.adminOnly') : error.message);
        },
      },
    );
  };
  const onReset = () =>
    reset.mutate(
      { kind, type },
      { onSuccess: () => void message.success(t('noticeTemplates.resetDone')), onError: (error) => setFailure(isApiError(error, 403) ? t('noticeTemplates.adminOnly') : error.message) },
    );

  const typeOptions = list.filter((x) => x.kind === kind).map((x) => ({ value: x.type, label: pickLabel(x.typeLabel, language) }));

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('noticeTemplates.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('noticeTemplates.intro')}
      </Typography.Paragraph>
      {templates.isError && (
        <Alert type="error" showIcon role="alert" title={isApiError(templates.error, 403) ? t('noticeTemplates.adminOnly') : t('app.loadFailed')} description={templates.error.message} />
      )}
      {failure && <Alert type="error" showIcon role="alert" title={failure} />}
      {templates.isPending ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={16}>
            <Form layout="vertical" onFinish={onSave}>
              <Flex wrap gap={12}>
                <Form.Item label={t('noticeTemplates.kind')} htmlFor="notice-kind" style={{ minWidth: 200 }}>
                  <Select id="notice-kind" value={kind} onChange={(value: string) => pick({ kind: value })} options={kinds.map(([id, label]) => ({ value: id, label: pickLabel(label, language) }))} />
                </Form.Item>
                <Form.Item label={t('noticeTemplates.type')} htmlFor="notice-type" style={{ minWidth: 200 }}>
                  <Select id="notice-type" value={type} onChange={(value: string) => pick({ type: value })} options={typeOptions} />
                </Form.Item>
                {current && (
                  <Flex align="center" gap={8}>
                    <Tag color={current.isDefault ? 'default' : 'blue'}>{current.isDefault ? t('noticeTemplates.isDefault') : t('noticeTemplates.isCustom')}</Tag>
                    {current.updatedAt && <Typography.Text type="secondary">{t('noticeTemplates.updatedAt', { at: formatShanghai(current.updatedAt) })}</Typography.Text>}
                  </Flex>
                )}
              </Flex>
              <Form.Item label={t('noticeTemplates.templateTitle')} htmlFor="notice-title" validateStatus={help('title') ? 'error' : undefined} help={help('title')}>
                <Input
                  id="notice-title"
                  ref={(input) => {
                    titleRef.current = input?.input ?? null;
                  }}
                  value={draft.title}
                  onFocus={() => (lastField.current = 'title')}
                  onChange={(event) => edit('title', event.target.value)}
                />
              </Form.Item>
              <Form.Item label={t('noticeTemplates.body')} htmlFor="notice-body" extra={t('noticeTemplates.bodyHint', { example: '{{code}}' })} validateStatus={help('body') ? 'error' : undefined} help={help('body')}>
                <Input.TextArea
                  id="notice-body"
                  ref={bodyRef}
                  value={draft.body}
                  autoSize={{ minRows: 12, maxRows: 30 }}
                  onFocus={() => (lastField.current = 'body')}
                  onChange={(event) => edit('body', event.target.value)}
                />
              </Form.Item>
              <Flex gap={8}>
                <Button type="primary" htmlType="submit" loading={save.isPending} disabled={!current || blocked}>
                  {t('noticeTemplates.save')}
                </Button>
                <Popconfirm title={t('noticeTemplates.resetConfirm')} onConfirm={onReset} disabled={!current || current.isDefault}>
                  <Button loading={reset.isPending} disabled={!current || current.isDefault}>
                    {t('noticeTemplates.reset')}
                  </Button>
                </Popconfirm>
              </Flex>
            </Form>
          </Col>
          <Col xs={24} lg={8}>
            <Card size="small" title={t('noticeTemplates.placeholders')} extra={<Typography.Text type="secondary">{t('noticeTemplates.placeholdersHint')}</Typography.Text>}>
              <Flex vertical gap={4} role="list">
                {NOTICE_PLACEHOLDER_NAMES.map((name) => (
                  <Flex key={name} role="listitem" align="center" gap={8} wrap>
                    <Tooltip title={pickLabel(NOTICE_PLACEHOLDERS[name].description, language)}>
                      <Button size="small" onClick={() => insert(name)} aria-label={t('noticeTemplates.insert', { name: pickLabel(NOTICE_PLACEHOLDERS[name].label, language) })}>
                        <code>{`{{${name}}}`}</code>
                      </Button>
                    </Tooltip>
                    <Typography.Text>{pickLabel(NOTICE_PLACEHOLDERS[name].label, language)}</Typography.Text>
                  </Flex>
                ))}
              </Flex>
            </Card>
          </Col>
        </Row>
      )}
    </Flex>
  );
}
