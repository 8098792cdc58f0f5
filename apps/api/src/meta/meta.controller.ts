import { Controller, ForbiddenException, Get, Query } from '@nestjs/common';
import { UserListQuerySchema, type Department, type Enterprise, type Meta, type User } from '@parkflow/contracts';
import { CATEGORIES, CHANNELS, isStaff } from '@parkflow/domain';
import { KIND_REGISTRY, type KindRegistry } from '../kinds/kind-registry.provider.js';
import type { z } from 'zod';
import { CurrentUser, type CurrentUserContext } from '../auth/current-user.js';
import { ZodQuery } from '../http/zod-validation.pipe.js';
import { Public } from '../auth/public.decorator.js';
import { ReferenceDataService } from './reference-data.service.js';
import { Inject } from '@nestjs/common';
import { UserEntity } from '@parkflow/db';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/database.module.js';
import { presentUser } from '../auth/user.presenter.js';

const URGENCY_LABELS = { normal: { zh: '一般', en: 'Normal' }, urgent: { zh: '紧急', en: 'Urgent' } };

@Controller()
export class MetaController {
  constructor(
    private readonly reference: ReferenceDataService,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(KIND_REGISTRY) private readonly kinds: KindRegistry,
  ) {}

  /**
   * The kinds as this deployment runs them (definitions with the park's overrides: statuses,
   * actions with their inputs, time limits, caps), channels, categories and urgencies, in zh-CN
   * and English. The web builds its kind registry from this.
   */
  @Public()
  @Get('meta')
  meta(): Meta {
    return {
      kinds: [...this.kinds.list()] as Meta['kinds'],
      channels: Object.entries(CHANNELS).map(([id, label]) => ({ id, label })),
      categories: Object.entries(CATEGORIES).map(([id, c]) => ({ id, label: { zh: c.zh, en: c.en } })),
      urgencies: Object.entries(URGENCY_LABELS).map(([id, label]) => ({ id, label })),
    };
  }

  @Get('departments')
  async departments(): Promise<Department[]> {
    const { departments } = await this.reference.load();
    return departments.map((d) => ({ id: d.id, code: d.code, name: d.name }));
  }

  @Get('enterprises')
  async enterprises(): Promise<Enterprise[]> {
    const { enterprises } = await this.reference.load();
    return enterprises.map((e) => ({ id: e.id, name: e.name }));
  }

  /**
   * The user directory staff need to pick a handler or a leader and to put names to ids. An
   * enterprise contact gets none of it (names on its own items come with the items and events).
   */
  @Get('users')
  async users(@Query(ZodQuery(UserListQuerySchema)) query: z.output<typeof UserListQuerySchema>, @CurrentUser() current: CurrentUserContext): Promise<User[]> {
    if (!isStaff(current.actor)) throw new ForbiddenException('The user directory is for staff');
    const { role, departmentId } = query;
    const qb = this.dataSource.getRepository(UserEntity).createQueryBuilder('u').where('u.active = true').orderBy('u.username');
    if (role) qb.andWhere(':role = ANY(u.roles)', { role });
    if (departmentId) qb.andWhere('u.department_id = :departmentId', { departmentId });
    return (await qb.getMany()).map(presentUser);
  }
}
