import type { Label, Rag } from '@parkflow/domain';
import { Tag, Tooltip } from 'antd';
import { useProjectLabels } from './project-labels';

const TAG_COLORS: Record<Rag, string> = { red: 'error', amber: 'warning', green: 'success' };

/** 红黄绿灯: the status the api computed, its reason on hover and for screen readers. */
export function RagTag({ status, reason }: { status: Rag; reason?: Label }) {
  const labels = useProjectLabels();
  const why = reason ? labels.text(reason) : undefined;
  const tag = (
    <Tag color={TAG_COLORS[status]} data-rag={status} aria-description={why} style={{ marginInlineEnd: 0 }}>
      {labels.rag(status)}
    </Tag>
  );
  return why ? <Tooltip title={why}>{tag}</Tooltip> : tag;
}
