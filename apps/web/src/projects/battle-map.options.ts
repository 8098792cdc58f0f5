import type { Label, Rag } from '@parkflow/domain';
import type { BattleMapFilters } from './battle-map.filters';
import { matchesFilters } from './battle-map.filters';
import type { ProjectNodeView, ProjectSummary } from '@parkflow/contracts';

/*
 * 挂图作战: the ECharts option of the battle map, pure, so its rows, colours and today line are
 * tested without a canvas. Every project is a row of the category y axis; every node a bar of one
 * custom series from its planned start to its planned finish (whole Beijing days, drawn on a UTC
 * time axis so the browser's time zone never moves a day), coloured by the status the api
 * computed in the domain. The data is one flat numeric array `[row, start, end, bar]` for the
 * whole map (300 projects × 10 nodes = 3,000 entries, no object per node in React); the bar index
 * points into `bars` for what the renderer and the tooltip need. The y axis scrolls through a
 * dataZoom window of `visibleRows`, which also filters what is drawn to the rows in view.
 */

export const RAG_COLORS: Readonly<Record<Rag, string>> = { red: '#cf1322', amber: '#d48806', green: '#389e0d' };
const BASELINE_COLOR = 'rgba(0, 0, 0, 0.18)';
const ACTUAL_FINISH_COLOR = '#1f1f1f';
const TODAY_COLOR = '#1677ff';
const DAY_MS = 86_400_000;
/** Rows in the window before the map scrolls. */
export const DEFAULT_VISIBLE_ROWS = 20;
export const ROW_HEIGHT_PX = 28;

export interface BattleMapText {
  today: string;
  planned: string;
  baseline: string;
  actual: string;
  status: string;
  none: string;
  /** A domain label in the UI language. */
  label: (label: Label) => string;
}

/** One node's bar, in the order of the series' data. */
export interface GanttBar {
  row: number;
  projectId: string;
  projectName: string;
  node: ProjectNodeView;
  start: number;
  /** The end of the planned finish day (exclusive), so a one-day node has a day's width. */
  end: number;
  baselineStart: number | null;
  baselineEnd: number | null;
  actualFinishEnd: number | null;
}

/** 'YYYY-MM-DD' → the UTC midnight of that day in ms (the axis is drawn in UTC: days stay days). */
export function dayMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export function ganttBars(projects: readonly ProjectSummary[]): GanttBar[] {
  const bars: GanttBar[] = [];
  projects.forEach((project, row) => {
    for (const node of project.nodes) {
      const hasBaseline = node.baselineStart !== null && node.baselineFinish !== null;
      bars.push({
        row,
        projectId: project.id,
        projectName: project.name,
        node,
        start: dayMs(node.plannedStart),
        end: dayMs(node.plannedFinish) + DAY_MS,
        baselineStart: hasBaseline ? dayMs(node.baselineStart as string) : null,
        baselineEnd: hasBaseline ? dayMs(node.baselineFinish as string) + DAY_MS : null,
        actualFinishEnd: node.actualFinish === null ? null : dayMs(node.actualFinish) + DAY_MS,
      });
    }
  });
  return bars;
}

/** The x range: every bar, baseline and actual finish, and today, with a week either side. */
export function timeExtent(bars: readonly GanttBar[], today: string): [number, number] {
  let min = dayMs(today);
  let max = min + DAY_MS;
  for (const bar of bars) {
    for (const value of [bar.start, bar.baselineStart, bar.actualFinishEnd]) if (value !== null && value < min) min = value;
    for (const value of [bar.end, bar.baselineEnd, bar.actualFinishEnd]) if (value !== null && value > max) max = value;
  }
  return [min - 7 * DAY_MS, max + 7 * DAY_MS];
}

/** The shapes a bar draws; a structural subset of ECharts' custom series API, so it is testable. */
export interface RenderApi {
  value(dimension: number): number;
  coord(point: [number, number]): number[];
  size(point: [number, number]): number[] | number;
}

interface RectChild {
  type: 'rect';
  shape: { x: number; y: number; width: number; height: number };
  style: { fill: string };
  silent?: boolean;
}

