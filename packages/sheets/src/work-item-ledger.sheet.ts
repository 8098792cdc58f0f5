import {
  CATEGORIES,
  CHANNELS,
  kindStatusLabel,
  runningDeadline,
  runningStatutoryClock,
  SLA_STATE_LABELS,
  STAGE_LABELS,
  URGENCY_LABELS,
  type KindRegistry,
  type Label,
  type WorkflowItem,
} from '@parkflow/domain';
import type { LedgerColumn, LedgerSheet } from './ledger-sheet.types.js';

/** Names of the ids an item carries (packages/db's NameLookup has this shape). */
export interface LedgerNames {
  department(id: string | null): string | null;
  enterprise(id: string | null): string | null;
  user(id: string): string;
}

/**
 * A row of the queue ledger: the item exactly as its reader may see it (itemAsSeenBy: internal
 * fields hidden, the petitioner masked, the SLA live). The sheet reads nothing else, so it shows
 * nothing the list would not.
 */
export type WorkItemLedgerRow = WorkflowItem;

function label(table: Readonly<Record<string, Label>>, id: string, language: 'zh' | 'en'): string {
  return Object.hasOwn(table, id) ? table[id]![language] : id;
}

/**
 * 台账: what a leader takes to a meeting about a queue — which item, what it is about and for
 * whom, who has it, where it stands against its deadlines, and when it came in and ended.
 */
export function workItemLedgerSheet(kinds: KindRegistry, names: LedgerNames, language: 'zh' | 'en' = 'zh'): LedgerSheet<WorkItemLedgerRow> {
  const columns: LedgerColumn<WorkItemLedgerRow>[] = [
    { key: 'code', header: { zh: '编号', en: 'Code' }, value: (r) => r.code },
    { key: 'kind', header: { zh: '类型', en: 'Kind' }, value: (r) => kinds.get(r.kind)?.label[language] ?? r.kind },
    { key: 'title', header: { zh: '标题', en: 'Title' }, maxWidth: 50, value: (r) => r.title },
    { key: 'urgency', header: { zh: '紧急程度', en: 'Urgency' }, value: (r) => label(URGENCY_LABELS, r.urgency, language) },
    { key: 'channel', header: { zh: '来源渠道', en: 'Channel' }, value: (r) => label(CHANNELS, r.channel, language) },
    { key: 'category', header: { zh: '问题类别', en: 'Category' }, value: (r) => label(CATEGORIES, r.category, language) },
    { key: 'enterprise', header: { zh: '涉及企业', en: 'Enterprise' }, maxWidth: 30, value: (r) => names.enterprise(r.enterpriseId) },
    // The name only: a ledger goes round a meeting, the phone and ID number stay on the item page.
    { key: 'petitioner', header: { zh: '信访人', en: 'Petitioner' }, maxWidth: 20, value: (r) => r.petitioner?.name },
    { key: 'department', header: { zh: '承办部门', en: 'Department' }, maxWidth: 30, value: (r) => names.department(r.departmentId) },
    { key: 'handler', header: { zh: '承办人', en: 'Handler' }, maxWidth: 20, value: (r) => (r.handlerId ? names.user(r.handlerId) : null) },
    { key: 'leader', header: { zh: '包案领导', en: 'Owner leader' }, maxWidth: 20, value: (r) => (r.ownerLeaderId ? names.user(r.ownerLeaderId) : null) },
    { key: 'stage', header: { zh: '阶段', en: 'Stage' }, value: (r) => label(STAGE_LABELS, r.stage, language) },
    { key: 'status', header: { zh: '状态', en: 'Status' }, value: (r) => kindStatusLabel(kinds, r.kind, r.status)?.[language] ?? r.status },
    { key: 'sla', header: { zh: '时限状态', en: 'Deadline state' }, value: (r) => label(SLA_STATE_LABELS, r.sla, language) },
    { key: 'due', header: { zh: '办理期限', en: 'Due' }, kind: 'datetime', value: (r) => runningDeadline(r)?.dueAt },
    { key: 'statutoryDue', header: { zh: '法定期限', en: 'Statutory due' }, kind: 'datetime', value: (r) => runningStatutoryClock(r)?.dueAt },
    { key: 'registered', header: { zh: '登记时间', en: 'Registered' }, kind: 'datetime', value: (r) => r.createdAt },
    { key: 'closed', header: { zh: '办结时间', en: 'Closed' }, kind: 'datetime', value: (r) => r.closedAt },
  ];
  return { name: language === 'zh' ? '事项台账' : 'Ledger', columns };
}
