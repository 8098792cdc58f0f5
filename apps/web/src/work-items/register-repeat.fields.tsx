import type { KindDefinition } from '@parkflow/domain';
import { Alert, Form, Radio, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRepeatCandidates } from '../api/work-items.queries';
import { ROUTES } from '../app/route-paths';
import { formatShanghai } from '../shared/shanghai-time.format';
import type { FieldPath } from './field-errors.mapper';
import { repeatLookupOf, type RegisterFormValues } from './register-form.mapper';

interface ErrorProps {
  itemProps(path: FieldPath): object;
}

/** The value only once it has stood still for `ms` (typing a number asks once, not once a digit). */
function useSettled<T>(value: T, ms: number): T {
  const key = JSON.stringify(value);
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
    // Keyed by content (`key`), not identity: a new object with the same content is not a change.
  }, [key, ms]);
  return settled;
}

/**
 * 重复件: once the petitioner's ID number or phone and the category are filled, the closed items
 * of the same petitioner and matter (the domain's repeatCandidates, through the api) are offered,
 * and the dispatcher may mark the new item as a repeat of one of them. Kinds without a repeat
 * rule show nothing.
 */
export function RegisterRepeatFields({ kind, errors }: { kind: KindDefinition; errors: ErrorProps }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<RegisterFormValues>();
  const category = Form.useWatch('category', form);
  const petitioner = Form.useWatch('petitioner', form);
  const lookup = useSettled(repeatLookupOf(kind, { category, petitioner }), 400);
  const candidates = useRepeatCandidates(lookup);
  const items = lookup ? (candidates.data?.items ?? []) : [];
  const chosen = Form.useWatch('repeatOfId', form);
  // A choice that is no longer offered (another petitioner or matter typed) is dropped, never sent unseen.
  useEffect(() => {
    if (chosen && !items.some((i) => i.id === chosen)) form.setFieldValue('repeatOfId', undefined);
  }, [chosen, items, form]);
  if (items.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('register.repeatFound', { count: items.length })}
      description={
        <Form.Item name="repeatOfId" style={{ marginBottom: 0 }} extra={t('register.repeatHint')} {...errors.itemProps(['repeatOfId'])}>
          <Radio.Group aria-label={t('register.repeatOf')}>
            <Space direction="vertical">
              <Radio value="">{t('register.notRepeat')}</Radio>
              {items.map((item) => (
                <Radio key={item.id} value={item.id}>
                  {t('register.markRepeat', { code: item.code })}{' '}
                  <Typography.Text type="secondary">
                    {item.title} · {t('register.closedOn', { day: formatShanghai(item.closedAt, 'YYYY-MM-DD') ?? '—' })}
                  </Typography.Text>{' '}
                  <Link to={ROUTES.detail(item.id)} target="_blank" rel="noopener">
                    {t('register.openItem')}
                  </Link>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
      }
    />
  );
}
