import { Inject, Injectable } from '@nestjs/common';
import { DepartmentEntity, EnterpriseEntity, nameLookupOf, UserEntity, type NameLookup } from '@parkflow/db';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/database.module.js';

interface Snapshot {
  at: number;
  departments: DepartmentEntity[];
  enterprises: EnterpriseEntity[];
  users: Map<string, string>;
}

/** Departments, enterprises and user names: small tables read often, kept for a few seconds. */
@Injectable()
export class ReferenceDataService {
  private snapshot: Snapshot | null = null;

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async load(): Promise<Snapshot> {
    if (this.snapshot && Date.now() - this.snapshot.at < 5_000) return this.snapshot;
    const [departments, enterprises, users] = await Promise.all([
      this.dataSource.getRepository(DepartmentEntity).find({ order: { code: 'ASC' } }),
      this.dataSource.getRepository(EnterpriseEntity).find({ order: { name: 'ASC' } }),
      this.dataSource.getRepository(UserEntity).find({ select: { id: true, displayName: true } }),
    ]);
    this.snapshot = { at: Date.now(), departments, enterprises, users: new Map(users.map((u) => [u.id, u.displayName])) };
    return this.snapshot;
  }

  async names(): Promise<NameLookup> {
    const s = await this.load();
    return nameLookupOf(s.departments, s.enterprises, s.users);
  }

  /** Forget the snapshot (after a write to these tables). */
  invalidate(): void {
    this.snapshot = null;
  }
}
