/*
 * The battle map drawn for real, for `pnpm bench --bench battle-map`: the same ECharts parts and
 * the same option as the page (battle-map.options.ts), in headless Chromium, over the projects the
 * bench passes in. It times the first draw, scrolling the map by one row (the y-axis dataZoom,
 * which the page's mouse wheel drives) and a filter change, each up to the next painted frame.
 * Not part of the app build; bundled by the bench only.
 */
import type { ProjectSummary } from '@parkflow/contracts';
import { CustomChart } from 'echarts/charts';
import { DataZoomInsideComponent, DataZoomSliderComponent, GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { battleMap, battleMapHeight, type BattleMapText } from '../src/projects/battle-map.options';

const TEXT: BattleMapText = { today: '今天', planned: '计划', baseline: '基线', actual: '实际完成', status: '状态', none: '—', label: (l) => l.zh };

echarts.use([CustomChart, GridComponent, TooltipComponent, DataZoomInsideComponent, DataZoomSliderComponent, MarkLineComponent, CanvasRenderer]);

// The next frame after the change: the browser has painted what ECharts drew (it draws in its own
// animation frame), so change → here is what the user waits for; 16.7 ms is one frame at 60 Hz.
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function run(input: { projects: ProjectSummary[]; today: string; scrolls: number; filterChanges: number }) {
  const text = TEXT;
  const el = document.getElementById('map')!;
  el.style.height = `${battleMapHeight(input.projects.length)}px`;
  const t0 = performance.now();
  const chart = echarts.init(el);
  const map = battleMap({ projects: input.projects, filters: {}, today: input.today, text });
  chart.setOption(map.option, { notMerge: true });
  await frame();
  const firstDraw = performance.now() - t0;
  const scroll: number[] = [];
  const scrollWork: number[] = [];
  const rows = map.rows.length;
  for (let i = 0; i < input.scrolls; i++) {
    const top = i % Math.max(1, rows - 20);
    const s = performance.now();
    chart.dispatchAction({ type: 'dataZoom', dataZoomIndex: 0, startValue: top, endValue: top + 19 });
    // ECharts draws a dispatched action at once: this is the main thread's share of one scroll step.
    scrollWork.push(performance.now() - s);
    await frame();
    scroll.push(performance.now() - s);
  }
  const filter: number[] = [];
  const departments = [...new Set(input.projects.flatMap((p) => p.departmentIds))];
  for (let i = 0; i < input.filterChanges; i++) {
    const s = performance.now();
    const next = battleMap({ projects: input.projects, filters: i % 2 ? {} : { departmentId: departments[i % departments.length] }, today: input.today, text });
    chart.setOption(next.option, { notMerge: true });
    await frame();
    filter.push(performance.now() - s);
  }
  chart.dispose();
  return { firstDraw, scroll, scrollWork, filter, rows, bars: map.bars.length };
}

(window as unknown as { runBattleMapBench: typeof run }).runBattleMapBench = run;
