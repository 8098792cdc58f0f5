import { BellOutlined } from '@ant-design/icons';
import type { Notification } from '@parkflow/contracts';
import { App, Badge, Button, Empty, Flex, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from '../api/notifications.queries';
import { formatShanghai } from '../shared/shanghai-time.format';
import { useNotificationStream } from './notification-stream.hook';
import { notificationTarget } from './notification-target';
import { notificationText } from './notification-text.format';
import { badgeText } from './notifications.reducer';

/** The live bell: unread count (kept current by the stream), the latest notifications, mark read, open the item (or the day's close-out). */
export function NotificationsBell() {
  const { t, i18n } = useTranslation();
  // Worded in the UI language from topic + params; a switch of language re-renders in the other.
  const text = (note: Notification) => notificationText(note, t, i18n.language);
  const { notification } = App.useApp();
  const navigate = useNavigate();
  const list = useNotifications();
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const [open, setOpen] = useState(false);
  const connected = useNotificationStream((arrived) => {
    for (const note of arrived.slice(0, 3)) notification.info({ title: t('notifications.arrived', { message: text(note) }), placement: 'bottomRight', duration: 6 });
  });
  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];

  const openItem = (note: Notification) => {
    if (note.readAt === null) markRead.mutate(note.id);
    setOpen(false);
    const target = notificationTarget(note);
    if (target) void navigate(target);
  };

  const content = (
    <Flex vertical gap={8} style={{ width: 'min(360px, calc(100vw - 32px))' }}>
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        <Button size="small" type="link" disabled={unread === 0} onClick={() => markAll.mutate()}>
          {t('notifications.markAllRead')}
        </Button>
      </Flex>
      {!connected && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('notifications.offline')}
        </Typography.Text>
      )}
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <ul aria-label={t('notifications.title')} style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: 400, overflowY: 'auto' }}>
          {items.map((note) => (
            <li key={note.id} style={{ borderTop: '1px solid rgba(5,5,5,0.06)', padding: '6px 0' }}>
              <Flex gap={8} align="flex-start">
                <Button type="text" onClick={() => openItem(note)} style={{ height: 'auto', whiteSpace: 'normal', textAlign: 'start', flex: 1, padding: 4 }}>
                  <Flex vertical gap={2} align="flex-start">
                    <Typography.Text strong={note.readAt === null}>
                      {note.readAt === null && <Badge status="processing" aria-label={t('notifications.unread')} style={{ marginInlineEnd: 6 }} />}
                      {text(note)}
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatShanghai(note.createdAt)}
                    </Typography.Text>
                  </Flex>
                </Button>
                {note.readAt === null && (
                  <Button size="small" type="link" onClick={() => markRead.mutate(note.id)} aria-label={`${t('notifications.markRead')}: ${text(note)}`}>
                    {t('notifications.markRead')}
                  </Button>
                )}
              </Flex>
            </li>
          ))}
        </ul>
      )}
    </Flex>
  );

  return (
    <Popover content={content} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight" arrow={false}>
      <Button
        type="text"
        aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
        aria-haspopup="dialog"
        aria-expanded={open}
        icon={
          <Badge count={badgeText(unread)} size="small" offset={[4, -2]}>
            <BellOutlined aria-hidden style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
