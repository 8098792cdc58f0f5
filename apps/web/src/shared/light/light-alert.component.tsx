import CloseCircleFilled from '@ant-design/icons-svg/es/asn/CloseCircleFilled';
import InfoCircleFilled from '@ant-design/icons-svg/es/asn/InfoCircleFilled';
import type { ReactNode } from 'react';
import { SvgIcon } from './svg-icon.component';

export interface LightAlertProps {
  type: 'info' | 'error';
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
  role?: 'alert' | 'status';
  'data-testid'?: string;
}

/** antd's `Alert` with its icon: a title, an optional description under it and an action at the end. */
export function LightAlert({ type, title, description, action, role, 'data-testid': testId }: LightAlertProps) {
  return (
    <div className={`pf-alert pf-alert-${type}`} role={role ?? (type === 'error' ? 'alert' : undefined)} data-testid={testId}>
      <SvgIcon icon={type === 'error' ? CloseCircleFilled : InfoCircleFilled} className="pf-alert-icon" style={{ marginTop: 4 }} />
      <div className="pf-alert-body">
        <div>{title}</div>
        {description !== undefined && description !== null && <div className="pf-secondary">{description}</div>}
      </div>
      {action}
    </div>
  );
}
