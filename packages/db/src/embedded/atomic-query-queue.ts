import type { PGlite } from '@electric-sql/pglite';
import type { PasswordGate } from './password-gate.js';

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
  onData: (data: Uint8Array) => void;
}

/** Extended-query messages up to (not including) Sync: Parse, Bind, Describe, Execute, Close, Flush. */
const EXTENDED = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));
const SYNC = 'S'.charCodeAt(0);
const QUERY = 'Q'.charCodeAt(0);
const NOTIFICATION = 'A'.charCodeAt(0);

/** A simple-protocol ROLLBACK, to end whatever a departed client left open. */
const ROLLBACK = (() => {
  const sql = Buffer.from('ROLLBACK\0', 'utf8');
  const head = Buffer.alloc(5);
  head.write('Q', 0);
  head.writeInt32BE(4 + sql.length, 1);
  return new Uint8Array(Buffer.concat([head, sql]));
})();

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  return Buffer.concat(chunks);
}

/**
 * SQL without its comments. BullMQ's PostgreSQL backend sends its LISTEN from a commented script
 * ("-- Subscribe to the shared job-notification channel…\nLISTEN bullmq_jobs;"): read with the
 * comment, the statement was not recognised, its workers never heard of a new job, and one
 * waiting for a delayed job hours away slept through every timer added meanwhile.
 */
export function withoutComments(sql: string): string {
  return sql.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/--[^\n]*/g, ' ');
}

/**
 * Which client LISTENs on which channel (read from their simple queries), and the routing of
 * NotificationResponse messages in a query's output to those clients.
 */
class NotificationRouter {
  private readonly channels = new Map<string, Set<number>>();

  track(handlerId: number, message: Uint8Array): void {
    const sql = withoutComments(Buffer.from(message.subarray(5)).toString('utf8').replace(/\0+$/, ''));
    for (const statement of sql.split(';')) {
      const listen = /^\s*LISTEN\s+"?([^"\s]+)"?\s*$/i.exec(statement);
      if (listen?.[1]) {
        const set = this.channels.get(listen[1]) ?? new Set<number>();
        set.add(handlerId);
        this.channels.set(listen[1], set);
        continue;
      }
      const unlisten = /^\s*UNLISTEN\s+"?([^"\s]+)"?\s*$/i.exec(statement);
      if (unlisten?.[1] === '*') this.forget(handlerId);
      else if (unlisten?.[1]) this.channels.get(unlisten[1])?.delete(handlerId);
    }
  }

  forget(handlerId: number): void {
    for (const set of this.channels.values()) set.delete(handlerId);
  }

  /** Splits `output` into what goes back to the client that ran the query and the notifications for others. */
  route(handlerId: number, output: Uint8Array): { own: Uint8Array; others: Map<number, Uint8Array> } {
    const others = new Map<number, Uint8Array[]>();
    if (this.channels.size === 0 || !output.includes(NOTIFICATION)) return { own: output, others: new Map() };
    const buffer = Buffer.from(output.buffer, output.byteOffset, output.byteLength);
    const own: Uint8Array[] = [];
    let offset = 0;
    while (offset + 5 <= buffer.length) {
      const length = buffer.readInt32BE(offset + 1);
      const end = offset + 1 + length;
      if (length < 4 || end > buffer.length) break;
      const message = buffer.subarray(offset, end);
      if (buffer[offset] === NOTIFICATION) {
        const channelStart = offset + 9;
        const channelEnd = buffer.indexOf(0, channelStart);
        const channel = buffer.toString('utf8', channelStart, channelEnd);
        for (const target of this.channels.get(channel) ?? []) {
          if (target === handlerId) own.push(message);
          else others.set(target, [...(others.get(target) ?? []), message]);
        }
      } else {
        own.push(message);
      }
      offset = end;
    }
    if (offset < buffer.length) own.push(buffer.subarray(offset));
    return { own: Buffer.concat(own), others: new Map([...others].map(([id, parts]) => [id, Buffer.concat(parts)])) };
  }
}

/**
 * The query queue of pglite-socket 0.2.17, made safe for several clients at once.
 *
 * PGlite is one session. pglite-socket queues each wire message and runs them in arrival order,
 * keeping one client only inside a transaction. But node-postgres sends a parameterised query as
 * Parse/Bind/Execute/Sync messages: when two clients interleave them, one client's Bind meets the
 * other's unnamed statement ("bind message supplies 1 parameters, but prepared statement requires
 * 13"). This queue also keeps one client from its first extended message to its Sync.
 */