/** The renderer of the custom series: a ghost baseline bar behind, the plan bar in its colour, a dark tick at the actual finish. */
export function renderBar(bars: readonly GanttBar[]) {
  return (_params: unknown, api: RenderApi) => {
    const bar = bars[api.value(3)];
    if (!bar) return null;
    const [x0 = 0, y = 0] = api.coord([bar.start, bar.row]);
    const [x1 = 0] = api.coord([bar.end, bar.row]);
    const size = api.size([0, 1]);
    const band = Array.isArray(size) ? (size[1] ?? ROW_HEIGHT_PX) : size;
    const height = Math.max(4, band * 0.5);
    const children: RectChild[] = [];
    if (bar.baselineStart !== null && bar.baselineEnd !== null) {
      const [b0 = 0] = api.coord([bar.baselineStart, bar.row]);
      const [b1 = 0] = api.coord([bar.baselineEnd, bar.row]);
      children.push({ type: 'rect', shape: { x: b0, y: y + height / 2, width: Math.max(1, b1 - b0), height: Math.max(2, band * 0.12) }, style: { fill: BASELINE_COLOR }, silent: true });
    }
    children.push({ type: 'rect', shape: { x: x0, y: y - height / 2, width: Math.max(2, x1 - x0 - 1), height }, style: { fill: RAG_COLORS[bar.node.status] } });
    if (bar.actualFinishEnd !== null) {
      const [a = 0] = api.coord([bar.actualFinishEnd, bar.row]);
      children.push({ type: 'rect', shape: { x: a - 2, y: y - height / 2 - 3, width: 3, height: height + 6 }, style: { fill: ACTUAL_FINISH_COLOR } });
    }
    return { type: 'group' as const, children };
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The tooltip of a bar; project and node names are typed by people, so they are escaped. */
export function barTooltip(bar: GanttBar, text: BattleMapText): string {
  const { node } = bar;
  const span = (from: string | null, to: string | null) => (from && to ? `${from} ~ ${to}` : text.none);
  const dot = `<span style="display:inline-block;width:8px;height:8px;border-radius:4px;background:${RAG_COLORS[node.status]}"></span>`;
  return [
    `<b>${escapeHtml(bar.projectName)}</b>`,
    `${escapeHtml(text.label(node.name))}`,
    `${text.planned}: ${span(node.plannedStart, node.plannedFinish)}`,
    `${text.baseline}: ${span(node.baselineStart, node.baselineFinish)}`,
    `${text.actual}: ${node.actualFinish ?? text.none}`,
    `${text.status}: ${dot} ${escapeHtml(text.label(node.statusReason))}`,
  ].join('<br/>');
}

export interface BattleMapInput {
  projects: readonly ProjectSummary[];
  filters: BattleMapFilters;
  /** Today's Beijing day, 'YYYY-MM-DD'. */
  today: string;
  text: BattleMapText;
  visibleRows?: number;
}

/** The projects on the map: those the filters let through (the list may still be the previous filters' while the new one loads). */
export function mapProjects(projects: readonly ProjectSummary[], filters: BattleMapFilters): ProjectSummary[] {
  return projects.filter((project) => !project.archived && matchesFilters(project, filters));
}

/** The map's option, with its rows and bars (a click's `value[3]` is a bar's index). */
export function battleMap(input: BattleMapInput) {
  const rows = mapProjects(input.projects, input.filters);
  const bars = ganttBars(rows);
  return { rows, bars, option: battleMapOption(rows, bars, input) };
}

function battleMapOption(rows: readonly ProjectSummary[], bars: readonly GanttBar[], { today, text, visibleRows = DEFAULT_VISIBLE_ROWS }: BattleMapInput) {
  const [min, max] = timeExtent(bars, today);
  const window = Math.max(1, Math.min(visibleRows, rows.length));
  const scrolls = rows.length > visibleRows;
  return {
    // Days are UTC midnights: the axis labels must not shift them into the browser's time zone.
    useUTC: true,
    animation: false,
    grid: { left: 200, right: scrolls ? 48 : 24, top: 16, bottom: 56, containLabel: false },
    tooltip: {
      trigger: 'item' as const,
      confine: true,
      formatter: (params: { value?: unknown }) => {
        const index = Array.isArray(params.value) ? Number(params.value[3]) : -1;
        const bar = bars[index];
        return bar ? barTooltip(bar, text) : '';
      },
    },
    xAxis: { type: 'time' as const, min, max, position: 'top' as const, splitLine: { show: true, lineStyle: { color: '#f0f0f0' } }, axisLabel: { hideOverlap: true } },
    yAxis: {
      type: 'category' as const,
      inverse: true,
      data: rows.map((p) => p.name),
      axisTick: { show: false },
      axisLabel: {
        width: 180,
        overflow: 'truncate' as const,
        // The project's own status as a dot before its name.
        formatter: (name: string, index: number) => `{${rows[index]?.status ?? 'green'}|●} ${name}`,
        rich: { red: { color: RAG_COLORS.red }, amber: { color: RAG_COLORS.amber }, green: { color: RAG_COLORS.green } },
      },
    },
    dataZoom: [
      { type: 'slider' as const, yAxisIndex: 0, show: scrolls, right: 8, width: 16, startValue: 0, endValue: window - 1, filterMode: 'weakFilter' as const, showDetail: false, brushSelect: false },
      { type: 'inside' as const, yAxisIndex: 0, startValue: 0, endValue: window - 1, zoomOnMouseWheel: false, moveOnMouseWheel: true, moveOnMouseMove: false, filterMode: 'weakFilter' as const },
      { type: 'slider' as const, xAxisIndex: 0, bottom: 8, height: 18, filterMode: 'weakFilter' as const, labelFormatter: '' },
      { type: 'inside' as const, xAxisIndex: 0, zoomOnMouseWheel: 'ctrl' as const, moveOnMouseWheel: false, moveOnMouseMove: true, filterMode: 'weakFilter' as const },
    ],
    series: [
      {
        type: 'custom' as const,
        name: 'nodes',
        renderItem: renderBar(bars),
        encode: { x: [1, 2], y: 0 },
        clip: true,
        data: bars.map((bar, index) => [bar.row, bar.start, bar.end, index]),
        markLine: {
          silent: true,
          symbol: ['none', 'none'],
          lineStyle: { color: TODAY_COLOR, type: 'dashed' as const, width: 1.5 },
          label: { formatter: `${text.today} ${today}`, position: 'start' as const, color: TODAY_COLOR },
          data: [{ xAxis: dayMs(today) + DAY_MS / 2 }],
        },
      },
    ],
  };
}

/** The pixel height that shows `visibleRows` rows (or all of fewer). */
export function battleMapHeight(rowCount: number, visibleRows = DEFAULT_VISIBLE_ROWS): number {
  return Math.max(3, Math.min(rowCount, visibleRows)) * ROW_HEIGHT_PX + 16 + 56 + 24;
}
