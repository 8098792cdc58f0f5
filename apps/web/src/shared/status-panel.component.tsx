import { CloseCircleFilled, StopOutlined } from '@ant-design/icons';
import { Flex, Typography, theme } from 'antd';
import type { ReactNode } from 'react';

/**
 * A full-width message with an icon, a title, a hint and actions: what antd's `Result` shows,
 * without its illustrations. `Result` carries the SVG pictures of every status (≈ 33 kB minified)
 * and the shell, the auth guard and the kinds loader ship before the queue, so they use this;
 * the lazy pages may keep `Result`.
 */
export function StatusPanel({ status, title, subTitle, extra }: { status: 'error' | 'forbidden'; title: ReactNode; subTitle?: ReactNode; extra?: ReactNode }) {
  const { token } = theme.useToken();
  const Icon = status === 'error' ? CloseCircleFilled : StopOutlined;
  return (
    <Flex vertical align="center" gap={12} style={{ padding: '48px 32px', textAlign: 'center' }} role={status === 'error' ? 'alert' : undefined}>
      <Icon style={{ fontSize: 64, color: status === 'error' ? token.colorError : token.colorTextQuaternary }} aria-hidden />
      <Typography.Title level={3} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {subTitle !== undefined && <Typography.Text type="secondary">{subTitle}</Typography.Text>}
      {extra !== undefined && <div style={{ marginTop: 12 }}>{extra}</div>}
    </Flex>
  );
}
