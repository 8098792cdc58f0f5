import type { AbstractNode, IconDefinition } from '@ant-design/icons-svg/es/types';
import { createElement, type CSSProperties, type ReactNode } from 'react';

function render(node: AbstractNode, key?: number): ReactNode {
  return createElement(node.tag, { ...node.attrs, key }, node.children?.map((child, index) => render(child, index)));
}

/**
 * One of antd's icons drawn from its plain path data (`@ant-design/icons-svg`), without the
 * `@ant-design/icons` runtime (its context, colours and style injection): the queue route's icons.
 * Decorative: hidden from assistive technology, the control around it carries the name.
 */
export function SvgIcon({ icon, style, className }: { icon: IconDefinition; style?: CSSProperties; className?: string }) {
  const root = typeof icon.icon === 'function' ? icon.icon('currentColor', 'currentColor') : icon.icon;
  return (
    <span role="img" aria-hidden="true" className={className} style={{ display: 'inline-flex', lineHeight: 0, ...style }}>
      <svg viewBox={root.attrs.viewBox} width="1em" height="1em" fill="currentColor" focusable="false">
        {root.children?.map((child, index) => render(child, index))}
      </svg>
    </span>
  );
}
