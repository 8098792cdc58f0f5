import type { Label } from './label.js';

/** How an item reached the administration (domain.md: letter, visit, hotline, online, symposium, inspection). */
export const CHANNELS = {
  letter: { zh: '来信', en: 'Letter' },
  visit: { zh: '来访', en: 'Visit' },
  hotline: { zh: '热线电话', en: 'Hotline' },
  online: { zh: '网上信访', en: 'Online form' },
  symposium: { zh: '企业座谈会', en: 'Enterprise symposium' },
  inspection: { zh: '走访排查', en: 'Visit or inspection' },
} as const satisfies Record<string, Label>;
export type Channel = keyof typeof CHANNELS;
export const CHANNEL_IDS = Object.keys(CHANNELS) as Channel[];
