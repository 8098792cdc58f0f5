import BellOutlined from '@ant-design/icons-svg/es/asn/BellOutlined';
import type { Notification } from '@parkflow/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from '../api/notifications.queries';
import { LightButton } from '../shared/light/light-button.component';
import { SvgIcon } from '../shared/light/svg-icon.component';
import { formatShanghai } from '../shared/shanghai-time.format';
import { useNotificationStream } from './notification-stream.hook';
import { notificationTarget } from './notification-target';
import { notificationText } from './notification-text.format';
import { useNotificationToasts } from './notification-toasts.hook';
import { badgeText } from './notifications.reducer';

/**
 * The live bell: unread count (kept current by the stream), the latest notifications, mark read,
 * open the item (or the day's close-out). A plain button and panel (no antd: the shell ships
 * with the queue); the panel closes on Escape, on a click outside and when an item opens.
 */
export function NotificationsBell() {
  const { t, i18n } = useTranslation();
  // Worded in the UI language from topic + params; a switch of language re-renders in the other.
  const text = (note: Notification) => notificationText(note, t, i18n.language);
  const { show, toasts } = useNotificationToasts();
  const navigate = useNavigate();
  const list = useNotifications();
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const [open, setOpen] = useState(false);
  const anchor = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const connected = useNotificationStream((arrived) => {
    for (const note of arrived.slice(0, 3)) show(t('notifications.arrived', { message: text(note) }));
  });
  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!anchor.current?.contains(event.target as Node)) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  const openItem = (note: Notification) => {
    if (note.readAt === null) markRead.mutate(note.id);
    setOpen(false);
    const target = notificationTarget(note);
    if (target) void navigate(target);
  };
  const badge = badgeText(unread);

  return (
    <div ref={anchor} className="pf-popover-anchor">
      <button
        ref={button}
        type="button"
        className="pf-btn pf-btn-text"
        style={{ padding: '4px 8px' }}
        aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="pf-popover-anchor" style={{ display: 'inline-flex' }}>
          <SvgIcon icon={BellOutlined} style={{ fontSize: 18 }} />
          {badge && <span className="pf-badge">{badge}</span>}
        </span>
      </button>
      {open && (
        <div id={panelId} role="dialog" aria-label={t('notifications.title')} className="pf-popover">
          <div className="pf-col" style={{ gap: 8 }}>
            <div className="pf-row pf-between">
              <strong>{t('notifications.title')}</strong>
              <LightButton size="small" variant="link" disabled={unread === 0} onClick={() => markAll.mutate()}>
                {t('notifications.markAllRead')}
              </LightButton>
            </div>
            {!connected && <span className="pf-secondary pf-small">{t('notifications.offline')}</span>}
            {items.length === 0 ? (
              <p className="pf-secondary" style={{ textAlign: 'center', margin: '16px 0' }}>
                {t('notifications.empty')}
              </p>
            ) : (
              <ul aria-label={t('notifications.title')} className="pf-notes">
                {items.map((note) => (
                  <li key={note.id}>
                    <button type="button" className="pf-note" onClick={() => openItem(note)}>
                      <span className={note.readAt === null ? 'pf-strong' : undefined}>
                        {note.readAt === null && <span className="pf-dot" role="img" aria-label={t('notifications.unread')} />}
                        {text(note)}
                      </span>
                      <span className="pf-secondary pf-small">{formatShanghai(note.createdAt)}</span>
                    </button>
                    {note.readAt === null && (
                      <LightButton size="small" variant="link" onClick={() => markRead.mutate(note.id)} aria-label={`${t('notifications.markRead')}: ${text(note)}`}>
                        {t('notifications.markRead')}
                      </LightButton>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
      {toasts}
    </div>
  );
}
