/**
 * How the api and the worker stop: once, on SIGINT or SIGTERM, or when the launcher that started
 * them is gone (the IPC channel it opened closes), within a bounded time.
 *
 * The launcher starts them in their own process groups and stops them in order. If it dies first
 * (a crash, kill -9), nothing else would ever stop them: an api whose embedded database went with
 * the launcher retried its connections for ever and kept the port. And an orderly close can hang
 * when the database is already gone (a BullMQ close on the PostgreSQL backend waits for queries
 * that never answer), so the close has a deadline after which the process exits anyway.
 */
export interface ProcessStop {
  /** What stopping runs from now on (until then, a stop signal ends the process at once). */
  closeWith(close: () => Promise<void>): void;
}

/** The longest an orderly close may take; the launcher's SIGKILL comes a little later. */
export const STOP_GRACE_MS = 20_000;

export function handleStopSignals(name: string, graceMs = STOP_GRACE_MS): ProcessStop {
  let close: (() => Promise<void>) | null = null;
  let stopping = false;
  const stop = (reason: string) => {
    if (stopping) return;
    stopping = true;
    if (!close) process.exit(0);
    const deadline = setTimeout(() => {
      console.error(`[${name}] did not stop within ${graceMs / 1000} s of ${reason}; exiting`);
      process.exit(1);
    }, graceMs);
    close().then(
      () => {
        clearTimeout(deadline);
        process.exit(0);
      },
      (error: unknown) => {
        console.error(`[${name}] error while stopping: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  // Started by the launcher with an IPC channel: the channel must not keep us alive, and its
  // closing means the launcher is gone.
  if (process.channel) {
    process.channel.unref();
    process.on('disconnect', () => {
      console.error(`[${name}] the launcher is gone; stopping`);
      stop('the launcher going away');
    });
  }
  return {
    closeWith(fn) {
      close = fn;
    },
  };
}
