import { expect, test, type Page } from '@playwright/test';
import { apiGet, choose, logIn, openAction, pick, userPage } from './support/e2e-helpers';

/**
 * 重点项目 in the browser: a project created from its type's template, on the battle map (挂图作战),
 * its progress reported with a photo, and a problem (问题清单) raised from one of its nodes and
 * followed through the four stages by the handler, the dispatcher and the leader.
 */

/** A Beijing day `days` after today, computed apart from the app. */
function beijingDay(days = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + days * 86_400_000));
}

// A 1 × 1 PNG: a real image, which the api decodes to make its thumbnail.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

interface ProjectList {
  items: { id: string; name: string; nodes: { key: string; name: { zh: string } }[] }[];
}

/** Creates a new-type project through the form and returns its page's URL. */
async function createProject(page: Page, name: string): Promise<string> {
  await page.getByRole('navigation').getByRole('link', { name: '重点项目' }).click();
  await page.getByRole('button', { name: '新建项目' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '新建重点项目' })).toBeVisible();
  await page.getByLabel('项目名称').fill(name);
  await page.getByLabel('投资主体（企业）').fill('华光冷链物流有限公司');
  await page.getByLabel('总投资（万元）').fill('32000');
  await pick(page, '新建');
  // The type's template names its nodes before the project exists.
  await expect(page.getByText(/新建项目的节点：立项备案 → /)).toBeVisible();
  await choose(page, '当前阶段', '手续办理');
  await page.getByRole('textbox', { name: '计划开工' }).fill(beijingDay(0));
  // Far too early targets first: refused beside the production target, naming the node and the earliest target that fits.
  await page.getByRole('textbox', { name: '计划竣工' }).fill(beijingDay(5));
  await page.getByRole('textbox', { name: '计划投产' }).fill(beijingDay(5));
  await choose(page, '首席服务官', '孙磊');
  await page.getByRole('button', { name: '创建项目' }).click();
  const production = page.getByRole('textbox', { name: '计划投产' });
  await expect(page.getByText(/目标日期过早：节点“.+”还差 \d+ 个工作日，最早可行的目标日期为 \d{4}-\d{2}-\d{2}/)).toBeVisible();
  await expect(page).toHaveURL(/\/projects\/new$/);
  await expect(production).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('textbox', { name: '计划竣工' }).fill(beijingDay(3 * 365));
  await production.fill(beijingDay(3 * 365 + 60));
  await page.getByRole('button', { name: '创建项目' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return page.url();
}

test('a key project from its template, on the battle map, with progress and a photo, and a problem closed through the four stages', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const name = `冷链物流园 e2e-${Date.now()}`;

  // 1. The dispatcher creates it; the template's nodes are scheduled backwards from the target.
  await logIn(page, 'dispatcher');
  const projectUrl = await createProject(page, name);
  const nodes = page.getByRole('table').filter({ hasText: '立项备案' }).first();
  for (const node of ['立项备案', '施工许可', '开工', '投产']) await expect(nodes.getByText(node, { exact: true }).first()).toBeVisible();
  await expect(page.getByText('孙磊（包保干部）')).toBeVisible();

  // 2. It is on the battle map, with the leaders' figure above, and it stays there under its own phase's filter only.
  await page.getByRole('navigation').getByRole('link', { name: '挂图作战' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '挂图作战' })).toBeVisible();
  await expect(page.getByTestId('figure-started-by')).toContainText(/年新建项目 6 月 30 日前开工/);
  await expect(page.getByTestId('battle-map')).toBeVisible();
  await expect(page.getByTestId('battle-map-rows').getByRole('link', { name: new RegExp(name) })).toBeAttached();
  await choose(page, '阶段', '手续办理');
  await expect(page).toHaveURL(/phase=permits/);
  await expect(page.getByTestId('battle-map-rows').getByRole('link', { name: new RegExp(name) })).toBeAttached();
  await choose(page, '阶段', '投产');
  await expect(page).toHaveURL(/phase=production/);
  await expect(page.getByTestId('battle-map-rows').getByRole('link', { name: new RegExp(name) })).toHaveCount(0);

  // Its permits are on the 序时清单, in date order, each linking back to the project.
  await page.goto('/projects/permits?view=date');
  await expect(page.getByRole('heading', { level: 1, name: '手续清单' })).toBeVisible();
  const permitRows = page.getByRole('row').filter({ has: page.getByRole('link', { name }) });
  await expect(permitRows.filter({ hasText: '施工许可' })).toHaveCount(1);
  const dues = await permitRows.locator('td:first-child').allInnerTexts();
  expect(dues.length).toBeGreaterThan(1);
  expect([...dues].sort()).toEqual(dues);

  // 3. Progress with a photo; a fall without a reason is refused beside the reason, first.
  await page.goto(projectUrl);
  const actions = page.getByRole('region', { name: '项目操作' });
  await actions.getByRole('button', { name: '上报形象进度' }).click();
  let dialog = page.getByRole('dialog', { name: '上报形象进度' });
  await dialog.getByLabel('形象进度（%）').fill('35');
  await dialog.getByLabel('进展说明').fill('场地平整完成，临时道路贯通。');
  await dialog.locator('input[type=file]').setInputFiles({ name: 'site.png', mimeType: 'image/png', buffer: PNG });
  await dialog.getByRole('button', { name: '提交' }).click();
  await expect(dialog).toBeHidden();
  const report = page.getByTestId('progress-report').first();
  await expect(report).toContainText('场地平整完成');
  await expect(report.getByRole('img', { name: 'site.png' })).toBeVisible();
  await actions.getByRole('button', { name: '上报形象进度' }).click();
  dialog = page.getByRole('dialog', { name: '上报形象进度' });
  await dialog.getByLabel('形象进度（%）').fill('20');
  await dialog.getByLabel('进展说明').fill('复测后下调。');
  await dialog.getByRole('button', { name: '提交' }).click();
  await expect(dialog.getByText(/形象进度由 35% 降至 20%，须填写原因/)).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();

  // 4. A problem raised from the 施工许可 node: the register page opens on a project task with project and node filled in.
  const project = (await apiGet<ProjectList>(page, '/api/projects')).items.find((p) => p.name === name)!;
  await page.getByRole('link', { name: '提出问题 施工许可' }).click();
  await expect(page).toHaveURL(/kind=project_task/);
  await expect(page).toHaveURL(new RegExp(`projectId=${project.id}`));
  await expect(page.getByRole('radio', { name: '项目任务', exact: true })).toBeChecked();
  await expect(page.getByRole('combobox', { name: '所属项目' }).locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')).toContainText(name);
  await expect(page.getByRole('combobox', { name: '相关节点' }).locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')).toContainText('施工许可');
  const title = `施工用电接入未落实 e2e-${Date.now()}`;
  await page.getByLabel('标题').fill(title);
  await page.getByLabel('问题描述').fill('项目施工临时用电需新建 10kV 线路，供电方案未批复。');
  await choose(page, '来源渠道', '来访');
  await choose(page, '问题类别', '水电气汽');
  await page.getByRole('button', { name: '提交登记' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const itemUrl = page.url();
  // The worker routes it by its category to 公用事业服务中心.
  await expect(page.getByRole('region', { name: '办理记录' }).getByText('已按规则交办至 公用事业服务中心')).toBeVisible({ timeout: 30_000 });
  // The project lists it among its open problems.
  await page.goto(projectUrl);
  const problem = page.getByRole('row').filter({ hasText: title });
  await expect(problem).toContainText('施工许可');
  await expect(problem.getByRole('link', { name: /^XR-/ })).toHaveAttribute('href', new URL(itemUrl).pathname);

  // 5. The handler signs for it and answers; the dispatcher records the feedback; the leader approves the closure.
  const handler = await userPage(browser, 'handler');
  await handler.page.goto(itemUrl);
  dialog = await openAction(handler.page, '签收');
  await dialog.getByRole('button', { name: '提交' }).click();
  await expect(dialog).toBeHidden();
  dialog = await openAction(handler.page, '答复');
  await dialog.getByLabel('答复内容').fill('已协调供电公司批复临时用电方案，线路本月底前接通。');
  await dialog.getByRole('button', { name: '提交' }).click();
  await expect(dialog).toBeHidden();
  await expect(handler.page.getByText('待回访').first()).toBeVisible();
  await handler.context.close();

  await page.goto(itemUrl);
  dialog = await openAction(page, '回访');
  await pick(page, '满意', dialog);
  await dialog.getByRole('button', { name: '提交' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('待办结审批').first()).toBeVisible();

  const leader = await userPage(browser, 'leader');
  await leader.page.goto(itemUrl);
  dialog = await openAction(leader.page, '批准办结');
  await dialog.getByRole('button', { name: '提交' }).click();
  await expect(dialog).toBeHidden();
  await expect(leader.page.getByText('已办结').first()).toBeVisible();
  const timeline = leader.page.getByRole('region', { name: '办理记录' });
  for (const step of ['登记', '签收', '答复', '回访', '批准办结']) await expect(timeline.getByText(step, { exact: true })).toBeVisible();
  await leader.context.close();

  // Closed, it leaves the project's open problems.
  await page.goto(projectUrl);
  await expect(page.getByRole('row').filter({ hasText: title })).toHaveCount(0);
});

test('an admin edits a node template: a cycle is named and cannot be saved; a fixed template is saved for new projects', async ({ page }) => {
  await logIn(page, 'admin');
  await page.getByRole('navigation').getByRole('link', { name: '节点模板' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '节点模板' })).toBeVisible();
  await page.getByRole('tab', { name: '签约' }).click();
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  const count = await rows.count();
  expect(count).toBeGreaterThan(1);
  // The first node after the last one: a cycle, named, and the save button stays off.
  const lastName = await rows.nth(count - 1).getByLabel('名称（中文）').inputValue();
  await rows.first().getByLabel('前置节点').click();
  await page.keyboard.type(lastName);
  await page.locator('.ant-select-item-option', { hasText: lastName }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alert')).toContainText('→');
  await expect(page.getByRole('button', { name: '保存模板' })).toBeDisabled();
  // Taken back, and the first node made a day longer: saved.
  await rows.first().locator('.ant-select-selection-item-remove').last().click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  const days = rows.first().getByLabel('工期（工作日）');
  const before = Number(await days.inputValue());
  await days.fill(String(before + 1));
  await page.getByRole('button', { name: '保存模板' }).click();
  await expect(page.getByText('模板已保存')).toBeVisible();
  const templates = await apiGet<{ templates: { type: string; nodes: { durationDays: number }[]; isDefault: boolean }[] }>(page, '/api/project-templates');
  const signed = templates.templates.find((x) => x.type === 'signed')!;
  expect(signed.isDefault).toBe(false);
  expect(signed.nodes[0]!.durationDays).toBe(before + 1);
});
