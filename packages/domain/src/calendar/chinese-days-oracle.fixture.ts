import { createRequire } from 'node:module';
import type chineseDaysModule from 'chinese-days';

export type ChineseDays = typeof chineseDaysModule;

/**
 * chinese-days as a test oracle, read in Shanghai time. It builds its holiday tables at load
 * time with local-time getters (west of UTC every date is a day early), and the domain itself
 * already loaded it under the host's zone for its lunar tables. So the oracle is a fresh copy:
 * dropped from require's cache, evaluated again with TZ=Asia/Shanghai (which stays set for the
 * caller's tests, since its date functions read local time on every call too).
 */
export function loadChineseDaysInShanghai(): ChineseDays {
  process.env.TZ = 'Asia/Shanghai';
  const require = createRequire(import.meta.url);
  const path = require.resolve('chinese-days');
  const cached = require.cache[path];
  delete require.cache[path];
  try {
    const fresh = require(path) as ChineseDays & { default?: ChineseDays };
    return fresh.default ?? fresh;
  } finally {
    if (cached !== undefined) require.cache[path] = cached;
  }
}
