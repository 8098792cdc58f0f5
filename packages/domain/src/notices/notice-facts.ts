import { shanghaiDate } from '../calendar/shanghai-time.js';
import type { Label } from '../catalog/label.js';
import type { KindId } from '../work-item/work-item.types.js';
import type { NoticeValues } from './notice-placeholders.catalog.js';

/**
 * The plain data a notice needs about one item, gathered by the shell (the api's
 * notice-facts.loader.ts) from the item and its timeline. Dates are 'YYYY-MM-DD' (Asia/Shanghai)
 * or ISO instants; both print as 2026年12月2日. An absent fact prints as a blank to fill by hand.
 */
export interface NoticeFacts {
  code: string;
  title: string;
  kind: { id: KindId; label: Label };
  petitionerName: string | null;
  receivedOn: string;
  registeredOn: string;
  departmentName: string | null;
  /** 受理 or 不予受理, once decided. */
  decision?: { accepted: boolean; decidedOn: string; reasonCode?: string; reasonLabel?: string; note?: string };
  /** The 60-day statutory due date (信访工作条例: 60 days from acceptance). */
  statutoryDueOn?: string;
  /** The latest approved extension. */
  extension?: { days: number; reason: string; dueOn: string };
  /** The latest reply. */
  answer?: { text: string; answeredOn: string };
  unitName: string;
  /** Where the petitioner may ask for 复查 / 复核 (free text, e.g. the higher office's name). */
  reviewBody?: string;
}

/** Days within which a petitioner may ask for 复查 (and, after it, 复核): 30 under the 信访工作条例. */
export const REVIEW_DEADLINE_DAYS = 30;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** '2026-12-02' or an instant → '2026年12月2日' (the instant's date in Asia/Shanghai); unreadable → undefined (a blank). */
export function chineseDate(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  let date = value;
  if (!DATE_ONLY.test(value)) {
    const instant = new Date(value);
    if (!Number.isFinite(instant.getTime())) return undefined;
    date = shanghaiDate(instant);
  }
  const [, y, m, d] = DATE_ONLY.exec(date)!;
  return `${Number(y)}年${Number(m)}月${Number(d)}日`;
}

/** The placeholder values of a notice about these facts, made at `now`. */
export function noticeValues(facts: NoticeFacts, now: Date): NoticeValues {
  const values: NoticeValues = {
    code: facts.code,
    title: facts.title,
    petitionerName: facts.petitionerName ?? undefined,
    receivedOn: chineseDate(facts.receivedOn),
    registeredOn: chineseDate(facts.registeredOn),
    departmentName: facts.departmentName ?? undefined,
    decidedOn: chineseDate(facts.decision?.decidedOn),
    // The reason's label, never its code: a code means nothing to the petitioner (blank instead).
    rejectionReason: facts.decision && !facts.decision.accepted ? facts.decision.reasonLabel : undefined,
    rejectionNote: facts.decision && !facts.decision.accepted ? facts.decision.note : undefined,
    statutoryDueOn: chineseDate(facts.statutoryDueOn),
    extensionDays: facts.extension ? String(facts.extension.days) : undefined,
    extensionReason: facts.extension?.reason,
    extendedDueOn: chineseDate(facts.extension?.dueOn),
    answer: facts.answer?.text,
    answeredOn: chineseDate(facts.answer?.answeredOn),
    reviewDeadlineDays: String(REVIEW_DEADLINE_DAYS),
    reviewBody: facts.reviewBody,
    unitName: facts.unitName,
    today: chineseDate(now.toISOString()),
  };
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as NoticeValues;
}

// Which notice an item has is decided on its state, once: workflow/notice-availability.policy.ts (noticeSince).
