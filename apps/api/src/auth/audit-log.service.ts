import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditEventEntity } from '@parkflow/db';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/database.module.js';

export { AUDIT_EVENT_KINDS as AUDIT_KINDS } from '@parkflow/contracts';
import type { AUDIT_EVENT_KINDS } from '@parkflow/contracts';
export type AuditKind = (typeof AUDIT_EVENT_KINDS)[number];

export interface AuditEntry {
  userId?: string | null;
  username?: string | null;
  address?: string | null;
  detail?: Record<string, unknown>;
}

/** Writes the security audit log. A write that fails is logged, never turned into the sign-in's answer. */
@Injectable()
export class AuditLogService {
  private readonly logger = new Logger('audit');

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async record(kind: AuditKind, entry: AuditEntry): Promise<void> {
    try {
      await this.dataSource.getRepository(AuditEventEntity).insert({
        at: new Date(),
        kind,
        userId: entry.userId ?? null,
        // By code points: a cut through a surrogate pair would store a broken character.
        username: entry.username ? Array.from(entry.username).slice(0, 64).join('') : null,
        address: entry.address ? Array.from(entry.address).slice(0, 64).join('') : null,
        detail: entry.detail ?? {},
      } as never);
    } catch (error) {
      this.logger.error(`could not record ${kind} for ${entry.username ?? '?'}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