export class AtomicQueryQueue {
  private queue: QueuedMessage[] = [];
  private processing = false;
  private lastHandlerId: number | null = null;
  /** The client in the middle of an extended-query sequence, if any. */
  private syncOwner: number | null = null;
  /** The client whose message PGlite is running right now, if any. */
  private running: number | null = null;

  /** Where each client's output goes (its socket), for notifications raised by another client's query. */
  private readonly sinks = new Map<number, (data: Uint8Array) => void>();
  private readonly listeners = new NotificationRouter();

  constructor(
    private readonly db: PGlite,
    private readonly gate: PasswordGate | null = null,
  ) {}

  enqueue(handlerId: number, incoming: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    // A client is let through to PGlite only after the password (the gate answers until then).
    const message = this.gate ? this.gate.admit(handlerId, incoming, onData) : incoming;
    if (message === null) return Promise.resolve(0);
    this.sinks.set(handlerId, onData);
    if (message[0] === QUERY) this.listeners.track(handlerId, message);
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, resolve, reject, onData });
      if (!this.processing) void this.processQueue();
    });
  }

  private owner(): number | null {
    if (this.syncOwner !== null) return this.syncOwner;
    return this.db.isInTransaction() && this.lastHandlerId !== null ? this.lastHandlerId : null;
  }

  private async processQueue(): Promise<void> {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const owner = this.owner();
        const index = owner === null ? 0 : this.queue.findIndex((q) => q.handlerId === owner);
        // The owner's next message has not arrived yet: wait for it (enqueue restarts us).
        if (index === -1) break;
        const [next] = this.queue.splice(index, 1);
        if (!next) break;
        const type = next.message[0] ?? 0;
        if (EXTENDED.has(type)) this.syncOwner = next.handlerId;
        const chunks: Uint8Array[] = [];
        let bytes = 0;
        this.running = next.handlerId;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(next.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                // A view into PGlite's memory, valid only during this call: copy it.
                chunks.push(Buffer.from(data));
              },
            }),
          );
          // One session for all: a NOTIFY comes out of whichever query ran; hand each to its listeners.
          const { own, others } = this.listeners.route(next.handlerId, concat(chunks));
          if (own.length > 0) next.onData(own);
          for (const [handlerId, data] of others) this.sinks.get(handlerId)?.(data);
        } catch (error) {
          if (this.syncOwner === next.handlerId) this.syncOwner = null;
          next.reject(error);
          continue;
        } finally {
          this.running = null;
        }
        // The client left while its message ran: its detach could not end what it had open, so do it here.
        if (!this.sinks.has(next.handlerId)) {
          await this.abandon(next.handlerId);
          next.resolve(bytes);
          continue;
        }
        if (type === SYNC && this.syncOwner === next.handlerId) this.syncOwner = null;
        this.lastHandlerId = next.handlerId;
        next.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number): void {
    this.gate?.forget(handlerId);
    this.sinks.delete(handlerId);
    this.listeners.forget(handlerId);
    this.queue = this.queue.filter((q) => {
      if (q.handlerId !== handlerId) return true;
      q.reject(new Error('Handler disconnected'));
      return false;
    });
  }

  /** Called by the handler on detach, after clearQueueForHandler. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    // A message of this client still running: processQueue abandons its sequence once it is done.
    if (this.running !== handlerId) await this.abandon(handlerId);
    await this.processQueue();
  }

  /**
   * Ends what a departed client left open, as a real server does when a backend loses its
   * connection. Inside Parse…Sync PGlite holds an implicit transaction that only that client's Sync
   * would end: left alone, the next client's Sync would commit the dead client's half statement.
   * A ROLLBACK ends the implicit transaction (and the unnamed portal) as well as an explicit one.
   */
  private async abandon(handlerId: number): Promise<void> {
    const midSequence = this.syncOwner === handlerId;
    const inTransaction = this.db.isInTransaction() && this.lastHandlerId === handlerId;
    if (!midSequence && !inTransaction) return;
    await this.db.runExclusive(() => this.db.execProtocolRawStream(ROLLBACK, { onRawData: () => undefined }));
    if (midSequence) this.syncOwner = null;
    if (this.lastHandlerId === handlerId) this.lastHandlerId = null;
  }
}
