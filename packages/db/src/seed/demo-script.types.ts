import type { ActionName, Petitioner, RegisterInput, SlaState, Stage, Status, Urgency } from '@parkflow/domain';

/** The demo accounts, by username (demo-data.ts); scripts name people by these. */
export type DemoUsername = 'dispatcher' | 'handler' | 'handler2' | 'head' | 'leader' | 'liaison' | 'enterprise' | 'admin';

/**
 * When a step happened, counted back from the moment of seeding on the official calendar in
 * Asia/Shanghai: `day` working days before today (-1 is the last working day before today) and
 * `hour` office hours after that day's office opened (0 is 09:00, 2 is 11:00, 4 is 14:30 with the
 * default hours, lunch skipped). Whole past working days keep a script meaning the same whatever
 * the hour or weekday the seed runs at. `'now'` is the moment of seeding itself.
 */
export type DemoTime = { day: number; hour?: number } | 'now';

/** An id the seed knows only once it has created the park: a demo user's, or a department's by code. */
export type DemoRef = { user: DemoUsername } | { department: string };

/** The day of the step itself (YYYY-MM-DD in Asia/Shanghai), for date inputs such as a notice's sending. */
export type DemoStepDay = { stepDay: true };

/** Action input as the api would receive it, with ids written as references. */
export type DemoInput = Readonly<Record<string, string | number | DemoRef | DemoStepDay>>;

/**
 * One thing a person did. `register` (registerWorkItem) must come first and only there; every
 * other action goes through `decide`. Its only input is an optional `departmentId` (the
 * dispatcher routing at once); the item's own fields are the script's.
 */
export interface DemoStep {
  action: 'register' | ActionName;
  by: DemoUsername;
  at: DemoTime;
  input?: DemoInput;
}

/**
 * A demo item as a script: its fields and what people did to it, in order. What the system did
 * between the steps (the assign stage's routing by rule, and each deadline timer that fell due:
 * warn, mark_overdue, escalate, feedback_timeout) is not written here: the seed replays it at the
 * instant the worker would have, so it cannot be written differently from what the rules do.
 */
export interface DemoItemScript {
  kind: 'petition' | 'appeal';
  title: string;
  description: string;
  channel: string;
  category: string;
  urgency: Urgency;
  /** Index into DEMO_ENTERPRISES, or null. */
  enterprise: number | null;
  petitioner: Petitioner | null;
  /**
   * For kinds that decide on acceptance (受理): the decision taken at registration, as the intake
   * form takes it. Absent: accepted. `null`: left 待受理 (the item shows the 15 days to decide).
   */
  decision?: RegisterInput['decision'];
  /** 收到之日, days before now; absent: the day of registration. */
  receivedDaysAgo?: number;
  /** What the item shows (the seed's tests check the replay arrives there, whenever it runs). */
  demonstrates: string;
  steps: readonly DemoStep[];
  /** Where the replay leaves it at the moment of seeding; `sla` only where that holds at every hour. */
  expected: { stage: Stage; status: Status; sla?: SlaState };
}
