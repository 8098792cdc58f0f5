import { UploadOutlined } from '@ant-design/icons';
import { ARRANGEMENT_TEXT_MAX, type ArrangementIssueBody, type ArrangementPreview, type ArrangementRequest } from '@parkflow/contracts';
import { ARRANGEMENT_FORMATS, arrangementDayCounts, type ArrangementFormat } from '@parkflow/domain';
import { Alert, App, Button, Flex, Input, Modal, Segmented, Table, Typography } from 'antd';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-client';
import { usePreviewArrangement, useSaveArrangement } from '../api/calendar-arrangement.queries';
import { guessFormat, issueText, yearOf } from './arrangement-import.model';

type Change = ArrangementPreview['changes'][number];

interface Props {
  open: boolean;
  onClose: () => void;
  /** After a save: the year loaded (the page shows it). */
  onSaved: (year: number) => void;
}

/**
 * 导入年度放假安排: paste the State Council's notice (or upload JSON / ICS), preview the days that
 * change and how many open items get re-timed, then save. Saving is offered only for the text
 * that was previewed, so what is stored is what the admin saw.
 */
export function ArrangementImportDialog({ open, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ids = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [format, setFormat] = useState<ArrangementFormat>('notice');
  const [text, setText] = useState('');
  const [yearInput, setYearInput] = useState('');
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [previewed, setPreviewed] = useState<{ request: ArrangementRequest; preview: ArrangementPreview } | null>(null);
  const [problems, setProblems] = useState<{ errors: ArrangementIssueBody[]; warnings: ArrangementIssueBody[]; failure: string | null } | null>(null);
  const preview = usePreviewArrangement();
  const save = useSaveArrangement();

  const request: ArrangementRequest = { format, text, ...(yearOf(yearInput) === undefined ? {} : { year: yearOf(yearInput) }) };
  const stale = previewed !== null && JSON.stringify(previewed.request) !== JSON.stringify(request);

  const fail = (error: Error) => {
    if (isApiError(error) && error.body?.errors) setProblems({ errors: error.body.errors, warnings: error.body.warnings ?? [], failure: null });
    else setProblems({ errors: [], warnings: [], failure: isApiError(error, 403) ? t('calendarAdmin.adminOnly') : error.message });
  };
  const runPreview = () => {
    setProblems(null);
    setPreviewed(null);
    preview.mutate(request, { onSuccess: (result) => setPreviewed({ request, preview: result }), onError: fail });
  };
  const runSave = () => {
    if (!previewed || stale) return;
    save.mutate(previewed.request, {
      onSuccess: (saved) => {
        void message.success(t('arrangementImport.saved', { year: saved.year, count: saved.retimedItems }));
        onSaved(saved.year);
        close();
      },
      onError: fail,
    });
  };
  const close = () => {
    setText('');
    setYearInput('');
    setFileNote(null);
    setPreviewed(null);
    setProblems(null);
    onClose();
  };
  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const content = await file.text();
    if (content.length > ARRANGEMENT_TEXT_MAX) {
      setFileNote(t('arrangementImport.tooLarge', { max: ARRANGEMENT_TEXT_MAX }));
      return;
    }
    setText(content);
    setFormat(guessFormat(content, file.name));
    setFileNote(t('arrangementImport.uploaded', { name: file.name }));
  };
  const onText = (value: string) => {
    // A paste into an empty box picks its format; after that the admin's choice stands.
    if (text.trim() === '') setFormat(guessFormat(value));
    setText(value);
  };

  const workingLabel = (value: Change['before']) => t(value === 'working' ? 'arrangementImport.working' : 'arrangementImport.rest');
  const shown = previewed?.preview;
  return (
    <Modal open={open} title={t('arrangementImport.title')} onCancel={close} width={760} footer={null} destroyOnHidden>
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('arrangementImport.intro')}
        </Typography.Paragraph>
        <Flex wrap gap={12} align="center">
          <span id={`${ids}-format`}>{t('arrangementImport.format')}</span>
          <Segmented
            aria-labelledby={`${ids}-format`}
            value={format}
            onChange={(value) => setFormat(value as ArrangementFormat)}
            options={ARRANGEMENT_FORMATS.map((value) => ({ value, label: t(`arrangementImport.formats.${value}`) }))}
          />
          <Button icon={<UploadOutlined aria-hidden />} onClick={() => fileInput.current?.click()}>
            {t('arrangementImport.upload')}
          </Button>
          <input ref={fileInput} type="file" accept=".txt,.json,.ics,text/plain,application/json,text/calendar" hidden aria-label={t('arrangementImport.upload')} onChange={(e) => void readFile(e)} />
          {fileNote && <Typography.Text type="secondary">{fileNote}</Typography.Text>}
        </Flex>
        <label htmlFor={`${ids}-year`}>{t('arrangementImport.year')}</label>
        <Input id={`${ids}-year`} inputMode="numeric" maxLength={4} style={{ width: 120 }} value={yearInput} onChange={(e) => setYearInput(e.target.value.replace(/\D/g, ''))} />
        <label htmlFor={`${ids}-text`}>{t('arrangementImport.text')}</label>
        <Input.TextArea id={`${ids}-text`} value={text} rows={10} maxLength={ARRANGEMENT_TEXT_MAX} onChange={(e) => onText(e.target.value)} style={{ fontFamily: 'monospace' }} />
        {problems?.failure && <Alert type="error" showIcon role="alert" title={problems.failure} />}
        {problems && problems.errors.length > 0 && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('arrangementImport.errorsTitle', { count: problems.errors.length })}
            description={<IssueList t={t} issues={problems.errors} />}
          />
        )}
        {(shown?.warnings ?? problems?.warnings ?? []).length > 0 && (
          <Alert type="warning" showIcon title={t('arrangementImport.warningsTitle')} description={<IssueList t={t} issues={shown?.warnings ?? problems?.warnings ?? []} />} />
        )}
        {shown && (
          <section aria-label={t('arrangementImport.changesTitle', { count: shown.changes.length })}>
            <Typography.Text strong>
              {t('arrangementImport.summary', { year: shown.year, ...arrangementDayCounts(shown.days) })}
            </Typography.Text>
            {shown.changes.length === 0 ? (
              <Typography.Paragraph>{t('arrangementImport.noChanges')}</Typography.Paragraph>
            ) : (
              <Table<Change>
                size="small"
                rowKey="date"
                pagination={false}
                scroll={{ y: 240 }}
                caption={t('arrangementImport.changesTitle', { count: shown.changes.length })}
                dataSource={shown.changes}
                columns={[
                  { title: t('arrangementImport.date'), dataIndex: 'date' },
                  { title: t('arrangementImport.before'), dataIndex: 'before', render: workingLabel },
                  { title: t('arrangementImport.after'), dataIndex: 'after', render: workingLabel },
                  { title: t('arrangementImport.dayName'), dataIndex: 'name', render: (name: string | null) => name ?? '' },
                ]}
              />
            )}
            <Typography.Paragraph strong style={{ marginTop: 8 }}>
              {t('arrangementImport.affected', { count: shown.affectedItems })}
            </Typography.Paragraph>
          </section>
        )}
        {stale && <Alert type="info" showIcon title={t('arrangementImport.stale')} />}
        <Flex gap={8} justify="flex-end">
          <Button onClick={runPreview} loading={preview.isPending} disabled={text.trim() === ''}>
            {t('arrangementImport.preview')}
          </Button>
          <Button type="primary" onClick={runSave} loading={save.isPending} disabled={!previewed || stale}>
            {t('arrangementImport.save')}
          </Button>
        </Flex>
      </Flex>
    </Modal>
  );
}

function IssueList({ t, issues }: { t: ReturnType<typeof useTranslation>['t']; issues: ArrangementIssueBody[] }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {issues.map((issue, index) => (
        <li key={index}>{issueText(t, issue)}</li>
      ))}
    </ul>
  );
}
