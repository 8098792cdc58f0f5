import { Controller, ForbiddenException, Get, Inject, Query } from '@nestjs/common';
import { AuditLogQuerySchema, type AuditLogPage } from '@parkflow/contracts';
import { AuditEventEntity } from '@parkflow/db';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { CurrentUser, type CurrentUserContext } from '../auth/current-user.js';
import { DATA_SOURCE } from '../database/database.module.js';
import { ZodQuery } from '../http/zod-validation.pipe.js';

/** What administrators read beside the queue board: the security audit log, newest first. */
@Controller('admin')
export class AdminController {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  @Get('audit-log')
  async auditLog(@Query(ZodQuery(AuditLogQuerySchema)) query: z.output<typeof AuditLogQuerySchema>, @CurrentUser() current: CurrentUserContext): Promise<AuditLogPage> {
    if (!current.actor.roles.includes('admin')) throw new ForbiddenException('The audit log is for administrators');
    const qb = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('a').orderBy('a.id', 'DESC');
    if (query.kind) qb.andWhere('a.kind = :kind', { kind: query.kind });
    if (query.username) qb.andWhere('a.username = :username', { username: query.username });
    qb.skip((query.page - 1) * query.pageSize).take(query.pageSize);
    const [rows, total] = await qb.getManyAndCount();
    return {
      items: rows.map((r) => ({ id: String(r.id), at: r.at.toISOString(), kind: r.kind, userId: r.userId, username: r.username, address: r.address, detail: r.detail })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
