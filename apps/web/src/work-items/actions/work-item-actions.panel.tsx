import type { WorkItem } from '@parkflow/contracts';
import type { HumanAction } from '@parkflow/domain';
import { Button, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLabel } from '../../i18n/language';
import { ActionForm } from './action-form.component';
import { actionTone, buildActionForm, humanActions } from './action-form.model';

export interface WorkItemActionsPanelProps {
  item: WorkItem;
  allowedActions: readonly string[];
  onConflict: () => void;
}

/** A button for exactly each action the server allows this user now; each opens the form its field specs describe. */
export function WorkItemActionsPanel({ item, allowedActions, onConflict }: WorkItemActionsPanelProps) {
  const { t, i18n } = useTranslation();
  // The version the user saw when opening the form: a background refresh must not wipe what they
  // are typing, and if the item changed meanwhile the server answers 409 and the page says so.
  const [opened, setOpened] = useState<{ action: HumanAction; version: number } | null>(null);
  const current = opened?.action ?? null;
  const setCurrent = (action: HumanAction | null) => setOpened(action ? { action, version: item.version } : null);
  const actions = humanActions(allowedActions);
  const model = current ? buildActionForm(item.kind, current) : null;

  if (actions.length === 0) return <Typography.Text type="secondary">{t('detail.noActions')}</Typography.Text>;
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
              {pickLabel(buildActionForm(item.kind, action).label, i18n.language)}
            </Button>
          );
        })}
      </Flex>
      <Modal
        open={model !== null && actions.includes(model.action)}
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
