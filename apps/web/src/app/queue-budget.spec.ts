import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  KB,
  QUEUE_BUDGET_BYTES,
  QUEUE_GOAL_BYTES,
  QUEUE_ROUTE,
  checkQueueBudget,
  gzipSize,
  measureQueueRoute,
  type Manifest,
} from '../../scripts/queue-budget.mjs';

// Made-up gzip sizes per file, in bytes: the functions under test never touch the disk.
const SIZES: Record<string, number> = {
  'assets/index.js': 50 * KB,
  'assets/vendor-antd.js': 330 * KB,
  'assets/vendor-react.js': 80 * KB,
  'assets/shared.js': 4 * KB,
  'assets/work-item-list.page.js': 12 * KB,
  'assets/stats.page.js': 9 * KB,
  'assets/vendor-echarts.js': 220 * KB,
};
const sizeOf = (file: string) => {
  const size = SIZES[file];
  if (size === undefined) throw new Error(`no size for ${file}`);
  return size;
};

/** Today's shape: the queue page inside the entry; a lazy stats page with ECharts. */
const inlineManifest: Manifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_vendor-antd.js', '_vendor-react.js'], dynamicImports: ['src/stats/stats.page.tsx'], css: ['assets/index.css'] },
  // react imports antd back: a cycle must not loop or count twice.
  '_vendor-react.js': { file: 'assets/vendor-react.js', imports: ['_shared.js'] },
  '_vendor-antd.js': { file: 'assets/vendor-antd.js', imports: ['_vendor-react.js'], css: ['assets/vendor-antd.css'] },
  '_shared.js': { file: 'assets/shared.js', imports: ['_vendor-antd.js'] },
  'src/stats/stats.page.tsx': { file: 'assets/stats.page.js', src: 'src/stats/stats.page.tsx', isDynamicEntry: true, imports: ['_vendor-echarts.js', '_shared.js'] },
  '_vendor-echarts.js': { file: 'assets/vendor-echarts.js' },
  '_vendor-antd.css': { file: 'assets/vendor-antd.css', src: '_vendor-antd.css' },
};

/** The queue page split out as a lazy chunk of its own, sharing a chunk with the entry. */
const lazyQueueManifest: Manifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_vendor-react.js'], dynamicImports: [QUEUE_ROUTE, 'src/stats/stats.page.tsx'] },
  '_vendor-react.js': { file: 'assets/vendor-react.js', imports: ['_shared.js'] },
  '_shared.js': { file: 'assets/shared.js' },
  [QUEUE_ROUTE]: { file: 'assets/work-item-list.page.js', src: QUEUE_ROUTE, isDynamicEntry: true, imports: ['_vendor-antd.js', '_shared.js'] },
  '_vendor-antd.js': { file: 'assets/vendor-antd.js' },
  'src/stats/stats.page.tsx': { file: 'assets/stats.page.js', src: 'src/stats/stats.page.tsx', isDynamicEntry: true, imports: ['_vendor-echarts.js'] },
  '_vendor-echarts.js': { file: 'assets/vendor-echarts.js' },
};

describe('measureQueueRoute', () => {
  it('counts the entry and its static imports transitively, once each, and no lazy route, CSS or ECharts', () => {
    const measurement = measureQueueRoute(inlineManifest, sizeOf);
    expect(measurement.queueInline).toBe(true);
    expect(measurement.chunks.map((row) => row.file)).toEqual(['assets/vendor-antd.js', 'assets/vendor-react.js', 'assets/index.js', 'assets/shared.js']);
    expect(measurement.total).toBe((330 + 80 + 50 + 4) * KB);
  });

  it('adds the queue page chunk and its static imports when the page is split out, a chunk both share counted once', () => {
    const measurement = measureQueueRoute(lazyQueueManifest, sizeOf);
    expect(measurement.queueInline).toBe(false);
    expect(measurement.chunks.map((row) => row.file).sort()).toEqual(
      ['assets/index.js', 'assets/shared.js', 'assets/vendor-antd.js', 'assets/vendor-react.js', 'assets/work-item-list.page.js'].sort(),
    );
    expect(measurement.total).toBe((50 + 80 + 4 + 12 + 330) * KB);
  });

  it('sums a file once when two manifest keys name it', () => {
    const manifest: Manifest = {
      'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_a.js', '_b.js'] },
      '_a.js': { file: 'assets/shared.js' },
      '_b.js': { file: 'assets/shared.js' },
    };
    expect(measureQueueRoute(manifest, sizeOf).total).toBe((50 + 4) * KB);
  });

  it('refuses a manifest without an entry, or with an import it does not list', () => {
    expect(() => measureQueueRoute({ '_a.js': { file: 'assets/shared.js' } }, sizeOf)).toThrow(/no entry chunk/);
    const broken: Manifest = { 'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_gone.js'] } };
    expect(() => measureQueueRoute(broken, sizeOf)).toThrow(/no chunk _gone\.js/);
  });
});

describe('checkQueueBudget', () => {
  const measurement = measureQueueRoute(inlineManifest, sizeOf); // 464 kB

  it('passes at or under the budget and prints the one line with the budget and the goal', () => {
    const verdict = checkQueueBudget(measurement, 464 * KB, 200 * KB);
    expect(verdict.ok).toBe(true);
    expect(verdict.failure).toBeUndefined();
    expect(verdict.line).toBe('queue route: 464.0 kB gzip of JavaScript before interactive (budget 464 kB; goal 200 kB)');
  });

  it('fails once the budget is lowered below the measured size, naming the excess and the largest chunks', () => {
    const verdict = checkQueueBudget(measurement, 464 * KB - 1, 200 * KB);
    expect(verdict.ok).toBe(false);
    expect(verdict.largest.map((row) => row.file)[0]).toBe('assets/vendor-antd.js');
    expect(verdict.failure).toBe(
      'queue route: 0.0 kB (1 bytes) over the budget; largest chunks: vendor-antd.js 330.0 kB, vendor-react.js 80.0 kB, index.js 50.0 kB, shared.js 4.0 kB',
    );
    expect(checkQueueBudget(measurement, 400 * KB).failure).toMatch(/^queue route: 64\.0 kB \(65536 bytes\) over the budget/);
  });

  it('names at most five chunks', () => {
    const many = { total: 700 * KB, queueInline: true, chunks: Array.from({ length: 8 }, (_, i) => ({ file: `assets/c${i}.js`, gzip: (8 - i) * KB })) };
    expect(checkQueueBudget(many, 100 * KB).largest).toHaveLength(5);
  });

  // The goal is met (183.0 kB on 2026-12-04): the ratchet now keeps the queue under it, so a
  // budget raised above the goal fails here as well as in the review.
  it('keeps the ratchet at or under the goal, now that the queue meets it', () => {
    expect(QUEUE_GOAL_BYTES).toBe(200 * KB);
    expect(QUEUE_BUDGET_BYTES).toBeLessThanOrEqual(QUEUE_GOAL_BYTES);
    expect(QUEUE_BUDGET_BYTES).toBeGreaterThan(100 * KB);
  });
});

describe('gzipSize', () => {
  it('measures as the bundle report does: node:zlib at level 9', () => {
    const text = new TextEncoder().encode('const queue = "工单";\n'.repeat(500));
    expect(gzipSize(text)).toBe(gzipSync(text, { level: 9 }).length);
    expect(gzipSize(text)).toBeLessThan(text.length / 10);
  });
});
