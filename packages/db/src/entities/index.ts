import { CalendarDayEntity } from './calendar-day.entity.js';
import { CodeCounterEntity } from './code-counter.entity.js';
import { DepartmentEntity } from './department.entity.js';
import { EnterpriseEntity } from './enterprise.entity.js';
import { NotificationEntity } from './notification.entity.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';
import { UserEntity } from './user.entity.js';
import { WorkItemEventEntity } from './work-item-event.entity.js';
import { WorkItemEntity } from './work-item.entity.js';

export {
  CalendarDayEntity,
  CodeCounterEntity,
  DepartmentEntity,
  EnterpriseEntity,
  NotificationEntity,
  OutboxMessageEntity,
  UserEntity,
  WorkItemEventEntity,
  WorkItemEntity,
};

export const ENTITIES = [
  CalendarDayEntity,
  CodeCounterEntity,
  DepartmentEntity,
  EnterpriseEntity,
  NotificationEntity,
  OutboxMessageEntity,
  UserEntity,
  WorkItemEventEntity,
  WorkItemEntity,
];
