// `pnpm bench --bench battle-map [--projects 300] [--nodes 10] [--runs 50]`: the battle map's pure
// part in the browser's place — building the ECharts option for N projects × M nodes (what the page
// does on every list or filter change) and one pass of the Gantt's renderer over every bar (what a
// full redraw costs in our code; ECharts' own drawing is not measured). The option module is
// bundled from apps/web's source with the web's own Vite, then timed in this process. Figures,
// not assertions.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
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
  console.log(`Battle map, ${PROJECTS} projects × ${NODES} nodes (${bars} bars unfiltered), ${RUNS} runs after 5 warm-ups, node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${new Date().toISOString()}`);
  const summary = (ms) => ({ p50: percentile(ms, 50), p95: percentile(ms, 95), max: Math.max(...ms) });
  const result = { date: new Date().toISOString(), machine: { cpus: cpus().length, model: cpus()[0]?.model ?? null, node: process.version }, projects: PROJECTS, nodes: NODES, runs: RUNS, optionMs: summary(optionMs), rendererMs: summary(renderMs) };
  line('option (rows, bars, data, today line, filters)', optionMs);
  line('renderer over every bar (one full redraw)', renderMs);

  // The same option drawn by ECharts in headless Chromium (Debian's, as the e2e use): the first
  // draw, a one-row scroll and a filter change, each timed up to the next painted frame.
  const pageOut = join(out, 'page');
  await build({ root: join(web, 'bench'), base: './', logLevel: 'warn', configFile: false, build: { outDir: pageOut, emptyOutDir: true, minify: true, modulePreload: false, chunkSizeWarningLimit: 4000, rollupOptions: { input: join(web, 'bench/battle-map.bench.html') } } });
  const { chromium } = createRequire(join(web, 'package.json'))('@playwright/test');
  // Served over loopback (module scripts do not load from file://), and stopped with the run.
  const server = createServer((req, res) => {
    const path = join(pageOut, normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^([/\\])+/, ''));
    if (!path.startsWith(pageOut) || !existsSync(path)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' }).end(readFileSync(path));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`http://127.0.0.1:${server.address().port}/battle-map.bench.html`);
    await page.waitForFunction(() => typeof window.runBattleMapBench === 'function');
    const drawn = await page.evaluate((input) => window.runBattleMapBench(input), { projects, today: day(100), scrolls: RUNS, filterChanges: Math.max(10, Math.floor(RUNS / 2)) });
    console.log(`In Chromium ${browser.version()} (1280 px wide, ${drawn.rows} rows, ${drawn.bars} bars, 20 rows in view):`);
    console.log(`${'first draw (init, option, paint)'.padEnd(52)} ${drawn.firstDraw.toFixed(1).padStart(7)} ms`);
    line('scroll by one row: ECharts work (main thread)', drawn.scrollWork);
    line('scroll by one row: to the next frame', drawn.scroll);
    line('filter change (new option, paint)', drawn.filter);
    result.browser = { chromium: browser.version(), firstDrawMs: drawn.firstDraw, scrollWorkMs: summary(drawn.scrollWork), scrollMs: summary(drawn.scroll), filterMs: summary(drawn.filter) };
  } finally {
    await browser.close();
    server.close();
  }
  const dir = join(ROOT, '.cache/bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `battle-map-${result.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`JSON: ${file}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
