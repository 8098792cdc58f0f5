import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { NOTIFICATION_CHANNEL } from '@parkflow/queues';
import pg from 'pg';
import { Observable, Subject } from 'rxjs';
import { API_CONFIG, type ApiConfig } from '../config/api-config.js';

export interface StreamMessage {
  data: { type: 'notification' | 'ping' };
}

/**
 * Live push of new notifications. The worker announces deliveries with NOTIFY; every api replica
 * LISTENs and tells the affected users' open streams, whose clients then fetch what is new.
 * A lost LISTEN connection is re-opened; nothing is lost meanwhile, the rows are in the table.
 */
@Injectable()
export class NotificationStreamService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('notifications');
  private readonly subscribers = new Map<string, Set<Subject<StreamMessage>>>();
  private client: pg.Client | null = null;
  private closed = false;

  constructor(@Inject(API_CONFIG) private readonly config: ApiConfig) {}

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  private async listen(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.config.databaseUrl });
    client.on('notification', (msg) => this.dispatch(msg.payload));
    client.on('error', (error) => {
      this.logger.warn(`LISTEN connection lost (${error.message}); reconnecting`);
      this.client = null;
      client.end().catch(() => undefined);
      setTimeout(() => void this.listen().catch(() => undefined), 2_000).unref();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFICATION_CHANNEL}`);
      this.client = client;
    } catch (error) {
      this.logger.warn(`cannot LISTEN for notifications: ${(error as Error).message}; retrying`);
      await client.end().catch(() => undefined);
      setTimeout(() => void this.listen().catch(() => undefined), 2_000).unref();
    }
  }

  private dispatch(payload: string | undefined): void {
    try {
      const { userIds } = JSON.parse(payload ?? '{}') as { userIds?: string[] };
      for (const userId of userIds ?? []) for (const s of this.subscribers.get(userId) ?? []) s.next({ data: { type: 'notification' } });
    } catch {
      // a malformed payload is not ours to act on
    }
  }

  /**
   * The stream of one user's notification signals, with a ping every 25 s to keep proxies from
   * closing it. It completes when `expiresAt` passes and at the first re-check (every
   * `sessionRecheckMs`) that finds the account disabled: a session ends for its stream too.
   */
  stream(userId: string, session: { expiresAt: number; stillActive: () => Promise<boolean> }): Observable<StreamMessage> {
    return new Observable<StreamMessage>((observer) => {
      const subject = new Subject<StreamMessage>();
      const subscription = subject.subscribe(observer);
      let set = this.subscribers.get(userId);
      if (!set) this.subscribers.set(userId, (set = new Set()));
      set.add(subject);
      const ping = setInterval(() => subject.next({ data: { type: 'ping' } }), 25_000);
      const end = () => subject.complete();
      // setTimeout holds at most ~24.8 days; a token's lifetime is far shorter.
      const expiry = setTimeout(end, Math.min(Math.max(0, session.expiresAt - Date.now()), 2_000_000_000));
      const recheck = setInterval(() => {
        session.stillActive().then((active) => active || end(), () => undefined);
      }, this.config.sessionRecheckMs);
      return () => {
        clearTimeout(expiry);
        clearInterval(recheck);
        clearInterval(ping);
        subscription.unsubscribe();
        set.delete(subject);
        if (set.size === 0) this.subscribers.delete(userId);
      };
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    for (const set of this.subscribers.values()) for (const s of set) s.complete();
    await this.client?.end().catch(() => undefined);
  }
}
