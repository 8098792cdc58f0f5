import { Controller, Get, HttpCode, Inject, NotFoundException, Param, ParseUUIDPipe, Post, Sse } from '@nestjs/common';
import type { Notification, NotificationList } from '@parkflow/contracts';
import { NotificationEntity } from '@parkflow/db';
import type { Observable } from 'rxjs';
import { DataSource, IsNull } from 'typeorm';
import { CurrentUser, type CurrentUserContext } from '../auth/current-user.js';
import { UsersService } from '../auth/users.service.js';
import { DATA_SOURCE } from '../database/database.module.js';
import { NotificationStreamService, type StreamMessage } from './notification-stream.service.js';

function present(n: NotificationEntity): Notification {
  return { id: n.id, itemId: n.itemId, topic: n.topic, params: n.params, message: n.message, createdAt: n.createdAt.toISOString(), readAt: n.readAt ? n.readAt.toISOString() : null };
}

@Controller('notifications')
export class NotificationsController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly streams: NotificationStreamService,
    private readonly users: UsersService,
  ) {}

  /** My latest 50 notifications and how many are unread. */
  @Get()
  async list(@CurrentUser() current: CurrentUserContext): Promise<NotificationList> {
    const repo = this.dataSource.getRepository(NotificationEntity);
    const [items, unread] = await Promise.all([
      repo.find({ where: { userId: current.user.id }, order: { createdAt: 'DESC' }, take: 50 }),
      repo.countBy({ userId: current.user.id, readAt: IsNull() }),
    ]);
    return { items: items.map(present), unread };
  }

  /**
   * Server-sent events: a `notification` message whenever something new arrives for me. The
   * browser's EventSource sends the session cookie (never a token in the URL); the stream ends
   * when the token it was opened with expires, or when the account is disabled.
   */
  @Sse('stream')
  stream(@CurrentUser() current: CurrentUserContext): Observable<StreamMessage> {
    return this.streams.stream(current.user.id, {
      expiresAt: current.tokenExpiresAt,
      stillActive: async () => (await this.users.load(current.user.id, current.tokenIssuedAt)) !== null,
    });
  }

  @Post('read-all')
  @HttpCode(200)
  async readAll(@CurrentUser() current: CurrentUserContext): Promise<{ updated: number }> {
    const result = await this.dataSource.getRepository(NotificationEntity).update({ userId: current.user.id, readAt: IsNull() }, { readAt: new Date() });
    return { updated: result.affected ?? 0 };
  }

  @Post(':id/read')
  @HttpCode(200)
  async read(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() current: CurrentUserContext): Promise<Notification> {
    const repo = this.dataSource.getRepository(NotificationEntity);
    const n = await repo.findOneBy({ id, userId: current.user.id });
    if (!n) throw new NotFoundException(`No notification ${id}`);
    if (!n.readAt) {
      n.readAt = new Date();
      await repo.save(n);
    }
    return present(n);
  }
}
