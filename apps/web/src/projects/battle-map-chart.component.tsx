import { CustomChart } from 'echarts/charts';
import { DataZoomInsideComponent, DataZoomSliderComponent, GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the Gantt draws: a custom series, its grid, tooltip, scrolling and the today line.
echarts.use([CustomChart, GridComponent, TooltipComponent, DataZoomInsideComponent, DataZoomSliderComponent, MarkLineComponent, CanvasRenderer]);

/**
 * The battle map's canvas: one ECharts instance, its option replaced (not merged) when it changes;
 * a click on a bar reports the bar's index (the 4th value of its data, which survives the
 * dataZoom's filtering).
 */
export function BattleMapChart({ option, height, label, onBarClick }: { option: echarts.EChartsCoreOption; height: number; label: string; onBarClick?: (bar: number) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clicked = useRef(onBarClick);
  clicked.current = onBarClick;
  useEffect(() => {
    if (!ref.current) return undefined;
    chart.current = echarts.init(ref.current);
    chart.current.on('click', (p) => {
      const value = (p as { value?: unknown }).value;
      if (Array.isArray(value) && typeof value[3] === 'number') clicked.current?.(value[3]);
    });
    const resize = () => chart.current?.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true, lazyUpdate: true });
  }, [option]);
  useEffect(() => {
    chart.current?.resize();
  }, [height]);
  return <div ref={ref} role="img" aria-label={label} data-testid="battle-map" style={{ width: '100%', height }} />;
}
