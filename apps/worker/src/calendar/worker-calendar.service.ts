import { Inject, Injectable } from '@nestjs/common';
import { CalendarCache } from '@parkflow/db';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../worker.tokens.js';

/** The official calendar with the admins' overrides, for this worker process (see CalendarCache). */
@Injectable()
export class WorkerCalendarService extends CalendarCache {
  constructor(@Inject(DATA_SOURCE) dataSource: DataSource) {
    super(dataSource);
  }
}
