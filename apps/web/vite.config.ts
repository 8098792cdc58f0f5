import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Two vendor groups only. ECharts (with zrender) is one: only the lazy chart routes (statistics,
 * the battle map) import it. React is the other: it changes rarely, so browsers keep it cached
 * across releases. Everything else, antd included, is left to the bundler's own splitting, which
 * puts each module in the chunk of the routes that import it: grouping all of antd (or all of
 * node_modules) into one chunk made the queue download every component any page uses — 44 kB
 * more gzip than it needs (2026-12-04, docs/benchmarks.md). `scripts/bundle-report.mjs` shows
 * what the queue loads.
 */
const VENDOR_GROUPS = [
  { name: 'vendor-echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 50 },
  { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 40 },
];

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: true } },
  },
  preview: {
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: true } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    manifest: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: VENDOR_GROUPS },
      },
    },
  },
});
