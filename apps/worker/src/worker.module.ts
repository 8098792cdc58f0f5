import { BullModule } from '@nestjs/bullmq';
import { Module, type DynamicModule } from '@nestjs/common';
import { ALL_QUEUE_NAMES, DEFAULT_JOB_OPTIONS, type QueueBackend } from '@parkflow/queues';
import type { KindRegistry } from '@parkflow/domain';
import type { DataSource } from 'typeorm';
import { WORKER_CONFIG, type WorkerConfig } from './config/worker-config.js';
import { OutboxRelayService } from './outbox/outbox-relay.service.js';
import { GracefulShutdownService } from './shutdown/graceful-shutdown.service.js';
import { WorkerCalendarService } from './calendar/worker-calendar.service.js';
import { TimerSchedulerService } from './deadlines/timer-scheduler.service.js';
import { NodeDeadlineService } from './deadlines/node-deadline.service.js';
import { StageRunnerService } from './stages/stage-runner.service.js';
import { ExportSweepService } from './reports/export-sweep.service.js';
import { ReportExportRunner } from './reports/report-export.runner.js';
import { CloseOutService } from './close-out/close-out.service.js';
import { CloseOutSchedulerService } from './close-out/close-out-scheduler.service.js';
import { RedisLossWatchService } from './maintenance/redis-loss-watch.service.js';
import { WORKER_PROCESSORS } from './worker.processors.js';
import { DATA_SOURCE, KIND_REGISTRY, QUEUE_BACKEND } from './worker.tokens.js';

@Module({})
export class WorkerModule {

  /** Processors for every queue of the registry; the DataSource and backend are opened by main.ts first. */
  static create(config: WorkerConfig, dataSource: DataSource, backend: QueueBackend, kinds: KindRegistry): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        BullModule.forRoot({
          connection: backend.workerConnection(),
          ...(backend.prefix ? { prefix: backend.prefix } : {}),
          defaultJobOptions: DEFAULT_JOB_OPTIONS,
        }),
        BullModule.registerQueue(...ALL_QUEUE_NAMES.map((name) => ({ name }))),
      ],
      providers: [
        { provide: WORKER_CONFIG, useValue: config },
        { provide: DATA_SOURCE, useValue: dataSource },
        { provide: QUEUE_BACKEND, useValue: backend },
        { provide: KIND_REGISTRY, useValue: kinds },
        StageRunnerService,
        OutboxRelayService,
        TimerSchedulerService,
        NodeDeadlineService,
        WorkerCalendarService,
        ReportExportRunner,
        ExportSweepService,
        CloseOutService,
        CloseOutSchedulerService,
        ...WORKER_PROCESSORS,
        RedisLossWatchService,
        GracefulShutdownService,
      ],
    };
  }
}
