import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { createDataSource } from '@parkflow/db';
import { DataSource } from 'typeorm';

export const DATA_SOURCE = Symbol('DATA_SOURCE');

/** The process's one DataSource, opened (and migrated) before the module is created; see main.ts. */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  static withDataSource(dataSource: DataSource) {
    return { module: DatabaseModule, providers: [{ provide: DATA_SOURCE, useValue: dataSource }], exports: [DATA_SOURCE] };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

export { createDataSource };
