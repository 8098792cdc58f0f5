import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Spinner } from './spinner.component';

export interface LightButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'default' | 'primary' | 'text' | 'link';
  size?: 'small' | 'middle';
  icon?: ReactNode;
  loading?: boolean;
}

/** antd's `Button` look (default, primary, text, link) as a plain `<button>`; `loading` disables it and shows a spinner. */
export function LightButton({ variant = 'default', size = 'middle', icon, loading = false, className, children, disabled, type = 'button', ...rest }: LightButtonProps) {
  const classes = ['pf-btn', variant !== 'default' && `pf-btn-${variant}`, size === 'small' && 'pf-btn-sm', className].filter(Boolean).join(' ');
  return (
    <button {...rest} type={type} className={classes} disabled={disabled || loading} aria-busy={loading || undefined}>
      {loading ? <Spinner inline /> : icon}
      {children}
    </button>
  );
}
