/*
 * 拒绝原因：代码加参数，由客户端按界面语言措辞。
 * Why the rules refuse, as a reason code and its parameters, like the notification topics: the
 * web words them in the UI language (an English sentence shown as-is in a zh-CN UI told the user
 * nothing). The English `message` stays beside them for logs and API clients. A reason added
 * here fails to compile in the web until it has its sentence.
 */
/** A reason whose sentence needs nothing more. */
type NoParams = Record<never, never>;

export type RefusalReasonParams = {
  /** 事项已办结 */
  item_closed: NoParams;
  /** Not a party who may take this action; `action` is the kind's action name. */
  not_a_party: { action: string };
  /** The action is not open in this status (a status name of the kind). */
  wrong_status: { action: string; status: string };
  /** 已有延期申请待审批 */
  extension_pending: NoParams;
  /** 延期上限已用完 */
  extension_cap_used_up: { capDays: number };
  /** The request asks for more than is left of the cap (re-checked on approval). */
  extension_exceeds_cap: { capDays: number };
  /** 没有待审批的延期申请 */
  no_extension_waiting: NoParams;
  /** Four eyes: not one's own request. */
  own_extension_request: NoParams;
  clock_already_paused: NoParams;
  clock_not_paused: NoParams;
  /** 没有正在计时的办理期限 */
  no_handle_deadline: NoParams;
  /** A missed deadline cannot be paused (an extension is the way). */
  missed_deadline_cannot_pause: NoParams;
  not_in_assign_stage: NoParams;
  /** 退回时限已过 */
  return_window_passed: NoParams;
  /** 延期次数已用完: the kind allows `limit` extensions (one, usually). */
  extension_limit_reached: { limit: number };
  /** 异议期已过: a department may send a misrouted matter back only within this time of its routing. */
  objection_window_passed: { amount: number; unit: string };
  /** 复查/复核: the item reviewed has no 处理意见书 sent yet. */
  review_not_answered: NoParams;
  /** 复查/复核: asked after the window from the opinion's sending. */
  review_window_passed: { amount: number; unit: string; lastDay: string };
  /** 复查/复核: the item named is not of the kind this one reviews. */
  review_wrong_kind: { expected: string };
  /** 复查/复核: that item already has its review. */
  review_exists: { code: string };
  /** 重复件: the earlier item named does not exist, or the registrar may not see it (told alike). */
  repeat_unknown: NoParams;
  /** 重复件: the earlier item is still open (办理中), so a new complaint on it is not a repeat. */
  repeat_not_closed: { code: string };
  /** 重复件: the earlier item is not of a kind this one may repeat (`expected`: the first such kind). */
  repeat_wrong_kind: { expected: string };
  /** 重复件: this kind does not count repeats. */
  repeats_not_counted: { kind: string };
  /** invalid_input: `fields` says what is wrong. */
  input_invalid: NoParams;
  unknown_kind: { kind: string };
  unknown_action: { action: string };
  /** Registering: the actor's roles may not register this kind. */
  may_not_register: { kind: string };
  /** Registering: an enterprise contact raises appeals for its own company only. */
  contact_own_company: NoParams;
  /** Registering: a liaison cadre raises appeals for their companies only. */
  liaison_own_companies: NoParams;
  /**
   * The worker's own refusals (a stale, repeated or early timer, an item already routed): no user
   * sees them, so one reason does, with the English message saying which.
   */
  timer_stale: NoParams;
};

export type RefusalReason = keyof RefusalReasonParams;

/** A reason with its own params, as one union so that `params` narrows by `reason`. */
export type RefusalWhy<R extends RefusalReason = RefusalReason> = { [K in R]: { reason: K; params: RefusalReasonParams[K] } }[R];

/** A reason, its params and the English fallback: what a handler's precondition or forbid returns. */
export type RefusalCause = RefusalWhy & { message: string };

export function because<R extends RefusalReason>(reason: R, params: RefusalReasonParams[R], message: string): RefusalCause {
  return { reason, params, message } as RefusalCause;
}

/** Every reason, checked against the map both ways (for clients that read the code from JSON). */
const REFUSAL_REASON_FLAGS = {
  item_closed: true,
  not_a_party: true,
  wrong_status: true,
  extension_pending: true,
  extension_cap_used_up: true,
  extension_exceeds_cap: true,
  no_extension_waiting: true,
  own_extension_request: true,
  clock_already_paused: true,
  clock_not_paused: true,
  no_handle_deadline: true,
  missed_deadline_cannot_pause: true,
  not_in_assign_stage: true,
  return_window_passed: true,
  extension_limit_reached: true,
  objection_window_passed: true,
  review_not_answered: true,
  review_window_passed: true,
  review_wrong_kind: true,
  review_exists: true,
  repeat_unknown: true,
  repeat_not_closed: true,
  repeat_wrong_kind: true,
  repeats_not_counted: true,
  input_invalid: true,
  unknown_kind: true,
  unknown_action: true,
  may_not_register: true,
  contact_own_company: true,
  liaison_own_companies: true,
  timer_stale: true,
} as const satisfies Record<RefusalReason, true>;

export const REFUSAL_REASONS = Object.keys(REFUSAL_REASON_FLAGS) as RefusalReason[];

export function isRefusalReason(value: unknown): value is RefusalReason {
  return typeof value === 'string' && Object.hasOwn(REFUSAL_REASON_FLAGS, value);
}
