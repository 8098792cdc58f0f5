import { expect, test } from '@playwright/test';
import { horizontalOverflow, logIn, openAction, pick } from './support/e2e-helpers';

/** A 390 px phone (handlers work on site), the language switch, the calendar admin. */

test('the queue, an item and its action form fit a 390 px wide phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await logIn(page, 'dispatcher');
  await page.getByRole('tab', { name: '全部' }).click();
  const cards = page.getByRole('list', { name: '全部' }).getByRole('listitem');
  await expect(cards.first()).toBeVisible();
  await expect(cards.first().getByText(/剩余|已超期|已完成/)).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await expect(page.getByRole('button', { name: /^通知/ })).toBeVisible();
  await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();

  await cards.first().getByRole('link').click();
  await expect(page.getByRole('region', { name: '办理操作' })).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  const dialog = await openAction(page, '备注');
  await expect(dialog.getByLabel('备注内容')).toBeVisible();
  const box = await dialog.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
  await dialog.getByRole('button', { name: '取消' }).click();

  await page.getByRole('navigation').getByRole('link', { name: '登记' }).click();
  await expect(page.getByLabel('标题')).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.getByRole('navigation').getByRole('link', { name: '指挥调度' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '指挥调度' })).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});

test('the language switch turns the shell, the queue and antd itself into English and back', async ({ page }) => {
  await logIn(page, 'leader');
  await expect(page.getByRole('navigation').getByRole('link', { name: '领导审批' })).toBeVisible();
  await pick(page, 'English');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Approvals' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'My queue' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'SLA' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('navigation').getByRole('link', { name: 'Approvals' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Waiting for me/ })).toBeVisible();
  // The choice survives a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Approvals' })).toBeVisible();
  await pick(page, '中文');
  await expect(page.getByRole('heading', { level: 1, name: '领导审批' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('an administrator marks a day off and resets it; a provisional year is flagged', async ({ page }) => {
  await logIn(page, 'admin');
  await page.getByRole('navigation').getByRole('link', { name: '工作日历' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /工作日历/ })).toBeVisible();
  await page.goto('/admin/calendar?year=2031');
  await expect(page.getByRole('alert')).toContainText('2031 年放假安排尚未发布，暂按法定节假日计算');
  // The statute's fixed holidays stand in: National Day, 10-01..10-03.
  await expect(page.getByRole('button', { name: '2031-10-01，休息日 国庆节（法定节假日，暂定）' })).toBeVisible();
  // Monday 2031-03-03: a working day by default.
  const day = page.getByRole('button', { name: /^2031-03-03，工作日/ });
  await day.click();
  const dialog = page.getByRole('dialog', { name: '调整 2031-03-03' });
  await dialog.getByLabel('名称（可选）').fill('园区运动会');
  await dialog.getByRole('button', { name: '设为节假日' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: '2031-03-03，休息日 园区运动会（人工调整）' })).toBeVisible();
  await page.getByRole('button', { name: /^2031-03-03，/ }).click();
  await page.getByRole('dialog', { name: '调整 2031-03-03' }).getByRole('button', { name: '恢复默认' }).click();
  await expect(page.getByRole('button', { name: /^2031-03-03，工作日$/ })).toBeVisible();
});

const NOTICE_2032 = ['国务院办公厅关于2032年部分节假日安排的通知', '一、元旦：1月1日（周四）放假1天，不调休。', '六、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。'];

test('an administrator loads a year’s arrangement: a bad line is named, the preview shows the change, the save reaches the calendar', async ({ page }) => {
  await logIn(page, 'admin');
  await page.goto('/admin/calendar?year=2032');
  await page.getByRole('button', { name: '导入年度放假安排' }).click();
  const dialog = page.getByRole('dialog', { name: '导入年度放假安排' });
  // An impossible date: refused with its line, nothing saved.
  await dialog.getByLabel('安排内容').fill([NOTICE_2032[0], '一、元旦：1月32日（周四）放假1天，不调休。', NOTICE_2032[2]].join('\n'));
  await dialog.getByRole('button', { name: '预览' }).click();
  await expect(dialog.getByRole('alert')).toContainText('无法导入');
  await expect(dialog.getByRole('alert')).toContainText('第 2 行：');
  await expect(dialog.getByRole('button', { name: '保存并重新计算期限' })).toBeDisabled();

  await dialog.getByLabel('安排内容').fill(NOTICE_2032.join('\n'));
  await dialog.getByRole('button', { name: '预览' }).click();
  await expect(dialog.getByText('2032 年：8 个放假日，2 个调休上班日')).toBeVisible();
  await expect(dialog.getByText(/将重新计算 \d+ 个在办事项的期限/)).toBeVisible();
  await dialog.getByRole('button', { name: '保存并重新计算期限' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('list', { name: '已导入的年份' })).toContainText('2032 年 · 通知原文 · 8 个放假日 / 2 个调休上班日');
  // The provisional flag is gone, and Monday 4 October is a day off of the official arrangement.
  await expect(page.getByText('2032 年放假安排尚未发布')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^2032-10-04，休息日.*（法定）$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^2032-10-09，工作日.*（法定）$/ })).toBeVisible();
});

test('a handler cannot open the calendar admin', async ({ page }) => {
  await logIn(page, 'handler');
  await expect(page.getByRole('navigation').getByRole('link', { name: '工作日历' })).toHaveCount(0);
  await page.goto('/admin/calendar');
  await expect(page.getByText('您没有访问此页面的权限')).toBeVisible();
});
