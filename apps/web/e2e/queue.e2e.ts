import { expect, test } from '@playwright/test';
import { apiGet, choose, logIn } from './support/e2e-helpers';

/** The queues: SLA colours and filters kept in the URL, the dispatcher board's buckets, the department queue. */

test('the queue filters by SLA and kind, keeps them in the URL, and shows overdue items in red', async ({ page }) => {
  await logIn(page, 'dispatcher');
  await page.getByRole('tab', { name: '全部' }).click();
  await expect(page).toHaveURL(/view=all/);
  const table = page.getByRole('region', { name: '全部' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();

  // SLA filter: the demo seed has items overdue by months.
  await choose(page, '时效', '超期');
  await expect(page).toHaveURL(/sla=overdue/);
  const overdue = await apiGet<{ total: number }>(page, '/api/work-items?view=all&sla=overdue&pageSize=1');
  expect(overdue.total).toBeGreaterThan(0);
  const count = Math.min(overdue.total, 20);
  const rows = table.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(table).toHaveAttribute('aria-busy', 'false');
  await expect(rows).toHaveCount(count);
  await expect(page.getByText(`共 ${overdue.total} 件`)).toBeVisible();
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    await expect(row.getByText('超期', { exact: true })).toBeVisible();
    // The countdown says how long it is overdue, in working time or days.
    await expect(row.getByText(/^已超期/)).toBeVisible();
  }
  // The SLA colour: an overdue tag is drawn in the error colour, the countdown in red.
  const tagColor = await rows.first().getByText('超期', { exact: true }).evaluate((el) => getComputedStyle(el).color);
  expect(tagColor).toMatch(/^rgb\(2\d\d, [0-5]?\d, [0-5]?\d\)$/);

  // Kind filter narrows further; a reload keeps both.
  await choose(page, '类型', '信访件');
  await expect(page).toHaveURL(/kind=petition/);
  const petitions = await apiGet<{ total: number }>(page, '/api/work-items?view=all&sla=overdue&kind=petition&pageSize=1');
  await page.reload();
  await expect(page).toHaveURL(/sla=overdue/);
  await expect(table).toHaveAttribute('aria-busy', 'false');
  await expect(rows).toHaveCount(Math.min(petitions.total, 20));
  for (let i = 0; i < (await rows.count()); i++) await expect(rows.nth(i).getByRole('cell').nth(1)).toHaveText('信访件');
  await expect(page.getByRole('combobox', { name: '时效' })).toBeVisible();

  // Sorting is in the URL too; clearing the filters empties it of them.
  await choose(page, '排序', '最新登记在前');
  await expect(page).toHaveURL(/sort=created_at\.desc/);
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page).not.toHaveURL(/sla=|kind=/);
  await expect(page).toHaveURL(/sort=created_at\.desc/);

  // Paging is in the URL as well, and survives a reload.
  const all = await apiGet<{ total: number }>(page, '/api/work-items?view=all&pageSize=1');
  test.skip(all.total <= 10, 'needs more than one page of items');
  await page.goto('/work-items?view=all&pageSize=10');
  await page.getByTitle('下一页').click();
  await expect(page).toHaveURL(/page=2/);
  await page.reload();
  await expect(page).toHaveURL(/page=2/);
  await expect(table).toHaveAttribute('aria-busy', 'false');
  await expect(rows).toHaveCount(Math.min(all.total - 10, 10));
});

test('the dispatcher board shows its buckets with counts, in the URL', async ({ page }) => {
  await logIn(page, 'dispatcher');
  await page.getByRole('navigation').getByRole('link', { name: '指挥调度' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '指挥调度' })).toBeVisible();
  for (const bucket of ['待交办', '被退回', '已超期', '督办中', '问题不过夜']) await expect(page.getByRole('radio', { name: new RegExp(bucket) })).toBeAttached();
  const overdue = page.getByRole('radio', { name: /已超期/ });
  await overdue.locator('xpath=ancestor::label[1]').click();
  await expect(overdue).toBeChecked();
  await expect(page).toHaveURL(/bucket=overdue/);
  const table = page.getByRole('region', { name: '已超期' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await expect(table.getByText(/^已超期/).first()).toBeVisible();
});

test('a department head has the department queue', async ({ page }) => {
  await logIn(page, 'head');
  await page.getByRole('navigation').getByRole('link', { name: '部门事项' }).click();
  await expect(page).toHaveURL(/view=department/);
  await expect(page.getByRole('heading', { level: 1, name: '部门事项' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: '部门事项' })).toHaveAttribute('aria-current', 'page');
  const rows = page.getByRole('region', { name: '部门事项' }).getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(rows.first()).toBeVisible();
  for (let i = 0; i < (await rows.count()); i++) await expect(rows.nth(i).getByRole('cell').nth(6)).toHaveText('公用事业服务中心');
});
