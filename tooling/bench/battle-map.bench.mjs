// `pnpm bench --bench battle-map [--projects 300] [--nodes 10] [--runs 50]`: the battle map's pure
// part in the browser's place — building the ECharts option for N projects × M nodes (what the page
// does on every list or filter change) and one pass of the Gantt's renderer over every bar (what a
// full redraw costs in our code; ECharts' own drawing is not measured). The option module is
// bundled from apps/web's source with the web's own Vite, then timed in this process. Figures,
// not assertions.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../scripts/stack.mjs';
import { percentile } from './bench-stats.helper.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const PROJECTS = Number(args.projects ?? 300);
const NODES = Number(args.nodes ?? 10);
const RUNS = Number(args.runs ?? 50);

const web = join(ROOT, 'apps/web');
const { build } = createRequire(join(web, 'package.json'))('vite');
const out = mkdtempSync(join(tmpdir(), 'parkflow-bench-map-'));
try {
  await build({
    root: web,
    logLevel: 'warn',
    configFile: false,
    build: { outDir: out, emptyOutDir: true, minify: true, lib: { entry: join(web, 'src/projects/battle-map.options.ts'), formats: ['es'], fileName: 'battle-map' } },
  });
  const { battleMap, renderBar } = await import(pathToFileURL(join(out, 'battle-map.js')).href);

  // Deterministic projects: each node starts where the previous ended, statuses and baselines spread.
  const day = (n) => new Date(Date.UTC(2026, 0, 5) + n * 86_400_000).toISOString().slice(0, 10);
  const rags = ['green', 'amber', 'red'];
  const projects = Array.from({ length: PROJECTS }, (_, p) => ({
    id: `p${p}`, code: `XM-2026-${p}`, name: `重点项目 ${p}`, investorName: '', investmentWan: 1, type: 'new', phase: 'permits', scheduleTarget: 'production',
    targets: { start: day(0), completion: day(400), production: day(420) }, chiefOfficerId: `u${p % 7}`, pushTeamIds: [], departmentIds: [`d${p % 9}`], archived: false,
    status: rags[p % 3], statusReason: { zh: '', en: '' }, progressPercent: null, version: 1,
    nodes: Array.from({ length: NODES }, (_, n) => {
      const start = (p % 60) + n * 25;
      return {
        key: `n${n}`, name: { zh: `节点${n}`, en: `Node ${n}` }, durationDays: 20, predecessors: [], phase: 'permits', permit: n < 5, departmentId: `d${n % 9}`,
        plannedStart: day(start), plannedFinish: day(start + 20), baselineStart: n % 2 ? day(start - 5) : null, baselineFinish: n % 2 ? day(start + 15) : null, drift: null,
        actualStart: null, actualFinish: n < 3 ? day(start + 18) : null, slack: 0, critical: false, status: rags[(p + n) % 3], statusReason: { zh: '', en: '' }, evidence: null,
      };
    }),
  }));
  const text = { today: '今天', planned: '计划', baseline: '基线', actual: '实际完成', status: '状态', none: '—', label: (l) => l.zh };
  const api = { value: (() => { let v = [0, 0, 0, 0]; const f = (d) => v[d]; f.set = (x) => (v = x); return f; })(), coord: ([x, y]) => [x / 1e7, y * 28], size: () => [0, 28] };

  const optionMs = [];
  const renderMs = [];
  let bars = 0;
  for (let run = 0; run < RUNS + 5; run++) {
    const t0 = performance.now();
    const map = battleMap({ projects, filters: run % 2 ? { departmentId: 'd1' } : {}, today: day(100), text });
    const t1 = performance.now();
    const draw = renderBar(map.bars);
    const data = map.option.series[0].data;
    for (const value of data) {
      api.value.set(value);
      draw(null, api);
    }
    const t2 = performance.now();
    if (run >= 5) {
      optionMs.push(t1 - t0);
      renderMs.push(t2 - t1);
      bars = Math.max(bars, data.length);
    }
  }
  const line = (label, ms) => console.log(`${label.padEnd(52)} p50 ${percentile(ms, 50).toFixed(2).padStart(7)} ms   p95 ${percentile(ms, 95).toFixed(2).padStart(7)} ms   max ${Math.max(...ms).toFixed(2).padStart(7)} ms`);
  console.log(`Battle map, ${PROJECTS} projects × ${NODES} nodes (${bars} bars unfiltered), ${RUNS} runs after 5 warm-ups, node ${process.version}`);
  line('option (rows, bars, data, today line, filters)', optionMs);
  line('renderer over every bar (one full redraw)', renderMs);
} finally {
  rmSync(out, { recursive: true, force: true });
}
