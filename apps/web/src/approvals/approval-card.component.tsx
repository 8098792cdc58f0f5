import type { WorkItem } from '@parkflow/contracts';
import { kindAction, type WorkCalendar } from '@parkflow/domain';
import { App, Button, Card, Flex, Form, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useWorkItemAction, useWorkItemDetail } from '../api/work-items.queries';
import { ROUTES } from '../app/route-paths';
import { DeadlineCountdown } from '../calendar/deadline-countdown.component';
import { useCatalogLabels } from '../i18n/catalog-labels';
import { useKinds } from '../kinds/kinds.context';
import { classifyActionError } from '../work-items/actions/action-error.mapper';
import { buildActionForm, checkActionInput, toActionRequest } from '../work-items/actions/action-form.model';
import { kindRefusalWords, refusalText } from '../work-items/actions/refusal-text.format';
import { useFieldErrors } from '../work-items/field-errors.hook';
import { mapFieldErrors } from '../work-items/field-errors.mapper';

/**
 * The standard decision pairs a leader takes here; which of them apply comes from the item's
 * `allowedActions`, and only where the item's kind defines the pair (its forms are the kind's).
 */
const PAIRS = [
  { approve: 'approve_close', reject: 'reject_close', label: 'approvals.closure' },
  { approve: 'approve_extension', reject: 'reject_extension', label: 'approvals.extension' },
] as const satisfies readonly { approve: string; reject: string; label: string }[];

export interface ApprovalCardProps {
  item: WorkItem;
  calendar: WorkCalendar;
  now: Date;
  userName: (id: string) => string | null;
}

/** One closure or extension waiting for this leader: approve in one click, or reject with a comment. */
export function ApprovalCard({ item, calendar, now, userName }: ApprovalCardProps) {
  const { t, i18n } = useTranslation();
  const labels = useCatalogLabels();
  const { message } = App.useApp();
  const { detail } = useWorkItemDetail(item.id);
  const act = useWorkItemAction();
  const errors = useFieldErrors();
  const [comment, setComment] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const allowed = detail.data?.allowedActions ?? [];
  const current = detail.data?.item ?? item;
  const kinds = useKinds();
  const kind = kinds.get(current.kind);
  const pair = kind && PAIRS.find((p) => (allowed.includes(p.approve) || allowed.includes(p.reject)) && kindAction(kind, p.approve) && kindAction(kind, p.reject));
  const commentId = `approval-comment-${item.id}`;

  const decide = (action: string) => {
    if (!kind) return;
    errors.clear();
    setFailure(null);
    const model = buildActionForm(kind, action);
    const values = { comment };
    const problems = checkActionInput(kind, model, values);
    if (problems) {
      errors.show(mapFieldErrors(problems, [['comment']]));
      return;
    }
    act.mutate(
      { id: current.id, request: toActionRequest(model, current.version, values) },
      {
        onSuccess: () => void message.success(t('approvals.done', { code: current.code })),
        onError: (error) => {
          const outcome = classifyActionError(error, [['comment']]);
          if (outcome.kind === 'fields') errors.show(outcome.errors);
          else if (outcome.kind === 'conflict') setFailure(t('detail.conflict'));
          else setFailure('message' in outcome ? refusalText(outcome, t, kindRefusalWords(kinds, current.kind, i18n.language)) : t('actionForm.failed'));
        },
      },
    );
  };

  return (
    <Card size="small" loading={detail.isPending}>
      <Flex vertical gap={8}>
        <Flex wrap gap={8} align="center" justify="space-between">
          <Link to={ROUTES.detail(current.id)} style={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
            {current.code} {current.title}
          </Link>
          {pair && <Tag color={pair.approve === 'approve_close' ? 'blue' : 'purple'}>{t(pair.label)}</Tag>}
        </Flex>
        <Typography.Text type="secondary">
          {labels.kind(current.kind)} · {current.departmentName ?? t('app.empty')} · {current.handlerId ? (userName(current.handlerId) ?? '') : t('app.empty')}
        </Typography.Text>
        {pair?.approve === 'approve_extension' && current.pendingExtension && (
          <Typography.Text>{t('approvals.extensionAsk', { days: current.pendingExtension.days, reason: current.pendingExtension.reason })}</Typography.Text>
        )}
        <DeadlineCountdown item={current} calendar={calendar} now={now} withDue />
        {failure && <Typography.Text type="danger" role="alert">{failure}</Typography.Text>}
        {pair && (
          <Form layout="vertical" component="div" disabled={act.isPending}>
            <Form.Item label={t('approvals.comment')} htmlFor={commentId} style={{ marginBottom: 8 }} {...errors.itemProps(['comment'])}>
              <Input.TextArea
                id={commentId}
                value={comment}
                onChange={(event) => {
                  setComment(event.target.value);
                  errors.clear([['comment']]);
                }}
                autoSize={{ minRows: 1, maxRows: 4 }}
                maxLength={2000}
                aria-invalid={errors.invalid(['comment'])}
              />
            </Form.Item>
            <Flex gap={8} wrap>
              {allowed.includes(pair.approve) && (
                <Button type="primary" loading={act.isPending} onClick={() => decide(pair.approve)} aria-label={t('approvals.approveNamed', { code: current.code })}>
                  {t('approvals.approve')}
                </Button>
              )}
              {allowed.includes(pair.reject) && (
                <Button danger onClick={() => decide(pair.reject)} aria-label={t('approvals.rejectNamed', { code: current.code })}>
                  {t('approvals.reject')}
                </Button>
              )}
            </Flex>
          </Form>
        )}
      </Flex>
    </Card>
  );
}
