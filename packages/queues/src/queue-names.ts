/**
 * The one registry of queue names. A queue's name is part of the data in Redis or PostgreSQL:
 * renaming one is a migration, not a refactor.
 */
export const QUEUE_NAMES = {
  assign: 'assign',
  handle: 'handle',
  feedback: 'feedback',
  close: 'close',
  deadlines: 'deadlines',
  notifications: 'notifications',
  maintenance: 'maintenance',
} as const;
export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];
export const ALL_QUEUE_NAMES = Object.values(QUEUE_NAMES) as QueueName[];
