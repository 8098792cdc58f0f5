import { Initial1763800000000 } from './1763800000000-initial.migration.js';
import { Workflow1763900000000 } from './1763900000000-workflow.migration.js';
import { EventAudience1764000000000 } from './1764000000000-event-audience.migration.js';
import { SignInSecurity1764100000000 } from './1764100000000-sign-in-security.migration.js';
import { ReturnedAt1764150000000 } from './1764150000000-returned-at.migration.js';
import { LinkedDates1764160000000 } from './1764160000000-linked-dates.migration.js';
import { NotificationParams1764200000000 } from './1764200000000-notification-params.migration.js';
import { PetitionStatute1764300000000 } from './1764300000000-petition-statute.migration.js';
import { NoticeTemplates1764310000000 } from './1764310000000-notice-templates.migration.js';
import { CalendarArrangement1764320000000 } from './1764320000000-calendar-arrangement.migration.js';
import { StatFacts1764400000000 } from './1764400000000-stat-facts.migration.js';
import { ReportExports1764420000000 } from './1764420000000-report-exports.migration.js';
import { CloseOutLedger1764410000000 } from './1764410000000-close-out-ledger.migration.js';
import { RepeatOf1764430000000 } from './1764430000000-repeat-of.migration.js';
import { StatDaySums1764440000000 } from './1764440000000-stat-day-sums.migration.js';
import { KeyProjects1764450000000 } from './1764450000000-key-projects.migration.js';
import { ProjectProgress1764460000000 } from './1764460000000-project-progress.migration.js';
import { QueuePageIndexes1764470000000 } from './1764470000000-queue-page-indexes.migration.js';

/** Every migration, oldest first. The schema is never synchronised from the entities. */
export const MIGRATIONS = [
  Initial1763800000000,
  Workflow1763900000000,
  EventAudience1764000000000,
  SignInSecurity1764100000000,
  ReturnedAt1764150000000,
  LinkedDates1764160000000,
  NotificationParams1764200000000,
  PetitionStatute1764300000000,
  NoticeTemplates1764310000000,
  CalendarArrangement1764320000000,
  StatFacts1764400000000,
  CloseOutLedger1764410000000,
  ReportExports1764420000000,
  RepeatOf1764430000000,
  StatDaySums1764440000000,
  KeyProjects1764450000000,
  ProjectProgress1764460000000,
  QueuePageIndexes1764470000000,
];
