import type { WorkerHost } from '@nestjs/bullmq';
import type { Type } from '@nestjs/common';
import { DeadlineProcessor } from './deadlines/deadline.processor.js';
import { MaintenanceProcessor } from './maintenance/maintenance.processor.js';
import { NotifyProcessor } from './notifications/notify.processor.js';
import { ReportProcessor } from './reports/report.processor.js';
import { STAGE_PROCESSORS } from './stages/stage.processor.js';

/** Every processor, in one list: the module registers these and graceful shutdown stops these, so neither can miss one. */
export const WORKER_PROCESSORS: readonly Type<WorkerHost>[] = [...STAGE_PROCESSORS, DeadlineProcessor, NotifyProcessor, MaintenanceProcessor, ReportProcessor];
