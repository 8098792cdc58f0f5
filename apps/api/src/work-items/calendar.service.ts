import { Inject, Injectable } from '@nestjs/common';
import { CalendarCache } from '@parkflow/db';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/database.module.js';

/** The official calendar with the admins' overrides, for this api process (see CalendarCache). */
@Injectable()
export class CalendarService extends CalendarCache {
  constructor(@Inject(DATA_SOURCE) dataSource: DataSource) {
    super(dataSource);
  }
}
