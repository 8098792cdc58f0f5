import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { PROJECT_PHASES, PROJECT_TYPE_IDS } from '@parkflow/domain';
import { Alert, App, Button, Checkbox, Flex, Input, InputNumber, Select, Table, Tabs, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-client';
import { usePutProjectTemplate, useProjectTemplates } from '../api/projects.queries';
import { useDepartments } from '../api/reference-data.queries';
import '../i18n/projects-messages.loader';
import { useDocumentTitle } from '../shared/document-title.hook';
import { LoadFailedAlert } from '../shared/load-failed.alert';
import { editorProblems, markStart, newRow, removeRow, renameKey, type EditorRow } from './node-template-editor.model';
import { useProjectLabels } from './project-labels';

/**
 * 节点模板 (admins): the nodes a new project of each type is planned from — name, working days,
 * predecessors, phase, whether it is a permit (手续) and its responsible department, and the node
 * that marks the start (开工). Checked by the domain while editing; saved for the type (projects
 * already planned keep their own copy of the nodes).
 */
export function ProjectTemplatesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useProjectLabels();
  const templates = useProjectTemplates();
  const departments = useDepartments();
  const save = usePutProjectTemplate();
  const [type, setType] = useState<string>(PROJECT_TYPE_IDS[0] ?? 'new');
  const [rows, setRows] = useState<EditorRow[] | null>(null);
  const stored = templates.data?.templates.find((x) => x.type === type);
  useEffect(() => setRows(stored ? stored.nodes.map((n) => ({ ...n, predecessors: [...n.predecessors] })) : null), [stored]);
  useDocumentTitle(t('projects.templates.title'));
  const problems = rows ? editorProblems(rows) : [];
  const update = (key: string, change: Partial<EditorRow>) => setRows((current) => current!.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const submit = async () => {
    try {
      await save.mutateAsync({ type, nodes: rows! });
      void message.success(t('projects.templates.saved'));
    } catch (error) {
      void message.error(isApiError(error) ? (error.body?.message ?? error.message) : t('projects.templates.saveFailed'));
    }
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('projects.templates.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('projects.templates.hint')}</Typography.Text>
      {templates.isError && <LoadFailedAlert error={templates.error} onRetry={() => void templates.refetch()} />}
      <Tabs activeKey={type} onChange={setType} items={PROJECT_TYPE_IDS.map((id) => ({ key: id, label: labels.type(id) }))} />
      {stored?.isDefault && <Tag>{t('projects.templates.isDefault')}</Tag>}
      {rows && (
        <>
          <Table<EditorRow>
            rowKey={(r) => r.key}
            size="small"
            pagination={false}
            dataSource={rows}
            scroll={{ x: 1200 }}
            columns={[
              { key: 'key', title: t('projects.templates.key'), width: 170, render: (_, r) => <Input aria-label={t('projects.templates.key')} defaultValue={r.key} onBlur={(e) => e.target.value !== r.key && setRows(renameKey(rows, r.key, e.target.value.trim()))} /> },
              { key: 'zh', title: t('projects.templates.nameZh'), width: 160, render: (_, r) => <Input aria-label={t('projects.templates.nameZh')} value={r.name.zh} onChange={(e) => update(r.key, { name: { ...r.name, zh: e.target.value } })} /> },
              { key: 'en', title: t('projects.templates.nameEn'), width: 180, render: (_, r) => <Input aria-label={t('projects.templates.nameEn')} value={r.name.en} onChange={(e) => update(r.key, { name: { ...r.name, en: e.target.value } })} /> },
              { key: 'days', title: t('projects.templates.days'), width: 100, render: (_, r) => <InputNumber aria-label={t('projects.templates.days')} min={1} precision={0} value={r.durationDays} onChange={(v) => update(r.key, { durationDays: v ?? 0 })} /> },
              {
                key: 'pred',
                title: t('projects.templates.predecessors'),
                width: 240,
                render: (_, r) => (
                  <Select aria-label={t('projects.templates.predecessors')} mode="multiple" showSearch={{ optionFilterProp: 'label' }} style={{ width: '100%' }} value={r.predecessors} onChange={(predecessors: string[]) => update(r.key, { predecessors })} options={rows.filter((o) => o.key !== r.key).map((o) => ({ value: o.key, label: o.name.zh || o.key }))} />
                ),
              },
              { key: 'phase', title: t('projects.phase'), width: 130, render: (_, r) => <Select aria-label={t('projects.phase')} style={{ width: '100%' }} value={r.phase} onChange={(phase) => update(r.key, { phase })} options={PROJECT_PHASES.map((p) => ({ value: p, label: labels.phase(p) }))} /> },
              { key: 'permit', title: t('projects.templates.permit'), width: 70, render: (_, r) => <Checkbox aria-label={t('projects.templates.permit')} checked={r.permit} onChange={(e) => update(r.key, { permit: e.target.checked })} /> },
              {
                key: 'dept',
                title: t('projects.department'),
                width: 160,
                render: (_, r) => (
                  <Select aria-label={t('projects.department')} allowClear style={{ width: '100%' }} value={r.department} onChange={(department?: string) => update(r.key, { department: department ?? null })} options={(departments.data ?? []).map((d) => ({ value: d.code, label: d.name }))} />
                ),
              },
              { key: 'start', title: t('projects.templates.marksStart'), width: 70, render: (_, r) => <Checkbox aria-label={t('projects.templates.marksStart')} checked={!!r.marksStart} onChange={(e) => setRows(markStart(rows, r.key, e.target.checked))} /> },
              { key: 'remove', width: 50, render: (_, r) => <Button aria-label={t('projects.templates.remove')} icon={<DeleteOutlined aria-hidden />} type="text" danger onClick={() => setRows(removeRow(rows, r.key))} /> },
            ]}
          />
          {problems.length > 0 && <Alert type="error" showIcon message={t('projects.templates.problems')} description={<ul style={{ margin: 0 }}>{problems.map((p, i) => <li key={i}>{labels.text(p.message)}</li>)}</ul>} />}
          <Flex gap={8}>
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => setRows([...rows, newRow(rows)])}>
              {t('projects.templates.add')}
            </Button>
            <Button type="primary" disabled={problems.length > 0} loading={save.isPending} onClick={() => void submit()}>
              {t('projects.templates.save')}
            </Button>
          </Flex>
        </>
      )}
    </Flex>
  );
}
