import CloseCircleFilled from '@ant-design/icons-svg/es/asn/CloseCircleFilled';
import StopOutlined from '@ant-design/icons-svg/es/asn/StopOutlined';
import type { ReactNode } from 'react';
import { SvgIcon } from './light/svg-icon.component';

/**
 * A full-width message with an icon, a title, a hint and actions: what antd's `Result` shows,
 * without its illustrations and without antd. The shell, the auth guard and the kinds loader
 * ship before the queue, so they use this; the lazy pages may keep `Result`.
 */
export function StatusPanel({ status, title, subTitle, extra }: { status: 'error' | 'forbidden'; title: ReactNode; subTitle?: ReactNode; extra?: ReactNode }) {
  return (
    <div className={status === 'error' ? 'pf-status pf-status-error' : 'pf-status'} role={status === 'error' ? 'alert' : undefined}>
      <SvgIcon icon={status === 'error' ? CloseCircleFilled : StopOutlined} className="pf-status-icon" />
      <h3>{title}</h3>
      {subTitle !== undefined && <span className="pf-secondary">{subTitle}</span>}
      {extra !== undefined && <div style={{ marginTop: 12 }}>{extra}</div>}
    </div>
  );
}
