import { choiceLabel, kindAction, shanghaiDate, type KindDefinition } from '@parkflow/domain';
import { Col, Form, Input, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../app/require-auth.guard';
import { pickLabel } from '../i18n/language';
import type { FieldPath } from './field-errors.mapper';
import { kindDecides } from './register-form.mapper';

interface ErrorProps {
  itemProps(path: FieldPath): object;
  invalid(path: FieldPath): true | undefined;
}

/** The kind's 不予受理 reasons with their labels, from its decline_matter action (the kind's data, not a list of the web's). */
export function declineReasonOptions(kind: KindDefinition, language: string): { value: string; label: string }[] {
  const def = kindAction(kind, 'decline_matter');
  const spec = def?.inputs.reason;
  if (!def || spec?.type !== 'enum') return [];
  return spec.values.map((value) => ({ value, label: pickLabel(choiceLabel(def, 'reason', value) ?? { zh: value, en: value }, language) }));
}

/**
 * The statute's part of intake (信访工作条例): the day the matter was received, the 受理 decision for
 * kinds that take one, and the item a 复查 / 复核 reviews. Drawn from the kind's data only.
 */
export function RegisterStatuteFields({ kind, errors }: { kind: KindDefinition; errors: ErrorProps }) {
  const { t, i18n } = useTranslation();
  const decides = kindDecides(kind);
  const decision = Form.useWatch('decision');
  const user = useCurrentUser();
  if (!decides && !kind.review) return null;
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend style={{ fontSize: 16, marginBottom: 8 }}>{t('register.statute')}</legend>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label={t('register.receivedOn')} name="receivedOn" extra={t('register.receivedOnHint')} {...errors.itemProps(['receivedOn'])}>
            <Input type="date" max={shanghaiDate(new Date())} aria-invalid={errors.invalid(['receivedOn'])} />
          </Form.Item>
        </Col>
        {kind.review && (
          <Col xs={24} md={16}>
            <Form.Item label={t('register.reviewOf')} name="reviewOfId" required extra={t('register.reviewOfHint')} {...errors.itemProps(['reviewOfId'])}>
              <Input autoComplete="off" aria-invalid={errors.invalid(['reviewOfId'])} />
            </Form.Item>
          </Col>
        )}
      </Row>
      {kind.review && user.roles.includes('admin') && (
        <Form.Item label={t('register.windowOverride')} name={['windowOverride', 'reason']} extra={t('register.windowOverrideHint')} {...errors.itemProps(['windowOverride', 'reason'])}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} aria-invalid={errors.invalid(['windowOverride', 'reason'])} />
        </Form.Item>
      )}
      {decides && (
        <>
          <Form.Item label={t('register.decision')} name="decision" {...errors.itemProps(['decision'])}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'accept', label: t('register.decisionAccept') },
                { value: 'decline', label: t('register.decisionDecline') },
                { value: 'none', label: t('register.decisionNone') },
              ]}
            />
          </Form.Item>
          {decision === 'decline' && (
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item label={t('register.declineReason')} name="declineReason" required {...errors.itemProps(['declineReason'])}>
                  <Select options={declineReasonOptions(kind, i18n.language)} showSearch={{ optionFilterProp: 'label' }} placeholder={t('register.select')} aria-invalid={errors.invalid(['declineReason'])} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item label={t('register.decisionNote')} name="decisionNote" {...errors.itemProps(['decisionNote'])}>
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
                </Form.Item>
              </Col>
            </Row>
          )}
        </>
      )}
    </fieldset>
  );
}
