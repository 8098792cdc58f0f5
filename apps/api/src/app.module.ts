import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import type { KindContracts } from '@parkflow/contracts';
import type { KindRegistry } from '@parkflow/domain';
import type { QueueBackend } from '@parkflow/queues';
import type { DataSource } from 'typeorm';
import { ThrottlerModule } from '@nestjs/throttler';
import { AdminController } from './admin/admin.controller.js';
import { AuditLogService } from './auth/audit-log.service.js';
import { AuthController } from './auth/auth.controller.js';
import { SignInThrottleGuard } from './auth/throttle/sign-in-throttle.guard.js';
import { signInThrottleOptions } from './auth/throttle/sign-in-throttle.options.js';
import { CalendarController } from './calendar/calendar.controller.js';
import { ArrangementImportService } from './calendar/arrangement-import.service.js';
import { CalendarArrangementController } from './calendar/calendar-arrangement.controller.js';
import { NotificationStreamService } from './notifications/notification-stream.service.js';
import { NotificationsController } from './notifications/notifications.controller.js';
import { WorkItemActionsService } from './work-items/work-item-actions.service.js';
import { AuthGuard } from './auth/auth.guard.js';
import { TokenService } from './auth/token.service.js';
import { UsersService } from './auth/users.service.js';
import { API_CONFIG, type ApiConfig } from './config/api-config.js';
import { DatabaseModule } from './database/database.module.js';
import { HealthController } from './health/health.controller.js';
import { ApiExceptionFilter } from './http/api-exception.filter.js';
import { MetaController } from './meta/meta.controller.js';
import { ReferenceDataService } from './meta/reference-data.service.js';
import { QUEUE_BACKEND, QueueProducerService } from './queues/queue-producer.service.js';
import { CalendarService } from './work-items/calendar.service.js';
import { WorkItemsController } from './work-items/work-items.controller.js';
import { WorkItemsService } from './work-items/work-items.service.js';
import { KIND_CONTRACTS, KIND_REGISTRY } from './kinds/kind-registry.provider.js';
import { NoticeTemplatesController } from './notices/notice-templates.controller.js';
import { NoticeTemplatesService } from './notices/notice-templates.service.js';
import { WorkItemNoticesController } from './notices/work-item-notices.controller.js';
import { WorkItemNoticesService } from './notices/work-item-notices.service.js';
import { StatsController } from './stats/stats.controller.js';
import { StatsXlsxController } from './stats/stats-xlsx.controller.js';
import { StatsService } from './stats/stats.service.js';
import { ReportExportsController } from './exports/report-exports.controller.js';
import { ReportExportsService } from './exports/report-exports.service.js';
import { CloseOutsController } from './close-outs/close-outs.controller.js';
import { ProjectPermitsController } from './projects/project-permits.controller.js';
import { ProjectsController } from './projects/projects.controller.js';
import { ProjectTemplatesController } from './projects/project-templates.controller.js';
import { ProjectReadsService } from './projects/project-reads.service.js';
import { ProjectsService } from './projects/projects.service.js';
import { ProjectTemplatesService } from './projects/project-templates.service.js';

@Module({})
export class AppModule {
  /** The api's wiring; the DataSource and queue backend are opened first by main.ts so failures are reported plainly. */
  static create(config: ApiConfig, dataSource: DataSource, backend: QueueBackend, kinds: KindRegistry, contracts: KindContracts): DynamicModule {
    return {
      module: AppModule,
      imports: [DatabaseModule.withDataSource(dataSource), ThrottlerModule.forRoot(signInThrottleOptions(config, dataSource))],
      controllers: [AdminController, AuthController, CalendarController, CalendarArrangementController, HealthController, MetaController, NotificationsController, WorkItemsController, NoticeTemplatesController, WorkItemNoticesController, StatsXlsxController, StatsController, ReportExportsController, CloseOutsController, ProjectPermitsController, ProjectsController, ProjectTemplatesController],
      providers: [
        { provide: API_CONFIG, useValue: config },
        { provide: QUEUE_BACKEND, useValue: backend },
        { provide: KIND_REGISTRY, useValue: kinds },
        { provide: KIND_CONTRACTS, useValue: contracts },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        TokenService,
        AuditLogService,
        SignInThrottleGuard,
        UsersService,
        ReferenceDataService,
        CalendarService,
        QueueProducerService,
        WorkItemsService,
        WorkItemActionsService,
        ArrangementImportService,
        NotificationStreamService,
        NoticeTemplatesService,
        WorkItemNoticesService,
        StatsService,
        ReportExportsService,
        ProjectTemplatesService,
        ProjectReadsService,
        ProjectsService,
      ],
    };
  }
}
