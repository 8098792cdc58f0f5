import { createDataSource, isDatabaseUnavailable } from '@parkflow/db';
import type { ArgumentsHost } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../tooling/scripts/stack.mjs';
import { createDatabase, dropDatabase, runScopedName } from '../../../tooling/scripts/test-resources.mjs';
import { ApiExceptionFilter } from '../src/http/api-exception.filter.js';

const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** What the filter wrote: the status, the headers, the body. */
function answer(exception: unknown) {
  const sent = { status: 0, headers: {} as Record<string, string>, body: undefined as unknown };
  const response = {
    setHeader: (k: string, v: string) => void (sent.headers[k.toLowerCase()] = v),
    status(code: number) {
      sent.status = code;
      return this;
    },
    json: (b: unknown) => void (sent.body = b),
  };
  const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  new ApiExceptionFilter().catch(exception, host);
  return sent;
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (error) {
    return error;
  }
  throw new Error('expected the database call to fail');
}

/**
 * The database away is a 503 with Retry-After, a failing query a 500: told apart on the errors the
 * real driver raises, not on made-up ones. (The restart under load is tooling/chaos.)
 */
describe('the database unavailable', () => {
  const name = runScopedName('db_away');
  let url: string;
  let dataSource: DataSource;

  beforeAll(async () => {
    url = await createDatabase(SERVER, name);
    dataSource = createDataSource({ url, poolSize: 2 });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await dropDatabase(SERVER, name);
  });

  it('answers 503 with Retry-After when no connection can be made', async () => {
    const closed = `postgres://postgres@127.0.0.1:${await freePort(0)}/postgres`;
    const away = createDataSource({ url: closed, poolSize: 1 });
    const error = await rejection(away.initialize());
    expect(isDatabaseUnavailable(error)).toBe(true);
    const sent = answer(error);
    expect(sent.status).toBe(503);
    expect(sent.headers['retry-after']).toBe('5');
    expect(sent.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
  });

  it('answers 503 when the server ends the connection under a transaction (a fast restart: 57P01)', async () => {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    const { pid } = ((await runner.query('SELECT pg_backend_pid() AS pid')) as { pid: number }[])[0]!;
    // What a fast shutdown does to every session: terminate it with admin_shutdown. The next query
    // sees either the driver's error or, when TypeORM saw the cut first, a released runner: both are 503.
    await dataSource.query('SELECT pg_terminate_backend($1)', [pid]);
    const error = await rejection(runner.query('SELECT 1'));
    await runner.release().catch(() => undefined);
    expect(isDatabaseUnavailable(error), String(error)).toBe(true);
    expect(answer(error).status).toBe(503);
    // The service recovers by itself: the pool may hand out the cut connection once more (that
    // request is a 503 too), then it opens a fresh one. Measured: one such failure, then answers.
    let answered: unknown = null;
    for (let attempt = 0; attempt < 3 && answered === null; attempt += 1) {
      try {
        answered = await dataSource.query('SELECT 1 AS one');
      } catch (failure) {
        expect(isDatabaseUnavailable(failure), String(failure)).toBe(true);
      }
    }
    expect(answered).toEqual([{ one: 1 }]);
  });

  it('still answers 500 for a query that fails on its own merits', async () => {
    for (const sql of ['SELECT * FROM no_such_table', 'SELEC 1', 'SELECT 1/0']) {
      const error = await rejection(dataSource.query(sql));
      expect(isDatabaseUnavailable(error), sql).toBe(false);
      const sent = answer(error);
      expect(sent.status, sql).toBe(500);
      expect(sent.headers['retry-after']).toBeUndefined();
    }
  });
});
