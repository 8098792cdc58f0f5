#!/usr/bin/env node
// What a user downloads before the queue is interactive: the entry chunk, every chunk it imports
// statically (transitively), and — should the queue page be split out — the queue route's chunk
// with its static imports. Reads Vite's manifest (build.manifest: true); run after `vite build`.
// Prints each chunk's gzipped size and the total. Exits 1 when the manifest or a chunk is missing.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(root, process.argv[2] ?? 'dist');
const QUEUE_ROUTE = 'src/work-items/work-item-list.page.tsx';
const manifestPath = join(dist, '.vite', 'manifest.json');

if (!existsSync(manifestPath)) {
  console.error(`bundle-report: ${manifestPath} not found; run \`vite build\` (with build.manifest) first`);
  process.exit(1);
}
/** @type {Record<string, {file: string, src?: string, isEntry?: boolean, isDynamicEntry?: boolean, imports?: string[], dynamicImports?: string[], css?: string[]}>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

/** The chunk keys `key` needs before it runs: itself and its static imports, depth first. */
function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`bundle-report: manifest has no chunk ${key}`);
  seen.add(key);
  for (const next of chunk.imports ?? []) staticClosure(next, seen);
  return seen;
}

const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
if (entries.length === 0) {
  console.error('bundle-report: no entry chunk in the manifest');
  process.exit(1);
}
const needed = new Set();
for (const [key] of entries) staticClosure(key, needed);
// The queue page ships in the entry today; if it is ever split out, its chunk counts too.
const queueKey = Object.keys(manifest).find((key) => key === QUEUE_ROUTE || manifest[key].src === QUEUE_ROUTE);
const queueInline = queueKey === undefined;
if (queueKey && manifest[queueKey].isDynamicEntry) staticClosure(queueKey, needed);

const rows = [...needed].map((key) => {
  const file = manifest[key].file;
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
const css = [...new Set([...needed].flatMap((key) => manifest[key].css ?? []))].map((file) => {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
const lazy = Object.entries(manifest).filter(([key, chunk]) => !needed.has(key) && chunk.file.endsWith('.js'));

const kb = (n) => `${(n / 1024).toFixed(1).padStart(8)} kB`;
const total = (list) => list.reduce((sum, row) => sum + row.gzip, 0);
rows.sort((a, b) => b.gzip - a.gzip);
console.log(`JavaScript before the queue is interactive (${queueInline ? 'queue page inside the entry' : 'entry + queue route chunk'}):`);
console.log(`${'chunk'.padEnd(52)} ${'raw'.padStart(11)} ${'gzip'.padStart(11)}`);
for (const row of rows) console.log(`${row.file.padEnd(52)} ${kb(row.raw)} ${kb(row.gzip)}`);
console.log(`${'total JS'.padEnd(52)} ${kb(rows.reduce((s, r) => s + r.raw, 0))} ${kb(total(rows))}`);
if (css.length > 0) console.log(`${'(css, not counted above)'.padEnd(52)} ${kb(css.reduce((s, r) => s + r.raw, 0))} ${kb(total(css))}`);
console.log(`${lazy.length} chunks load later, on their routes: ${lazy.map(([, c]) => c.file.replace(/^assets\//, '')).join(', ')}`);
