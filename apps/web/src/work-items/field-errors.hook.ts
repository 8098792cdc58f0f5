import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { FieldPath, MappedFieldErrors, ValidationText } from './field-errors.mapper';

export function validationText(t: TFunction, text: ValidationText): string {
  if ('text' in text) return text.text;
  switch (text.key) {
    case 'maxLength':
      return t('validation.maxLength', { max: text.max });
    case 'between':
      return t('validation.between', { min: text.min, max: text.max });
    case 'atLeast':
      return t('validation.atLeast', { min: text.min });
    case 'atMost':
      return t('validation.atMost', { max: text.max });
    case 'moreDays':
      return t('validation.moreDays', { days: text.days });
    default:
      return t(`validation.${text.key}`);
  }
}

const keyOf = (path: FieldPath) => path.join('.');

/**
 * Field errors kept as i18n descriptors (so they follow a language switch) and shown through each
 * Form.Item's `help`; editing a field clears its message.
 */
export function useFieldErrors() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Map<string, ValidationText[]>>(new Map());
  const [general, setGeneral] = useState<ValidationText[]>([]);

  const show = useCallback((mapped: MappedFieldErrors) => {
    setErrors(new Map(mapped.fields.map((field) => [keyOf(field.name), field.errors])));
    setGeneral(mapped.general);
  }, []);

  const clear = useCallback((paths?: FieldPath[]) => {
    if (!paths) {
      setErrors(new Map());
      setGeneral([]);
      return;
    }
    setErrors((current) => {
      const keys = paths.map(keyOf).filter((key) => current.has(key));
      if (keys.length === 0) return current;
      const next = new Map(current);
      keys.forEach((key) => next.delete(key));
      return next;
    });
  }, []);

  /** Props for a Form.Item: error status and the translated messages beside the field. */
  const itemProps = (path: FieldPath) => {
    const messages = errors.get(keyOf(path));
    return messages && messages.length > 0
      ? { validateStatus: 'error' as const, help: messages.map((message) => validationText(t, message)).join('；') }
      : {};
  };
  /** `aria-invalid` for the control itself. */
  const invalid = (path: FieldPath) => (errors.has(keyOf(path)) ? true : undefined);

  return {
    show,
    clear,
    itemProps,
    invalid,
    general: general.map((text) => validationText(t, text)),
    hasErrors: errors.size > 0 || general.length > 0,
  };
}
