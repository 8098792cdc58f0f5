import { RAG_LABELS, type Label, type Rag } from '@parkflow/domain';
import type { LedgerColumn, LedgerSheet } from './ledger-sheet.types.js';
import type { SheetLanguage } from './stat-key-name.js';

/** A permit (手续) of a key project as GET /api/projects/permits lists it, its department named. */
export interface PermitLine {
  projectName: string;
  name: Label;
  department: string;
  dueOn: string;
  status: Rag;
  actualFinish: string | null;
}

/**
 * 责任清单 (by department) and 序时清单 (by due date): the same columns, in the order the list
 * gives the rows; the department leads in the first, the due date in the second.
 */
export function permitListSheet(view: 'department' | 'date', language: SheetLanguage = 'zh'): LedgerSheet<PermitLine> {
  const department: LedgerColumn<PermitLine> = { key: 'department', header: { zh: '责任部门', en: 'Department' }, maxWidth: 30, value: (l) => l.department };
  const due: LedgerColumn<PermitLine> = { key: 'dueOn', header: { zh: '完成时限', en: 'Due on' }, kind: 'date', value: (l) => l.dueOn };
  const rest: LedgerColumn<PermitLine>[] = [
    { key: 'project', header: { zh: '项目名称', en: 'Project' }, maxWidth: 40, value: (l) => l.projectName },
    { key: 'permit', header: { zh: '手续事项', en: 'Permit' }, maxWidth: 30, value: (l) => l.name[language] },
    { key: 'status', header: { zh: '状态', en: 'Status' }, value: (l) => RAG_LABELS[l.status][language] },
    { key: 'actualFinish', header: { zh: '实际完成日期', en: 'Finished on' }, kind: 'date', value: (l) => l.actualFinish },
  ];
  const columns = view === 'department' ? [department, due, ...rest] : [due, department, ...rest];
  const name = view === 'department' ? { zh: '责任清单', en: 'By department' } : { zh: '序时清单', en: 'By date' };
  return { name: name[language], columns };
}
