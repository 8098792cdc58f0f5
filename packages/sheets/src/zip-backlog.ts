import type { Worksheet } from 'exceljs';

/** Past this many bytes waiting at the zip, the writer waits for it to catch up. */
const MAX_BACKLOG_BYTES = 4 * 1024 * 1024;

interface PipeTarget {
  _writableState?: { length?: number };
  once(event: 'drain', listener: () => void): unknown;
}

/**
 * Waits while the sheet's XML waits to be zipped. exceljs's streaming writer hands each row's XML
 * to the zip without waiting for it (its StreamBuf ignores the zip's backpressure), so rows
 * produced faster than they are deflated pile up in memory: 100,000 rows held ~150 MB before this
 * and grew with every row. Reaches into exceljs's stream (`pipes`) because it offers no other
 * signal; if that shape ever changes, this only yields a turn of the event loop.
 */
export async function drainZip(worksheet: Worksheet): Promise<void> {
  const target = (worksheet as unknown as { stream?: { pipes?: PipeTarget[] } }).stream?.pipes?.[0];
  const waiting = () => target?._writableState?.length ?? 0;
  if (target && waiting() > MAX_BACKLOG_BYTES) {
    await new Promise<void>((resolve) => target.once('drain', resolve));
    return;
  }
  await new Promise<void>((resolve) => setImmediate(resolve));
}
