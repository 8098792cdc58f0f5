import { createServer, type Server, type Socket } from 'node:net';
import { PGLiteSocketHandler, type PGLiteSocketHandlerOptions } from '@electric-sql/pglite-socket';
import type { AtomicQueryQueue } from './atomic-query-queue.js';
import { fatal } from './password-gate.js';

/** The queue type PGLiteSocketHandler takes; 0.2.17 does not export the class by name. */
type LibraryQueue = PGLiteSocketHandlerOptions['queryQueue'];
/** Its public methods, which are all the handler calls (the class's private fields make it nominal). */
type LibraryQueueContract = { [K in keyof LibraryQueue]: LibraryQueue[K] };

/**
 * The queue is handed over through the handler's public `queryQueue` option. The compiler checks
 * here that ours has every public method of the library's, with compatible signatures: a
 * pglite-socket upgrade that changes that contract fails the build rather than the first query.
 */
function asLibraryQueue(queue: LibraryQueueContract): LibraryQueue {
  return queue as unknown as LibraryQueue;
}

/**
 * The library's handler, with a detach that never rejects. The handler calls detach without
 * awaiting it when its socket errors or closes; a rejection there (a ROLLBACK for a departed
 * client failing) was unhandled, and an unhandled rejection ends the process that holds the
 * database, under every client still connected.
 */
class SocketHandler extends PGLiteSocketHandler {
  override async detach(close?: boolean): Promise<PGLiteSocketHandler> {
    try {
      return await super.detach(close);
    } catch (error) {
      console.error(`[embedded-db] a client's connection did not close cleanly: ${error instanceof Error ? error.message : String(error)}`);
      return this;
    }
  }
}

/**
 * A TCP server of PGLiteSocketHandlers sharing our AtomicQueryQueue.
 *
 * pglite-socket 0.2.17's PGLiteSocketServer builds its own per-message queue and has no option to
 * take another; PGLiteSocketHandler does (`queryQueue`, in its public options). So the server is
 * ours, a few lines of connection bookkeeping, and each connection is the library's handler.
 */
export class EmbeddedSocketServer {
  private server: Server | null = null;
  private active = false;
  private readonly handlers = new Set<SocketHandler>();
  /** Every open socket, handled or turned away: stop() must not wait on one a client keeps open. */
  private readonly sockets = new Set<Socket>();
  private readonly queue: LibraryQueue;

  constructor(
    queue: AtomicQueryQueue,
    private readonly maxConnections: number,
  ) {
    this.queue = asLibraryQueue(queue);
  }

  listen(port: number, host: string): Promise<void> {
    if (this.server) throw new Error('the embedded socket server is already listening');
    this.active = true;
    const server = createServer((socket) => this.accept(socket));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        // After start-up a socket error is the client's business, not a reason to crash the process.
        server.on('error', () => undefined);
        resolve();
      });
    });
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
    if (!this.active || this.handlers.size >= this.maxConnections) {
      socket.on('error', () => undefined);
      // A protocol error the client can show, where the library writes plain text.
      socket.end(fatal('53300', 'too many connections to the embedded database'));
      return;
    }
    const handler = new SocketHandler({ queryQueue: this.queue, closeOnDetach: true });
    this.handlers.add(handler);
    // An erroring handler detaches itself without a 'close' event: free its slot on either.
    handler.addEventListener('error', () => this.handlers.delete(handler));
    handler.addEventListener('close', () => this.handlers.delete(handler));
    handler.attach(socket).catch(() => {
      this.handlers.delete(handler);
      socket.destroy();
    });
  }

  async stop(): Promise<void> {
    this.active = false;
    // Awaited, unlike the library's stop(): a detach may still roll back a client's transaction,
    // which must happen before the caller closes the database.
    await Promise.all([...this.handlers].map((h) => h.detach(true).catch(() => undefined)));
    this.handlers.clear();
    const server = this.server;
    this.server = null;
    const closed = server ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
    // server.close waits for every connection; one a client never closed would hold it forever.
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }
}
