import type { WorkItem } from '@parkflow/contracts';
import { remainingExtensionDays, type KindDefinition } from '@parkflow/domain';
import { Alert, App, Button, Flex, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkItemAction } from '../../api/work-items.queries';
import { zhCNWorkflow } from '../../i18n/zh-cn-workflow.messages';
import { pickLabel } from '../../i18n/language';
import { useKinds } from '../../kinds/kinds.context';
import { useFieldErrors } from '../field-errors.hook';
import { mapFieldErrors, type FieldPath } from '../field-errors.mapper';
import { classifyActionError } from './action-error.mapper';
import { ActionField } from './action-field.component';
import { checkActionInput, toActionRequest, type ActionFormModel, type ActionFormValues } from './action-form.model';
import { kindRefusalWords, refusalText } from './refusal-text.format';

type FieldLabelKey = keyof typeof zhCNWorkflow.actionField;
const isFieldLabelKey = (name: string): name is FieldLabelKey => Object.hasOwn(zhCNWorkflow.actionField, name);

export interface ActionFormProps {
  item: WorkItem;
  /** The item's kind from the served registry: its caps are the park's, not the built-in ones. */
  kind: KindDefinition;
  model: ActionFormModel;
  /** The item version the form acts on (as it was when the form opened). */
  version: number;
  onDone: () => void;
  onCancel: () => void;
  /** 409: someone else changed the item; the page reloads it and says so. */
  onConflict: () => void;
}

/** The form of one action, built from the domain's field specs and checked by the domain before it is sent. */
export function ActionForm({ item, kind, model, version, onDone, onCancel, onConflict }: ActionFormProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActionFormValues>();
  const chosenDepartmentId = Form.useWatch('departmentId', form) as string | undefined;
  const act = useWorkItemAction();
  const errors = useFieldErrors();
  const [failure, setFailure] = useState<string | null>(null);
  const paths: FieldPath[] = model.fields.map((field) => [field.name]);
  const actionLabel = pickLabel(model.label, i18n.language);
  const words = kindRefusalWords(useKinds(), kind.id, i18n.language);

  const onFinish = (values: ActionFormValues) => {
    errors.clear();
    setFailure(null);
    const problems = checkActionInput(kind, model, values);
    if (problems) {
      errors.show(mapFieldErrors(problems, paths));
      return;
    }
    act.mutate(
      { id: item.id, request: toActionRequest(model, version, values) },
      {
        onSuccess: () => {
          void message.success(t('actionForm.done', { action: actionLabel }));
          onDone();
        },
        onError: (error) => {
          const outcome = classifyActionError(error, paths);
          switch (outcome.kind) {
            case 'fields':
              errors.show(outcome.errors);
              setFailure(t('register.fixFields'));
              break;
            case 'conflict':
              onConflict();
              break;
            case 'forbidden':
              // The reason says more than the generic sentence (e.g. not one's own request).
              setFailure(outcome.reason ? refusalText(outcome, t, words) : t('actionForm.forbidden'));
              break;
            case 'notNow':
              setFailure(t('actionForm.notNow', { message: refusalText(outcome, t, words) }));
              break;
            case 'notFound':
              setFailure(t('actionForm.notFound'));
              break;
            default:
              setFailure(refusalText(outcome, t, words));
          }
        },
      },
    );
  };

  return (
    <Form<ActionFormValues>
      form={form}
      name={`action-${model.action}`}
      layout="vertical"
      onFinish={onFinish}
      onValuesChange={(changed: object) => errors.clear(Object.keys(changed).map((name) => [name]))}
      disabled={act.isPending}
    >
      {(failure || errors.general.length > 0) && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={failure ?? t('actionForm.failed')}
          description={errors.general.length > 0 ? errors.general.join('；') : undefined}
          style={{ marginBottom: 16 }}
        />
      )}
      {model.fields.map((field) => (
        <Form.Item
          key={field.name}
          name={field.name}
          label={isFieldLabelKey(field.name) ? t(`actionField.${field.name}`) : field.name}
          required={field.required}
          extra={
            field.name === 'days'
              ? t('actionForm.extensionCap', { left: remainingExtensionDays(item, kind), cap: kind.extensionCapDays, used: item.extensionDaysUsed })
              : field.widget === 'handler' && !field.required
                ? t('actionForm.handlerHint')
                : undefined
          }
          {...errors.itemProps([field.name])}
        >
          <ActionField field={field} item={item} chosenDepartmentId={chosenDepartmentId} invalid={errors.invalid([field.name])} />
        </Form.Item>
      ))}
      <Flex gap={8} justify="flex-end" wrap>
        <Button htmlType="button" onClick={onCancel}>
          {t('actionForm.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={act.isPending}>
          {t('actionForm.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
