import { DownloadOutlined } from '@ant-design/icons';
import { isNoticeType, NOTICE_CHANNEL_LABELS, NOTICE_LABELS, type Label } from '@parkflow/domain';
import { Alert, Button, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-client';
import { pickLabel } from '../../i18n/language';
import { formatShanghai } from '../../shared/shanghai-time.format';
import { fetchNotice, saveBlob } from './notice-download';

export interface WorkItemNotice {
  type: string;
  available: boolean;
  /** When the notice went to the petitioner (a date or an instant), null when not recorded. */
  sentOn: string | null;
  /** How it went: a notice channel id (`mail`, `in_person`, `sms`, `online`). */
  channel: string | null;
}

export interface WorkItemNoticesProps {
  itemId: string;
  code: string;
  notices: WorkItemNotice[];
  /** The answer's name for the item's kind (复查意见书, 复核意见书); defaults to the notice type's. */
  labels?: Partial<Record<string, Label>>;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * 书面告知: an item's written notices with a download per notice the item has reached, and when
 * and how each was sent. Self-contained (its own fetch of the .docx): the detail page passes what
 * it knows; the list itself comes from `GET /api/work-items/:id/notices`.
 */
export function WorkItemNotices({ itemId, code, notices, labels }: WorkItemNoticesProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const labelOf = (type: string) => {
    const own = labels?.[type];
    if (own) return pickLabel(own, language);
    return isNoticeType(type) ? pickLabel(NOTICE_LABELS[type], language) : type;
  };
  // A sending's channel is one of the notice channels (邮寄, 当面送达, …), as the timeline words it.
  const channelOf = (channel: string) => (Object.hasOwn(NOTICE_CHANNEL_LABELS, channel) ? pickLabel(NOTICE_CHANNEL_LABELS[channel as keyof typeof NOTICE_CHANNEL_LABELS], language) : channel);
  const dateOf = (value: string) => (DATE_ONLY.test(value) ? value : (formatShanghai(value, 'YYYY-MM-DD') ?? value));

  const download = async (type: string) => {
    setBusy(type);
    setFailure(null);
    try {
      const { blob, filename } = await fetchNotice(itemId, type, `${code}-${labelOf(type)}.docx`);
      saveBlob(blob, filename);
    } catch (error) {
      setFailure(t('itemNotices.downloadFailed', { reason: isApiError(error) ? error.message : String(error) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Flex vertical gap={8}>
      <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
        {t('itemNotices.title')}
      </Typography.Title>
      {failure && <Alert type="error" showIcon role="alert" title={failure} closable onClose={() => setFailure(null)} />}
      <List
        size="small"
        locale={{ emptyText: t('itemNotices.empty') }}
        dataSource={notices}
        renderItem={(notice) => (
          <List.Item
            key={notice.type}
            actions={[
              notice.available ? (
                <Button key="download" size="small" icon={<DownloadOutlined aria-hidden />} loading={busy === notice.type} onClick={() => void download(notice.type)} aria-label={`${t('itemNotices.download')} ${labelOf(notice.type)}`}>
                  {busy === notice.type ? t('itemNotices.downloading') : t('itemNotices.download')}
                </Button>
              ) : (
                <Tag key="not-yet">{t('itemNotices.notYet')}</Tag>
              ),
            ]}
          >
            <Flex vertical gap={2}>
              <Typography.Text strong={notice.available} type={notice.available ? undefined : 'secondary'}>
                {labelOf(notice.type)}
              </Typography.Text>
              {notice.available && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {notice.sentOn
                    ? notice.channel
                      ? t('itemNotices.sent', { date: dateOf(notice.sentOn), channel: channelOf(notice.channel) })
                      : t('itemNotices.sentOn', { date: dateOf(notice.sentOn) })
                    : t('itemNotices.notSent')}
                </Typography.Text>
              )}
            </Flex>
          </List.Item>
        )}
      />
    </Flex>
  );
}
