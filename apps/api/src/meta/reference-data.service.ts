import { Inject, Injectable } from '@nestjs/common';
import { DepartmentEntity, EnterpriseEntity, nameLookupOf, UserEntity, type NameLookup } from '@parkflow/db';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/database.module.js';

interface Snapshot {
  at: number;
  departments: DepartmentEntity[];
  enterprises: EnterpriseEntity[];
  users: Map<string, string>;
  /** Built once per snapshot, not per request (every list page asks for it). */
  names: NameLookup;
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
    const userNames = new Map(users.map((u) => [u.id, u.displayName]));
    this.snapshot = { at: Date.now(), departments, enterprises, users: userNames, names: nameLookupOf(departments, enterprises, userNames) };
    return this.snapshot;
  }

  async names(): Promise<NameLookup> {
    return (await this.load()).names;
  }

  /** Forget the snapshot (after a write to these tables). */
  invalidate(): void {
    this.snapshot = null;
  }
}
