import { DURATION_UNITS, isRefusalReason, kindAction, type DurationUnit, type KindRegistry, type RefusalReason } from '@parkflow/domain';
import type { TFunction } from 'i18next';
import { pickLabel } from '../../i18n/language';
import { kindLabel, statusLabel } from '../../kinds/kind-labels';

/*
 * 拒绝原因文字：按界面语言，由原因代码和参数组成。
 * Why the rules refused, in the UI language, from the body's `reason` and `params` (typed by the
 * domain's RefusalReasonParams; the switch is exhaustive, so a reason the domain adds needs its
 * sentence here). A body without a reason, a reason this client does not know, or params that
 * do not fit it show the server's English message — never a sentence with holes.
 */

/** What the server sent: `reason`/`params` of a refusal, and its English message. */
export interface RefusalBody {
  message: string;
  reason?: string | undefined;
  params?: Record<string, unknown> | undefined;
}

/** How action and status names in params are shown: by the kind's labels, else raw. */
export interface RefusalWords {
  action(name: string): string;
  status(name: string): string;
  /** A kind's name (the kind a review reviews); raw when not given. */
  kind?(id: string): string;
}

/** The labels of the item's kind from the served registry; a name it does not know stays raw. */
export function kindRefusalWords(kinds: KindRegistry, kindId: string, language: string): RefusalWords {
  const kind = kinds.get(kindId);
  return {
    action: (name) => {
      const def = kind && kindAction(kind, name);
      return def ? pickLabel(def.label, language) : name;
    },
    status: (name) => statusLabel(kinds, kindId, name, language),
    kind: (id) => kindLabel(kinds, id, language),
  };
}

/** Names as they came, for a screen that has no kind at hand. */
export const RAW_WORDS: RefusalWords = { action: (name) => name, status: (name) => name };

type Params = Record<string, unknown>;

const str = (p: Params, key: string): string | null => (typeof p[key] === 'string' ? p[key] : null);
const num = (p: Params, key: string): number | null => (typeof p[key] === 'number' && Number.isFinite(p[key]) ? p[key] : null);

export function refusalText(body: RefusalBody, t: TFunction, words: RefusalWords = RAW_WORDS): string {
  const worded = isRefusalReason(body.reason) ? reasonText(body.reason, body.params ?? {}, t, words) : null;
  return worded ?? body.message;
}

function reasonText(reason: RefusalReason, p: Params, t: TFunction, words: RefusalWords): string | null {
  switch (reason) {
    case 'item_closed':
    case 'extension_pending':
    case 'no_extension_waiting':
    case 'own_extension_request':
    case 'clock_already_paused':
    case 'clock_not_paused':
    case 'no_handle_deadline':
    case 'missed_deadline_cannot_pause':
    case 'not_in_assign_stage':
    case 'return_window_passed':
    case 'input_invalid':
    case 'contact_own_company':
    case 'liaison_own_companies':
    case 'timer_stale':
      return t(`refusal.${reason}`);
    case 'not_a_party':
    case 'unknown_action': {
      const action = str(p, 'action');
      return action === null ? null : t(`refusal.${reason}`, { action: words.action(action) });
    }
    case 'wrong_status': {
      const action = str(p, 'action');
      const status = str(p, 'status');
      return action === null || status === null ? null : t('refusal.wrong_status', { action: words.action(action), status: words.status(status) });
    }
    case 'extension_cap_used_up':
    case 'extension_exceeds_cap': {
      const capDays = num(p, 'capDays');
      return capDays === null ? null : t(`refusal.${reason}`, { capDays });
    }
    case 'review_not_answered':
      return t('refusal.review_not_answered');
    case 'extension_limit_reached': {
      const limit = num(p, 'limit');
      return limit === null ? null : t('refusal.extension_limit_reached', { limit });
    }
    case 'objection_window_passed':
    case 'review_window_passed': {
      const amount = num(p, 'amount');
      const unit = str(p, 'unit');
      if (amount === null || unit === null) return null;
      const period = (DURATION_UNITS as readonly string[]).includes(unit) ? t(`unit.${unit as DurationUnit}`, { amount }) : `${amount} ${unit}`;
      return t(`refusal.${reason}`, { period, lastDay: str(p, 'lastDay') ?? '' });
    }
    case 'review_wrong_kind': {
      const expected = str(p, 'expected');
      return expected === null ? null : t('refusal.review_wrong_kind', { expected: words.kind?.(expected) ?? expected });
    }
    case 'review_exists':
      return t('refusal.review_exists', { code: str(p, 'code') ?? '' });
    case 'repeat_unknown':
      return t('refusal.repeat_unknown');
    case 'repeat_not_closed': {
      const code = str(p, 'code');
      return code === null ? null : t('refusal.repeat_not_closed', { code });
    }
    case 'repeat_wrong_kind': {
      const expected = str(p, 'expected');
      return expected === null ? null : t('refusal.repeat_wrong_kind', { expected: words.kind?.(expected) ?? expected });
    }
    case 'repeats_not_counted': {
      const kind = str(p, 'kind');
      return kind === null ? null : t('refusal.repeats_not_counted', { kind: words.kind?.(kind) ?? kind });
    }
    case 'unknown_kind':
    case 'may_not_register': {
      const kind = str(p, 'kind');
      return kind === null ? null : t(`refusal.${reason}`, { kind });
    }
    default: {
      const unhandled: never = reason;
      return unhandled;
    }
  }
}
