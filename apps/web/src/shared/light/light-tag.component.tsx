import type { CSSProperties, ReactNode } from 'react';

/** antd's preset tag colours the queue route uses. */
export type TagColor = 'default' | 'blue' | 'green' | 'gold' | 'red' | 'magenta';

/** antd's `Tag` as a `<span>`: 12 px on a tinted background with a border of the same hue. */
export function LightTag({ color = 'default', children, style, title }: { color?: TagColor; children: ReactNode; style?: CSSProperties; title?: string }) {
  return (
    <span className={color === 'default' ? 'pf-tag' : `pf-tag pf-tag-${color}`} style={style} title={title}>
      {children}
    </span>
  );
}
