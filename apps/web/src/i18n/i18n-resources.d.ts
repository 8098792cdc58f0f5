import 'i18next';
import type { Messages } from './zh-cn.messages';
import type { zhCNProjects } from './zh-cn-projects.messages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The key-project texts load with their pages (projects-messages.loader.ts), not with the queue.
    resources: { translation: Messages & typeof zhCNProjects };
  }
}
