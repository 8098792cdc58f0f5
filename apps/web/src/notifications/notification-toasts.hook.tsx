import CloseOutlined from '@ant-design/icons-svg/es/asn/CloseOutlined';
import InfoCircleFilled from '@ant-design/icons-svg/es/asn/InfoCircleFilled';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SvgIcon } from '../shared/light/svg-icon.component';

/** How long a toast stays, as antd's `notification` did for the bell (6 s). */
const TOAST_MS = 6_000;

interface Toast {
  id: number;
  text: string;
}

/**
 * The bell's pop-up notices in the bottom-right corner (antd's `notification.info` look), in a
 * polite live region. `show` adds one; each goes after 6 s or when closed.
 */
export function useNotificationToasts(): { show: (text: string) => void; toasts: ReactNode } {
  const { t } = useTranslation();
  const [list, setList] = useState<Toast[]>([]);
  const next = useRef(0);
  const timers = useRef(new Set<number>());
  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => window.clearTimeout(timer));
  }, []);

  const close = useCallback((id: number) => setList((current) => current.filter((toast) => toast.id !== id)), []);
  const show = useCallback(
    (text: string) => {
      const id = next.current++;
      setList((current) => [...current, { id, text }]);
      const timer = window.setTimeout(() => {
        timers.current.delete(timer);
        close(id);
      }, TOAST_MS);
      timers.current.add(timer);
    },
    [close],
  );

  const toasts = (
    <div className="pf-toasts" aria-live="polite">
      {list.map((toast) => (
        <div key={toast.id} className="pf-toast">
          <SvgIcon icon={InfoCircleFilled} className="pf-alert-icon" />
          <span style={{ flex: 1 }}>{toast.text}</span>
          <button type="button" className="pf-btn pf-btn-text pf-btn-sm" onClick={() => close(toast.id)} aria-label={t('app.close')}>
            <SvgIcon icon={CloseOutlined} />
          </button>
        </div>
      ))}
    </div>
  );
  return { show, toasts };
}
