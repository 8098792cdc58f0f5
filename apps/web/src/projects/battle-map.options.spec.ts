import { describe, expect, it } from 'vitest';
import { battleMap, battleMapHeight, barTooltip, dayMs, RAG_COLORS, renderBar, timeExtent, type BattleMapText, type RenderApi } from './battle-map.options';
import { aNode, aProject } from './project.fixture';

const TEXT: BattleMapText = { today: '今天', planned: '计划', baseline: '基线', actual: '实际完成', status: '状态', none: '—', label: (l) => l.zh };
const DAY = 86_400_000;
const TODAY = '2026-04-15';

const map = (projects = [aProject()], filters = {}) => battleMap({ projects, filters, today: TODAY, text: TEXT });

/** A render api whose coordinates are the values themselves, so shapes read back as dates and rows. */
const fakeApi = (value: number[]): RenderApi => ({ value: (d) => value[d] ?? NaN, coord: ([x, y]) => [x, y * 100], size: () => [0, 20] });

describe('the battle map (挂图作战)', () => {
  it('has one row per project, in the order given, and a bar per node from its planned start to the end of its planned finish day', () => {
    const projects = [
      aProject({ id: 'a', name: '食品产业园', nodes: [aNode({ key: 'approval' }), aNode({ key: 'land', plannedStart: '2026-03-09', plannedFinish: '2026-03-20' })] }),
      aProject({ id: 'b', name: '冷链物流', nodes: [aNode({ key: 'approval', plannedStart: '2026-05-04', plannedFinish: '2026-05-04' })] }),
    ];
    const { option, bars } = map(projects);
    expect(option.yAxis.data).toEqual(['食品产业园', '冷链物流']);
    expect(option.series[0]!.data).toEqual([
      [0, dayMs('2026-03-02'), dayMs('2026-03-07'), 0],
      [0, dayMs('2026-03-09'), dayMs('2026-03-21'), 1],
      [1, dayMs('2026-05-04'), dayMs('2026-05-05'), 2],
    ]);
    expect(bars.map((b) => `${b.projectId}/${b.node.key}`)).toEqual(['a/approval', 'a/land', 'b/approval']);
    // Days are UTC midnights on a UTC axis: no browser time zone can move them.
    expect(option.useUTC).toBe(true);
    expect(dayMs('2026-03-02')).toBe(Date.UTC(2026, 2, 2));
  });

  it('colours each bar by the status the api gave its node, and draws a ghost baseline and the actual finish when there are some', () => {
    const late = aNode({ key: 'late', status: 'red', baselineStart: '2026-02-23', baselineFinish: '2026-02-27', actualFinish: '2026-03-10' });
    const soon = aNode({ key: 'soon', status: 'amber' });
    const { bars } = map([aProject({ nodes: [late, soon, aNode({ key: 'fine' })] })]);
    const draw = renderBar(bars);
    const shapes = (index: number) => draw(null, fakeApi([0, 0, 0, index]))!.children;

    const [baseline, plan, actual] = shapes(0);
    expect(plan!.style.fill).toBe(RAG_COLORS.red);
    expect(baseline!.shape.x).toBe(dayMs('2026-02-23'));
    expect(baseline!.shape.width).toBe(dayMs('2026-02-28') - dayMs('2026-02-23'));
    expect(baseline!.style.fill).not.toBe(RAG_COLORS.red);
    expect(actual!.shape.x).toBe(dayMs('2026-03-11') - 2);

    expect(shapes(1).map((c) => c.style.fill)).toEqual([RAG_COLORS.amber]);
    expect(shapes(2).map((c) => c.style.fill)).toEqual([RAG_COLORS.green]);
    expect(new Set(Object.values(RAG_COLORS)).size).toBe(3);
  });

  it('marks today with a line in the middle of its day, and keeps today inside the axis even when every node is far from it', () => {
    const { option, bars } = map([aProject({ nodes: [aNode({ plannedStart: '2027-01-04', plannedFinish: '2027-01-08' })] })]);
    const line = option.series[0]!.markLine;
    expect(line.data).toEqual([{ xAxis: dayMs(TODAY) + DAY / 2 }]);
    expect(line.label.formatter).toBe('今天 2026-04-15');
    expect(option.xAxis.min).toBeLessThan(dayMs(TODAY));
    expect(option.xAxis.max).toBeGreaterThan(dayMs('2027-01-09'));
    expect(timeExtent(bars, TODAY)).toEqual([dayMs(TODAY) - 7 * DAY, dayMs('2027-01-09') + 7 * DAY]);
  });

  it('shows only the projects the filters let through, and never an archived one', () => {
    const projects = [
      aProject({ id: 'a', name: 'A', phase: 'permits', chiefOfficerId: 'u1', departmentIds: ['d1'] }),
      aProject({ id: 'b', name: 'B', phase: 'construction', chiefOfficerId: 'u2', departmentIds: [], nodes: [aNode({ departmentId: 'd1' })] }),
      aProject({ id: 'c', name: 'C', phase: 'construction', chiefOfficerId: 'u1', departmentIds: ['d2'] }),
      aProject({ id: 'd', name: 'D', archived: true }),
    ];
    const names = (filters: object) => map(projects, filters).option.yAxis.data;
    expect(names({})).toEqual(['A', 'B', 'C']);
    expect(names({ phase: 'construction' })).toEqual(['B', 'C']);
    expect(names({ chiefOfficerId: 'u1' })).toEqual(['A', 'C']);
    // A department the project involves, or one a node is assigned to.
    expect(names({ departmentId: 'd1' })).toEqual(['A', 'B']);
    expect(names({ phase: 'construction', departmentId: 'd1', chiefOfficerId: 'u2' })).toEqual(['B']);
    expect(map(projects, { phase: 'production' }).option.series[0]!.data).toEqual([]);
  });

  it('shows twenty rows and scrolls through the rest, drawing only the rows in view', () => {
    const projects = Array.from({ length: 300 }, (_, i) => aProject({ id: `p${i}`, name: `项目${i}`, nodes: Array.from({ length: 10 }, (_, n) => aNode({ key: `n${n}` })) }));
    const { option } = map(projects);
    expect(option.series[0]!.data).toHaveLength(3000);
    const [slider, inside] = option.dataZoom;
    expect(slider).toMatchObject({ yAxisIndex: 0, show: true, startValue: 0, endValue: 19, filterMode: 'weakFilter' });
    expect(inside).toMatchObject({ yAxisIndex: 0, moveOnMouseWheel: true, zoomOnMouseWheel: false });
    expect(battleMapHeight(300)).toBe(battleMapHeight(20));
    // A short list shows whole, without a scroll bar.
    expect(map([aProject()]).option.dataZoom[0]).toMatchObject({ show: false, endValue: 0 });
  });

  it('puts the project status before its name and escapes the names people typed in the tooltip', () => {
    const { option, bars } = map([aProject({ name: '<b>园</b>', status: 'amber', nodes: [aNode({ status: 'red', statusReason: { zh: '已超期', en: 'Overdue' } })] })]);
    expect(option.yAxis.axisLabel.formatter('园', 0)).toBe('{amber|●} 园');
    const tip = barTooltip(bars[0]!, TEXT);
    expect(tip).toContain('&#60;b&#62;园&#60;/b&#62;');
    expect(tip).toContain('计划: 2026-03-02 ~ 2026-03-06');
    expect(tip).toContain('基线: —');
    expect(tip).toContain('已超期');
    expect(option.tooltip.formatter({ value: [0, 0, 0, 0] })).toBe(tip);
  });
});
