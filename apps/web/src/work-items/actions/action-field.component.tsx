import type { WorkItem } from '@parkflow/contracts';
import { Input, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDepartments, useUsers } from '../../api/reference-data.queries';
import { pickLabel } from '../../i18n/language';
import type { ActionFieldModel } from './action-form.model';

export interface ActionFieldProps {
  field: ActionFieldModel;
  item: WorkItem;
  /** The department chosen in the same form (assign, transfer), for the handler picker. */
  chosenDepartmentId?: string;
  invalid?: boolean;
  /** Set by Form.Item: the control's id and the id of its help text (the error beside it). */
  id?: string;
  'aria-describedby'?: string;
  value?: unknown;
  onChange?: (value: unknown) => void;
}

const searchable = { optionFilterProp: 'label' } as const;

/** One input of an action form, drawn for its widget: pickers for departments, handlers and leaders; satisfaction as three choices; … */
export function ActionField({ field, item, chosenDepartmentId, invalid, id, value, onChange, 'aria-describedby': describedBy }: ActionFieldProps) {
  const { t, i18n } = useTranslation();
  const departments = useDepartments();
  const handlerDepartment = chosenDepartmentId ?? item.departmentId;
  const handlers = useUsers({ role: 'handler', departmentId: handlerDepartment }, field.widget === 'handler');
  const leaders = useUsers({ role: 'leader' }, field.widget === 'leader');
  const common = { id, 'aria-invalid': invalid, 'aria-required': field.required || undefined, 'aria-describedby': describedBy };
  const select = t('actionForm.select');

  switch (field.widget) {
    case 'department':
      return (
        <Select
          {...common}
          value={value as string | undefined}
          onChange={onChange}
          placeholder={select}
          showSearch={searchable}
          loading={departments.isPending}
          options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
        />
      );
    case 'handler':
    case 'leader': {
      const users = field.widget === 'handler' ? handlers : leaders;
      return (
        <Select
          {...common}
          value={value as string | undefined}
          onChange={onChange}
          placeholder={select}
          allowClear={!field.required}
          showSearch={searchable}
          loading={users.isPending}
          notFoundContent={users.isPending ? t('actionForm.loadingOptions') : undefined}
          options={(users.data ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
        />
      );
    }
    case 'choice':
      return (
        <Radio.Group
          {...common}
          value={value}
          onChange={(event) => onChange?.(event.target.value)}
          optionType="button"
          buttonStyle="solid"
          options={(field.values ?? []).map((v) => ({
            value: v,
            label:
              field.name === 'satisfaction' && (v === 'satisfied' || v === 'basically_satisfied' || v === 'unsatisfied')
                ? t(`satisfaction.${v}`)
                : field.name === 'audience' && (v === 'internal' || v === 'public')
                  ? t(`eventAudience.${v}`)
                  : field.valueLabels?.[v]
                    ? pickLabel(field.valueLabels[v], i18n.language)
                    : v,
          }))}
        />
      );
    case 'integer':
      return (
        <InputNumber
          {...common}
          value={value as number | undefined}
          onChange={(next) => onChange?.(next ?? undefined)}
          min={field.min}
          max={field.max}
          precision={0}
          suffix={field.name === 'days' ? t('actionForm.days') : undefined}
          style={{ width: 160 }}
        />
      );
    case 'date':
      // The browser's own date input gives YYYY-MM-DD, the domain's date format, with no date library.
      return (
        <Input
          {...common}
          type="date"
          value={value as string | undefined}
          onChange={(event) => onChange?.(event.target.value || undefined)}
          style={{ width: 200 }}
        />
      );
    case 'longText':
      return (
        <Input.TextArea
          {...common}
          value={value as string | undefined}
          onChange={(event) => onChange?.(event.target.value)}
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={field.maxLength}
          showCount
        />
      );
    default:
      return <Input {...common} value={value as string | undefined} onChange={(event) => onChange?.(event.target.value)} maxLength={field.maxLength} />;
  }
}
