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
  reports: 'reports',
} as const;
export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];
export const ALL_QUEUE_NAMES = Object.values(QUEUE_NAMES) as QueueName[];

/** PostgreSQL channel on which the worker announces new notifications to the api replicas. */
export const NOTIFICATION_CHANNEL = 'parkflow_notifications';
