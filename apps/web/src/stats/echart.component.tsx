import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only the charts the dashboard draws: echarts/core keeps the route chunk small.
echarts.use([BarChart, HeatmapChart, LineChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

/** A click on a point, a bar or a cell: which series and which of its data. */
export interface ChartClick {
  seriesIndex: number;
  dataIndex: number;
}

/** One ECharts instance on a div, re-drawn when the option changes, resized with the window; a click on data goes to `onClick` (穿透). */
export function EChart({ option, height = 300, label, onClick }: { option: echarts.EChartsCoreOption; height?: number; label: string; onClick?: (click: ChartClick) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  // The latest handler, read at click time: the chart is made once, the handler changes with the data.
  const clicked = useRef(onClick);
  clicked.current = onClick;
  useEffect(() => {
    if (!ref.current) return undefined;
    chart.current = echarts.init(ref.current);
    chart.current.on('click', (p) => {
      if (typeof p.seriesIndex === 'number' && typeof p.dataIndex === 'number') clicked.current?.({ seriesIndex: p.seriesIndex, dataIndex: p.dataIndex });
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
    chart.current?.setOption(option, true);
  }, [option]);
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
