import type { Option } from '../i18n/catalog-labels';

export interface FilterSelectProps<V extends string> {
  /** The combobox's name, also shown in front of the value (antd's `prefix`). */
  label: string;
  /** The "no filter" choice (全部), first in the list. */
  all: string;
  value: V | undefined;
  options: readonly { value: V; label: string }[] | readonly Option[];
  onChange: (value: V | undefined) => void;
  /** Wider, for long labels (the statuses). */
  wide?: boolean;
}

/** One filter of the queue: a native select named by its label, "all" clearing the filter. */
export function FilterSelect<V extends string>({ label, all, value, options, onChange, wide = false }: FilterSelectProps<V>) {
  return (
    <label className="pf-field" style={wide ? { minWidth: 170, flex: '1 1 170px' } : undefined}>
      <span className="pf-field-prefix" aria-hidden>
        {label}
      </span>
      <select className="pf-select" aria-label={label} value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? undefined : (event.target.value as V))}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
