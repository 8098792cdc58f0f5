import type { WorkItem } from '@parkflow/contracts';
import { Button, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLabel } from '../../i18n/language';
import { useKinds } from '../../kinds/kinds.context';
import { ActionForm } from './action-form.component';
import { actionTone, buildActionForm, humanActions } from './action-form.model';

export interface WorkItemActionsPanelProps {
  item: WorkItem;
  allowedActions: readonly string[];
  onConflict: () => void;
}

/**
 * A button for exactly each action the server allows this user now, in the order of the kind's
 * own actions; each opens the form its field specs describe.
 */
export function WorkItemActionsPanel({ item, allowedActions, onConflict }: WorkItemActionsPanelProps) {
  const { t, i18n } = useTranslation();
  // The version the user saw when opening the form: a background refresh must not wipe what they
  // are typing, and if the item changed meanwhile the server answers 409 and the page says so.
  const [opened, setOpened] = useState<{ action: string; version: number } | null>(null);
  const kind = useKinds().get(item.kind);
  const current = opened?.action ?? null;
  const setCurrent = (action: string | null) => setOpened(action ? { action, version: item.version } : null);
  // An item of a kind this deployment no longer runs gets no forms: there is no definition to build them from.
  const actions = kind ? humanActions(kind, allowedActions) : [];
  const model = kind && current && actions.includes(current) ? buildActionForm(kind, current) : null;

  if (!kind || actions.length === 0) return <Typography.Text type="secondary">{t('detail.noActions')}</Typography.Text>;
  return (
    <>
      <Flex wrap gap={8}>
        {actions.map((action) => {
          const tone = actionTone(action);
          return (
            <Button
              key={action}
              type={tone === 'primary' ? 'primary' : 'default'}
              danger={tone === 'danger'}
              onClick={() => setCurrent(action)}
              aria-haspopup="dialog"
            >
              {pickLabel(buildActionForm(kind, action).label, i18n.language)}
            </Button>
          );
        })}
      </Flex>
      <Modal
        open={model !== null}
        title={model ? pickLabel(model.label, i18n.language) : undefined}
        onCancel={() => setCurrent(null)}
        footer={null}
        destroyOnHidden
        width={560}
      >
        {model && (
          <ActionForm
            key={model.action}
            item={item}
            kind={kind}
            version={opened?.version ?? item.version}
            model={model}
            onDone={() => setCurrent(null)}
            onCancel={() => setCurrent(null)}
            onConflict={() => {
              setCurrent(null);
              onConflict();
            }}
          />
        )}
      </Modal>
    </>
  );
}
