#!/usr/bin/env node
// What a user downloads before the queue is interactive: the entry chunk, every chunk it imports
// statically (transitively), and — should the queue page be split out — the queue route's chunk
// with its static imports. Reads Vite's manifest (build.manifest: true); run after `vite build`.
// Prints each chunk's gzipped size, the total and the budget the build holds it to. Exits 1 when the manifest or a chunk is missing.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { QUEUE_BUDGET_BYTES, gzipSize, queueChunkKeys } from './queue-budget.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(root, process.argv[2] ?? 'dist');
const manifestPath = join(dist, '.vite', 'manifest.json');

if (!existsSync(manifestPath)) {
  console.error(`bundle-report: ${manifestPath} not found; run \`vite build\` (with build.manifest) first`);
  process.exit(1);
}
/** @type {Record<string, {file: string, src?: string, isEntry?: boolean, isDynamicEntry?: boolean, imports?: string[], dynamicImports?: string[], css?: string[]}>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

let needed, queueInline;
try {
  // The same set the build's budget counts (scripts/queue-budget.mjs): the rule lives there once.
  ({ keys: needed, queueInline } = queueChunkKeys(manifest));
} catch (error) {
  console.error(error instanceof Error ? error.message.replace(/^queue-budget/, 'bundle-report') : error);
  process.exit(1);
}

const rows = [...needed].map((key) => {
  const file = manifest[key].file;
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSize(bytes) };
});
const css = [...new Set([...needed].flatMap((key) => manifest[key].css ?? []))].map((file) => {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSize(bytes) };
});
const lazy = Object.entries(manifest).filter(([key, chunk]) => !needed.has(key) && chunk.file.endsWith('.js'));

const kb = (n) => `${(n / 1024).toFixed(1).padStart(8)} kB`;
const total = (list) => list.reduce((sum, row) => sum + row.gzip, 0);
rows.sort((a, b) => b.gzip - a.gzip);
console.log(`JavaScript before the queue is interactive (${queueInline ? 'queue page inside the entry' : 'entry + queue route chunk'}):`);
console.log(`${'chunk'.padEnd(52)} ${'raw'.padStart(11)} ${'gzip'.padStart(11)}`);
for (const row of rows) console.log(`${row.file.padEnd(52)} ${kb(row.raw)} ${kb(row.gzip)}`);
console.log(`${'total JS'.padEnd(52)} ${kb(rows.reduce((s, r) => s + r.raw, 0))} ${kb(total(rows))}`);
console.log(`${'budget (the build fails above it: queue-budget.mjs)'.padEnd(52)} ${''.padStart(11)} ${kb(QUEUE_BUDGET_BYTES)}`);
if (css.length > 0) console.log(`${'(css, not counted above)'.padEnd(52)} ${kb(css.reduce((s, r) => s + r.raw, 0))} ${kb(total(css))}`);
console.log(`${lazy.length} chunks load later, on their routes: ${lazy.map(([, c]) => c.file.replace(/^assets\//, '')).join(', ')}`);
