import type { WorkItemDetail } from '@parkflow/contracts';
import { pickLabel } from '../i18n/language';
import { choiceLabel, kindAction, shanghaiDate, type KindDefinition, type Role, type WorkCalendar } from '@parkflow/domain';
import { Button, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ROUTES } from '../app/route-paths';
import { CountdownText } from '../calendar/deadline-countdown.component';
import { formatShanghai } from '../shared/shanghai-time.format';
import { WorkItemNotices } from './notices/work-item-notices.component';
import { reviewOffer } from './review-offer.model';

export interface StatuteSectionProps {
  detail: WorkItemDetail;
  kind: KindDefinition | undefined;
  /** Every kind, to find the one that reviews this item's. */
  kinds: readonly KindDefinition[];
  roles: readonly Role[];
  calendar: WorkCalendar;
  now: Date;
}

/**
 * The statute's part of an item (信访工作条例): its statutory clock apart from the stage
 * deadlines, the 受理 decision, the written notices with their sending, and the review chain
 * original → 复查 → 复核. Nothing for kinds that have none of these.
 */
export function WorkItemStatuteSection({ detail, kind, kinds, roles, calendar, now }: StatuteSectionProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { item, notices, reviewChain } = detail;
  const clock = item.statutoryClock;
  const decline = kind ? kindAction(kind, 'decline_matter') : undefined;
  const reason = item.acceptance?.reasonCode && decline ? choiceLabel(decline, 'reason', item.acceptance.reasonCode) : null;
  const noticeDef = kind ? kindAction(kind, 'record_notice_sent') : undefined;
  const noticeLabels = Object.fromEntries(notices.flatMap((n) => (noticeDef ? [[n.type, choiceLabel(noticeDef, 'notice', n.type) ?? undefined]] : [])));
  const offer = reviewOffer(detail, kinds, roles, calendar, shanghaiDate(now));
  if (!clock && !item.acceptance && notices.length === 0 && reviewChain.length === 0) return null;
  return (
    <Flex vertical gap={8}>
      {item.receivedOn && <Typography.Text>{t('statute.receivedOn', { date: item.receivedOn })}</Typography.Text>}
      {item.acceptance && (
        <Typography.Text>
          {item.acceptance.decision === 'accepted'
            ? t('statute.accepted', { at: formatShanghai(item.acceptance.decidedAt) })
            : t('statute.declined', { at: formatShanghai(item.acceptance.decidedAt), reason: reason ? pickLabel(reason, i18n.language) : (item.acceptance.reasonCode ?? '') })}
        </Typography.Text>
      )}
      {clock && (
        <Typography.Text strong={clock.metAt === null}>
          {pickLabel(kind?.statutoryClock?.label ?? { zh: '法定办理期限', en: 'Statutory time limit' }, i18n.language)}
          {'：'}
          {clock.metAt ? t('statute.clockMet', { due: formatShanghai(clock.dueAt), at: formatShanghai(clock.metAt) }) : t('statute.clockDue', { due: formatShanghai(clock.dueAt) })}
          {clock.metAt === null && (
            <span style={{ marginLeft: 8 }}>
              <CountdownText deadline={clock} calendar={calendar} now={now} pausedAt={item.clockPausedAt} />
            </span>
          )}
          {clock.overdueAt && clock.metAt === null && (
            <Tag color="red" style={{ marginLeft: 8 }}>
              {t('statute.overdue')}
            </Tag>
          )}
        </Typography.Text>
      )}
      {notices.length > 0 && <WorkItemNotices itemId={item.id} code={item.code} notices={notices} labels={noticeLabels} />}
      {offer && (
        <Flex wrap align="center" gap={8}>
          {offer.open ? (
            <>
              <Button onClick={() => void navigate(`${ROUTES.register}?${new URLSearchParams({ kind: offer.kind.id, reviewOf: item.id })}`)}>
                {t('statute.requestReview', { kind: pickLabel(offer.kind.label, i18n.language) })}
              </Button>
              <Typography.Text type="secondary">{t('statute.reviewUntil', { date: offer.lastDay })}</Typography.Text>
            </>
          ) : (
            <Typography.Text type="secondary">{t('statute.reviewWindowPassed', { kind: pickLabel(offer.kind.label, i18n.language), date: offer.lastDay })}</Typography.Text>
          )}
        </Flex>
      )}
      {reviewChain.length > 0 && (
        <nav aria-label={t('statute.chain')}>
          <Typography.Text>{t('statute.chain')}：</Typography.Text>
          {reviewChain.map((link, i) => (
            <span key={link.id}>
              {i > 0 && ' → '}
              {link.id === item.id ? <Typography.Text strong>{link.code}</Typography.Text> : <Link to={ROUTES.detail(link.id)}>{link.code}</Link>}
            </span>
          ))}
        </nav>
      )}
    </Flex>
  );
}
