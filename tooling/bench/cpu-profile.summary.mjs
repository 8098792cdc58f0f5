// Summarises a V8 .cpuprofile (from `--cpu-prof` or the benchmark's --profile): self time by
// package or area (node_modules package, workspace package, node internals, GC, idle) and the top
// self-time functions. Usage: node tooling/bench/cpu-profile.summary.mjs <file.cpuprofile> [--top 25]
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.log('usage: node tooling/bench/cpu-profile.summary.mjs <file.cpuprofile> [--top 25]');
  process.exit(1);
}
const topArg = process.argv.indexOf('--top');
const TOP = topArg > 0 ? Number(process.argv[topArg + 1]) : 25;
const profile = JSON.parse(readFileSync(file, 'utf8'));

/** Where a function lives: a node_modules package, a ParkFlow workspace, node itself, or V8's own buckets. */
function areaOf({ functionName, url }) {
  if (!url) {
    if (functionName === '(garbage collector)') return '(gc)';
    if (functionName === '(idle)') return '(idle)';
    if (functionName === '(program)') return '(program: native, not attributed)';
    return `(native ${functionName || 'anonymous'})`;
  }
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const parts = path.slice(modules + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (path.startsWith('node:')) return `node:${path.slice(5).split('/')[0]}`;
  const workspace = /\/(apps|packages)\/([^/]+)\//.exec(path);
  if (workspace) return `parkflow ${workspace[1]}/${workspace[2]}`;
  return path;
}

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
/** A native frame (writev, a builtin) counts towards its nearest caller outside node itself. */
function attributed(id) {
  const frame = nodes.get(id).callFrame;
  if (frame.url || ['(garbage collector)', '(idle)', '(program)', '(root)'].includes(frame.functionName)) return areaOf(frame);
  for (let up = parent.get(id); up !== undefined; up = parent.get(up)) {
    const caller = nodes.get(up).callFrame;
    if (caller.url && !caller.url.startsWith('node:')) return `${areaOf(caller)} (native ${frame.functionName || 'anonymous'})`;
  }
  return areaOf(frame);
}
const selfUs = new Map();
const deltas = profile.timeDeltas ?? [];
for (let i = 0; i < profile.samples.length; i += 1) {
  // A sample's time is the gap to the next one (V8's convention, as DevTools counts it).
  const dt = deltas[i + 1] ?? 0;
  selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + dt);
}
const byArea = new Map();
const byFunction = new Map();
let total = 0;
let idle = 0;
for (const [id, us] of selfUs) {
  const frame = nodes.get(id).callFrame;
  const area = attributed(id);
  total += us;
  if (area === '(idle)') idle += us;
  byArea.set(area, (byArea.get(area) ?? 0) + us);
  const key = `${frame.functionName || '(anonymous)'}  ${area.replace(/ \(native .*\)$/, '')}${frame.url ? ` ${frame.url.split('/').slice(-1)[0]}:${frame.lineNumber + 1}` : ''}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
}
const busy = total - idle;
const ms = (us) => (us / 1000).toFixed(0).padStart(7);
const pct = (us) => `${((100 * us) / busy).toFixed(1).padStart(5)} %`;
console.log(`${file}\n  ${profile.samples.length} samples over ${(total / 1e6).toFixed(1)} s; busy ${(busy / 1e6).toFixed(1)} s (${((100 * busy) / total).toFixed(0)} % of wall), idle ${(idle / 1e6).toFixed(1)} s`);
const byPackage = new Map();
for (const [area, us] of byArea) byPackage.set(area.replace(/ \(native .*\)$/, ''), (byPackage.get(area.replace(/ \(native .*\)$/, '')) ?? 0) + us);
console.log('\nSelf time by package, native calls counted to their JavaScript caller (percent of busy time):');
for (const [area, us] of [...byPackage].filter(([a]) => a !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${ms(us)} ms ${pct(us)}  ${area}`);
console.log('\nSelf time by package or area, native calls apart:');
for (const [area, us] of [...byArea].filter(([a]) => a !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${ms(us)} ms ${pct(us)}  ${area}`);
console.log(`\nTop ${TOP} functions by self time:`);
for (const [fn, us] of [...byFunction].filter(([f]) => !f.includes('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${ms(us)} ms ${pct(us)}  ${fn}`);
