// The SQL a request made, as PostgreSQL ran it: with log_min_duration_statement = 0 on the
// bench's own database (ALTER DATABASE … SET, so only its sessions log; no server setting is
// touched), every statement lands in the server's log with its parameters. This reads the log
// between two marker statements the bench runs itself and returns the api's statements in order.
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readSync, statSync } from 'node:fs';

export const POSTGRES_LOG = process.env.PARKFLOW_BENCH_PG_LOG ?? '/var/log/postgresql/postgresql-15-main.log';

/** Where the log ends now: the capture reads from here on. */
export const logOffset = (file = POSTGRES_LOG) => statSync(file).size;

function readFrom(file, offset) {
  const size = statSync(file).size;
  const buffer = Buffer.alloc(Math.max(0, size - offset));
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, offset);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('utf8');
}

/** `$1 = 'a', $2 = NULL` → ['a', null] (quotes doubled inside a value). */
function parseParameters(detail) {
  const values = [];
  for (const m of detail.matchAll(/\$(\d+) = (NULL|'((?:[^']|'')*)')/g)) values[Number(m[1]) - 1] = m[2] === 'NULL' ? null : m[3].replace(/''/g, "'");
  return values;
}

/**
 * The server pids of the sessions a process (the api, by its os pid) holds on `database`: its
 * TCP client ports (ss) matched to pg_stat_activity's. The worker runs on the same database at
 * the same time (the demo's script), so the log is read for these sessions only.
 */
export async function backendPidsOf(db, database, osPid) {
  const ports = new Set();
  for (const line of execFileSync('ss', ['-tnpH', 'state', 'established'], { encoding: 'utf8' }).split('\n')) {
    if (!line.includes(`pid=${osPid},`)) continue;
    const local = /\S+:(\d+)\s+\S+:5432\b/.exec(line);
    if (local) ports.add(Number(local[1]));
  }
  const { rows } = await db.query('SELECT pid, client_port FROM pg_stat_activity WHERE datname = $1', [database]);
  return new Set(rows.filter((r) => ports.has(r.client_port)).map((r) => String(r.pid)));
}

/**
 * The executed statements of `database` logged after `offset`, between the marker statements
 * `SELECT '<marker>:start'` and `SELECT '<marker>:end'`, of the sessions `pids` (backendPidsOf). Each is { sql, params, ms }.
 */
export function capturedStatements(database, offset, marker, pids, file = POSTGRES_LOG) {
  const entries = [];
  // An entry starts with the log line prefix (%m [%p] %q%u@%d); its continuation lines start with a tab.
  for (const line of readFrom(file, offset).split('\n')) {
    if (/^\d{4}-\d\d-\d\d /.test(line)) entries.push(line);
    else if (entries.length > 0) entries[entries.length - 1] += `\n${line.replace(/^\t/, '')}`;
  }
  const ours = entries.filter((e) => e.includes(`@${database} `));
  const statements = [];
  const lastOf = new Map(); // pid → its last executed statement: its DETAIL line follows it, maybe after another session's lines
  let inside = false;
  for (const entry of ours) {
    const pid = /^\S+ \S+ \S+ \[(\d+)\]/.exec(entry)?.[1];
    const exec = /LOG: {2}duration: ([\d.]+) ms {2}(?:execute [^:]*|statement): ([\s\S]*)$/.exec(entry);
    if (exec) {
      const statement = { sql: exec[2].trim(), params: [], ms: Number(exec[1]) };
      lastOf.set(pid, statement);
      if (statement.sql.includes(`'${marker}:start'`)) inside = true;
      else if (statement.sql.includes(`'${marker}:end'`)) inside = false;
      else if (inside && pids.has(pid)) statements.push(statement);
      continue;
    }
    // The parameters of an execute are the DETAIL right after it; a parse's or bind's line (logged too, with the same DETAIL) ends that.
    const detail = /DETAIL: {2}parameters: ([\s\S]*)$/.exec(entry);
    if (detail && lastOf.has(pid)) lastOf.get(pid).params = parseParameters(detail[1]);
    lastOf.delete(pid);
  }
  return statements;
}
