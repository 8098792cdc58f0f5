import { enProjects } from './en-projects.messages';
import { i18n } from './i18n';
import { zhCNProjects } from './zh-cn-projects.messages';

/*
 * The key-project texts, added to the catalogues when a project page's chunk loads (each page
 * imports this module): they never ship with the queue, whose bundle must not grow. Both
 * languages at once, so a language switch on a project page has its words.
 */
i18n.addResourceBundle('zh-CN', 'translation', zhCNProjects, true, false);
i18n.addResourceBundle('en', 'translation', enProjects, true, false);
