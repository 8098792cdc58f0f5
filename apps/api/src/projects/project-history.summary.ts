import type { Label } from '@parkflow/domain';

/*
 * The one-line summaries of the history rows, zh-CN and English, written when the change is made
 * (what was true then stays readable, whatever the project becomes).
 */

export const historySummary = {
  created: (code: string, name: string): Label => ({ zh: `创建项目 ${code}“${name}”`, en: `Created project ${code} "${name}"` }),
  edited: (fields: readonly string[]): Label => ({ zh: `修改：${fields.join('、')}`, en: `Edited: ${fields.join(', ')}` }),
  replanned: (from: string, to: string, moved: number): Label => ({
    zh: `重新倒排工期：目标日期 ${from} → ${to}，${moved} 个节点调整`,
    en: `Re-planned: target ${from} → ${to}, ${moved} node(s) moved`,
  }),
  baselineFrozen: (target: string): Label => ({ zh: `冻结基线（目标日期 ${target}）`, en: `Froze the baseline (target ${target})` }),
  nodeCompleted: (name: Label, on: string): Label => ({ zh: `节点“${name.zh}”于 ${on} 完成`, en: `Node "${name.en}" finished on ${on}` }),
  archived: (): Label => ({ zh: '项目归档', en: 'Archived the project' }),
  problemRaised: (code: string, title: string): Label => ({ zh: `提出问题 ${code}：${title}`, en: `Raised problem ${code}: ${title}` }),
};
