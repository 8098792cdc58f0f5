import { useRef, type KeyboardEvent } from 'react';

export interface QueueTabsProps<K extends string> {
  label: string;
  active: K;
  tabs: readonly { key: K; label: string }[];
  onChange: (key: K) => void;
}

/**
 * The queue's views as a WAI-ARIA tab list (antd's `Tabs` look, without antd): role=tab with
 * aria-selected, one tab in the Tab order, arrow keys / Home / End move and select. The list
 * below is the tab panel's content; the URL changes with the tab.
 */
export function QueueTabs<K extends string>({ label, active, tabs, onChange }: QueueTabsProps<K>) {
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const tab = tabs[(target + tabs.length) % tabs.length];
    if (!tab) return;
    onChange(tab.key);
    refs.current.get(tab.key)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="pf-tabs">
      {tabs.map((tab, index) => (
        <button
          key={tab.key}
          ref={(element) => {
            if (element) refs.current.set(tab.key, element);
            else refs.current.delete(tab.key);
          }}
          type="button"
          role="tab"
          aria-selected={tab.key === active}
          tabIndex={tab.key === active ? 0 : -1}
          className="pf-tab"
          onClick={() => onChange(tab.key)}
          onKeyDown={(event) => move(event, index)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
