import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Vendor groups, largest first; whatever is left of node_modules lands in `vendor`. ECharts (with
 * zrender) is a group of its own: only the lazy chart routes (statistics, the battle map) import
 * it, so it must not ride in `vendor`, which the queue loads. `scripts/bundle-report.mjs` shows
 * what the queue loads.
 */
const VENDOR_GROUPS = [
  { name: 'vendor-echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 50 },
  { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 40 },
  // Photo upload and preview only on the key-project pages: not in `vendor-antd` (which the queue loads), and below it, so the
  // antd internals they share with the rest stay there and only what is theirs alone lands in `vendor-antd-media`.
  { name: 'vendor-antd', test: /node_modules[\\/](antd(?![\\/](es|lib)[\\/](image|upload)[\\/])|@ant-design|@rc-component(?![\\/](image|upload)[\\/])|rc-[\w-]+|@emotion)[\\/]/, priority: 30 },
  { name: 'vendor-antd-media', test: /node_modules[\\/](antd[\\/](es|lib)[\\/](image|upload)|@rc-component[\\/](image|upload))[\\/]/, priority: 25 },
  { name: 'vendor-data', test: /node_modules[\\/](@tanstack|zod|i18next|react-i18next|dayjs)[\\/]/, priority: 20 },
  { name: 'vendor', test: /node_modules[\\/]/, priority: 10 },
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
