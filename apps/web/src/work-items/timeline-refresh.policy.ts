import type { WorkItemEvent } from '@parkflow/contracts';

export const TIMELINE_POLL_MS = 2_000;

/** A safety stop: after this many refreshes (5 minutes) a worker that never answers stops being polled. */
export const MAX_TIMELINE_POLLS = 150;

type TimelineEvent = Pick<WorkItemEvent, 'type' | 'at'>;

/** The most recent event by time; among equal times the later one in the list. */
export function newestEvent<E extends TimelineEvent>(events: readonly E[] | undefined): E | undefined {
  let newest: E | undefined;
  let newestMs = Number.NEGATIVE_INFINITY;
  for (const event of events ?? []) {
    const ms = Date.parse(event.at);
    const at = Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
    if (newest === undefined || at >= newestMs) {
      newest = event;
      newestMs = at;
    }
  }
  return newest;
}

/**
 * Whether the detail page should refresh: while the newest event is `registered`, the worker is
 * about to run the assign stage (route by rule) and its event is worth waiting for.
 */
export function shouldPollTimeline(events: readonly TimelineEvent[] | undefined, pollsSoFar = 0): boolean {
  return pollsSoFar < MAX_TIMELINE_POLLS && newestEvent(events)?.type === 'registered';
}
