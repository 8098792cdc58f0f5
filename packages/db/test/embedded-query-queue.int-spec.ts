import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../tooling/scripts/stack.mjs';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../src/index.js';

/*
 * The embedded server's AtomicQueryQueue, against the started server and real clients: PGlite is
 * one session shared by every socket, so the queue must keep one client's Parse…Sync together,
 * recover from a client that vanishes in the middle of one, and route NOTIFY to the listeners.
 */
describe('the embedded query queue', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parkflow-embedded-queue-'));
  let embedded: EmbeddedPostgres;
  let port: number;
  const clients: pg.Client[] = [];

  async function connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: embedded.url });
    client.on('error', () => undefined);
    await client.connect();
    clients.push(client);
    return client;
  }

  beforeAll(async () => {
    port = await freePort(55500);
    embedded = await startEmbeddedPostgres({ dataDir: join(dir, 'pglite'), port });
    const setup = await connect();
    await setup.query('CREATE TABLE IF NOT EXISTS queue_probe (id serial PRIMARY KEY, v text NOT NULL)');
  }, 60_000);

  afterAll(async () => {
    for (const c of clients) await c.end().catch(() => undefined);
    await embedded?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps two clients’ interleaved parameterised queries apart', async () => {
    const [a, b] = [await connect(), await connect()];
    const rounds = 100;
    // A parameter large enough to reach the server in several TCP chunks: a client's Parse…Sync
    // then spans event-loop turns and the other's messages can land in between (a small query's
    // messages all arrive, and run, in one turn). With pglite-socket's own queue this workload
    // fails with "bind message supplies 2 parameters, but prepared statement "" requires 3".
    const big = (who: string, i: number) => `${who}${i}:`.padEnd(200_000, who);
    const runA = async () => {
      for (let i = 0; i < rounds; i += 1) {
        const { rows } = await a.query('SELECT $1::int AS n, length($2::text) AS len, left($2::text, 8) AS head', [i, big('a', i)]);
        expect(rows).toEqual([{ n: i, len: 200_000, head: `a${i}:`.padEnd(8, 'a') }]);
      }
    };
    const runB = async () => {
      for (let i = 0; i < rounds; i += 1) {
        const sql = 'SELECT $1::int * 2 AS n, left($2::text, 8) AS head, $3::int AS k';
        const { rows } = await b.query(sql, [i, big('b', i), 1000 - i]);
        expect(rows).toEqual([{ n: i * 2, head: `b${i}:`.padEnd(8, 'b'), k: 1000 - i }]);
      }
    };
    const started = Date.now();
    await Promise.all([runA(), runB()]);
    // Recorded for docs/operations.md.
    console.log(`[queue] ${2 * rounds} interleaved 200 kB parameterised queries in ${Date.now() - started} ms`);
  }, 60_000);

  it('drops the half sequence of a client that dies between Parse and Sync, and keeps serving', async () => {
    const survivor = await connect();
    const dying = await rawClient(port);
    // Parse, Bind, Execute an INSERT, then Flush for the replies: the queue now belongs to it until its Sync.
    dying.send(parse('INSERT INTO queue_probe (v) VALUES ($1)'), bind(['from-the-dead']), execute(), flush());
    await dying.waitFor('C');
    // Queued behind the owner's Sync, which never comes.
    const waiting = survivor.query('SELECT $1::int AS n', [7]);
    await new Promise((r) => setTimeout(r, 100));
    dying.socket.destroy();
    expect((await waiting).rows).toEqual([{ n: 7 }]);
    // The dead client's Execute is not committed by somebody else's Sync, as on a real server.
    const { rows } = await survivor.query('SELECT count(*)::int AS n FROM queue_probe WHERE v = $1', ['from-the-dead']);
    expect(rows).toEqual([{ n: 0 }]);
    // A newcomer's own unnamed statement and transaction work as usual.
    const next = await connect();
    await next.query('BEGIN');
    await next.query('INSERT INTO queue_probe (v) VALUES ($1)', ['after']);
    await next.query('COMMIT');
    expect((await survivor.query('SELECT v FROM queue_probe WHERE v = $1', ['after'])).rows).toEqual([{ v: 'after' }]);
  }, 30_000);

  it('drops the work of a client that dies while its statement runs', async () => {
    const survivor = await connect();
    const dying = await rawClient(port);
    // PGlite runs the statement in one go: the close is seen once it is done, before any Sync.
    dying.send(parse('INSERT INTO queue_probe (v) SELECT $1 FROM pg_sleep(0.3)'), bind(['mid-statement']), execute(), flush());
    await new Promise((r) => setTimeout(r, 50));
    dying.socket.destroy();
    expect((await survivor.query('SELECT count(*)::int AS n FROM queue_probe WHERE v = $1', ['mid-statement'])).rows).toEqual([{ n: 0 }]);
    expect((await survivor.query('SELECT $1::text AS still', ['serving'])).rows).toEqual([{ still: 'serving' }]);
  }, 30_000);

  it('routes NOTIFY from one client to another’s LISTEN, not after its UNLISTEN, also behind comments', async () => {
    const [sender, listener] = [await connect(), await connect()];
    const heard: string[] = [];
    listener.on('notification', (n) => heard.push(`${n.channel}:${n.payload}`));
    const heardMarker = async (marker: string) => {
      // The marker is sent after the payload under test, on a channel the listener keeps: once it
      // arrives, anything the listener would have received before it has arrived too.
      await sender.query(`NOTIFY marker, '${marker}'`);
      const deadline = Date.now() + 5_000;
      while (!heard.includes(`marker:${marker}`) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(heard).toContain(`marker:${marker}`);
    };
    await listener.query('LISTEN marker');
    await listener.query('LISTEN parcel');
    await sender.query("NOTIFY parcel, 'one'");
    // Through the extended protocol too, as BullMQ's pg_notify goes.
    await sender.query('SELECT pg_notify($1, $2)', ['parcel', 'two']);
    await heardMarker('m1');
    await listener.query('UNLISTEN parcel');
    await sender.query("NOTIFY parcel, 'three'");
    await heardMarker('m2');
    await listener.query('-- a comment first, as BullMQ writes it\n/* and a block */ LISTEN parcel;');
    await sender.query("NOTIFY parcel, 'four'");
    await heardMarker('m3');
    expect(heard).toEqual(['parcel:one', 'parcel:two', 'marker:m1', 'marker:m2', 'parcel:four', 'marker:m3']);
  }, 30_000);

  it('turns away a client beyond maxConnections with a PostgreSQL error, and takes one again once a slot is free', async () => {
    const small = await startEmbeddedPostgres({ dataDir: join(dir, 'pglite-small'), port: await freePort(55600), maxConnections: 1 });
    const first = new pg.Client({ connectionString: small.url });
    const second = new pg.Client({ connectionString: small.url });
    try {
      await first.connect();
      second.on('error', () => undefined);
      await expect(second.connect()).rejects.toThrow(/too many connections/);
      await first.end();
      // The slot is freed when the handler sees the close, a turn or two later.
      await new Promise((r) => setTimeout(r, 100));
      const third = new pg.Client({ connectionString: small.url });
      await third.connect();
      expect((await third.query('SELECT $1::int AS n', [3])).rows).toEqual([{ n: 3 }]);
      await third.end();
    } finally {
      await small.stop();
    }
  }, 60_000);
});

