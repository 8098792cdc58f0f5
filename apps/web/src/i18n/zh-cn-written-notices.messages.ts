/*
 * zh-CN texts of the written notices (告知书): the template admin page and an item's notices.
 * The notice names and placeholder labels themselves come from the domain's catalogues (zh + en).
 * No literal braces here: i18next would read them as interpolations, so `{{`, `}}` and example
 * placeholders are passed in as values (open, close, example, name).
 */
export const zhCNWrittenNotices = {
  noticeTemplates: {
    title: '告知书模板',
    intro: '各类事项的受理、不予受理、延期告知书和处理意见书的正文模板。未修改的模板使用系统默认文本；落款单位和日期由系统自动加在文末。',
    kind: '事项类型',
    type: '告知书',
    templateTitle: '标题',
    body: '正文',
    bodyHint: '每行为一段；用 {{example}} 这样的占位符插入事项信息，缺少的内容打印为空白横线，由经办人手工填写。',
    placeholders: '可用占位符',
    placeholdersHint: '点击插入到正文光标处',
    insert: '插入 {{name}}',
    isDefault: '默认模板',
    isCustom: '已修改',
    updatedAt: '最近修改：{{at}}',
    save: '保存',
    saved: '模板已保存',
    reset: '恢复默认',
    resetConfirm: '恢复为系统默认模板？本园区对此模板的修改将被删除。',
    resetDone: '已恢复默认模板',
    adminOnly: '只有系统管理员可以修改告知书模板',
    errors: {
      unknown_placeholder: '第 {{line}} 行第 {{column}} 列：未知占位符 {{name}}',
      unclosed_placeholder: '第 {{line}} 行第 {{column}} 列：“{{open}}”缺少对应的“{{close}}”',
      too_long: '内容过长：{{length}} 字，最多 {{max}} 字',
      empty: '不能为空',
    },
  },
  itemNotices: {
    title: '书面告知',
    download: '下载',
    downloading: '正在生成…',
    notYet: '尚未到此环节',
    sent: '已送达：{{date}}（{{channel}}）',
    sentOn: '已送达：{{date}}',
    notSent: '尚未送达',
    downloadFailed: '下载失败：{{reason}}',
    empty: '暂无书面告知',
  },
};