/** A wire-protocol client by hand: `pg` always sends Sync with its Parse, so it cannot die in between. */
async function rawClient(port: number) {
  const socket = net.connect(port, '127.0.0.1');
  socket.on('error', () => undefined);
  let received = Buffer.alloc(0);
  socket.on('data', (d: Buffer) => (received = Buffer.concat([received, d])));
  const types = () => {
    const seen: string[] = [];
    for (let at = 0; at + 5 <= received.length; at += 1 + received.readInt32BE(at + 1)) seen.push(String.fromCharCode(received[at]!));
    return seen;
  };
  const waitFor = async (type: string) => {
    const deadline = Date.now() + 5_000;
    while (!types().includes(type)) {
      if (Date.now() > deadline) throw new Error(`no '${type}' from the server; got ${types().join('')}`);
      await new Promise((r) => setTimeout(r, 10));
    }
    received = Buffer.alloc(0);
  };
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  const params = Buffer.from('user\0postgres\0database\0postgres\0\0');
  const startup = Buffer.alloc(8);
  startup.writeInt32BE(8 + params.length, 0);
  startup.writeInt32BE(196608, 4);
  socket.write(Buffer.concat([startup, params]));
  await waitFor('Z');
  return { socket, waitFor, send: (...messages: Buffer[]) => socket.write(Buffer.concat(messages)) };
}

function message(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0);
  head.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([head, body]);
}
const int16 = (n: number) => Buffer.from([(n >> 8) & 0xff, n & 0xff]);
function int32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
}
const parse = (sql: string) => message('P', Buffer.concat([Buffer.from(`\0${sql}\0`), int16(0)]));
function bind(values: string[]): Buffer {
  const encoded = values.flatMap((v) => [int32(Buffer.byteLength(v)), Buffer.from(v)]);
  return message('B', Buffer.concat([Buffer.from('\0\0'), int16(0), int16(values.length), ...encoded, int16(0)]));
}
const execute = () => message('E', Buffer.concat([Buffer.from('\0'), int32(0)]));
const flush = () => message('H', Buffer.alloc(0));
