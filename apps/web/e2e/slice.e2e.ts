import { expect, test } from '@playwright/test';
import { apiGet, choose, logIn, pick, shanghai } from './support/e2e-helpers';
import { PARK_KIND_CONFIG } from './support/park-config';

/** The first vertical slice: log in, register an appeal, watch the worker route it, find it, switch language. */

test('a dispatcher registers an appeal, the worker routes it, it is listed, and the UI speaks English', async ({ page }) => {
  // The api sends a strict Content-Security-Policy: the whole flow below must run without one violation.
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect)/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/login');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(response?.headers()['x-powered-by']).toBeUndefined();
  await logIn(page, 'dispatcher');
  await expect(page.getByText('受理交办员').first()).toBeVisible();
  const enterprises = await apiGet<{ id: string; name: string }[]>(page, '/api/enterprises');
  expect(enterprises.length).toBeGreaterThan(0);
  const enterprise = enterprises[0]!;
  const title = `园区东区供水中断 e2e-${Date.now()}`;

  await page.getByRole('navigation').getByRole('link', { name: '登记' }).click();
  await pick(page, '企业诉求');
  // The kind's time limits as the park set them (e2e/support/park-config.ts; built in: 5 working days to handle).
  const handle = PARK_KIND_CONFIG.appeal.stages.handle;
  await expect(page.getByText(`时限：交办 当日；办理 ${handle.amount} 个工作日（紧急 ${handle.urgentAmount} 个工作日）；反馈 3 个工作日；办结 2 个工作日`)).toBeVisible();
  await page.getByLabel('标题').fill(title);
  await page.getByLabel('问题描述').fill('企业座谈会上反映：东区管网检修后连续三天停水，影响生产。');
  await choose(page, '来源渠道', '企业座谈会');
  await choose(page, '问题类别', '水电气汽');
  await choose(page, '所属企业', enterprise.name);
  await page.getByRole('button', { name: '提交登记' }).click();

  await expect(page).toHaveURL(/\/work-items\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const timeline = page.getByRole('region', { name: '办理记录' });
  await expect(timeline.getByText('登记', { exact: true })).toBeVisible();
  // The worker runs the assign stage: the page keeps refreshing until its event shows.
  await expect(timeline.getByText('阶段任务已处理')).toBeVisible({ timeout: 30_000 });
  await expect(timeline.getByText(/已按规则交办至 \S+/)).toBeVisible();

  // Deadlines show in Beijing time although this browser runs in Europe/Berlin.
  const id = page.url().split('/').pop()!;
  const detail = await apiGet<{ item: { deadlines: { dueAt: string; metAt: string | null }[] } }>(page, `/api/work-items/${id}`);
  const open = detail.item.deadlines.find((d) => d.metAt === null);
  if (open) await expect(page.getByRole('region', { name: '各阶段时限' }).getByText(shanghai(open.dueAt)).first()).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: '我的待办' }).click();
  await page.getByRole('tab', { name: '全部' }).click();
  await expect(page).toHaveURL(/view=all/);
  const row = page.getByRole('row', { name: new RegExp(title) });
  await expect(row).toBeVisible();
  await expect(row.getByText('企业诉求')).toBeVisible();

  await pick(page, 'English');
  await expect(page.getByRole('tab', { name: 'All' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Current deadline' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Register' })).toBeVisible();
  await expect(row.getByText('Enterprise appeal')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  expect(violations).toEqual([]);
});

test('a registration with an empty title shows the error beside the title field', async ({ page }) => {
  await logIn(page, 'dispatcher');
  await page.getByRole('navigation').getByRole('link', { name: '登记' }).click();
  await pick(page, '企业诉求');
  await page.getByLabel('问题描述').fill('没有标题的事项');
  await choose(page, '来源渠道', '热线电话');
  await choose(page, '问题类别', '水电气汽');
  await page.getByRole('button', { name: '提交登记' }).click();

  const titleField = page.getByLabel('标题');
  await expect(titleField).toHaveAttribute('aria-invalid', 'true');
  await expect(titleField).toHaveAccessibleDescription('必填');
  await expect(page.getByLabel('问题描述')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/work-items\/new$/);

  // Typing a title clears its message; the API then refuses an appeal without its enterprise (400, per field).
  await titleField.fill('缺少企业的诉求');
  await expect(titleField).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: '提交登记' }).click();
  const enterpriseField = page.getByRole('combobox', { name: '所属企业' });
  await expect(enterpriseField).toHaveAttribute('aria-invalid', 'true');
  await expect(enterpriseField).toHaveAccessibleDescription(/\S/);
  await expect(page).toHaveURL(/\/work-items\/new$/);
});

test('a wrong password is refused on the login page', async ({ page }) => {
  await page.goto('/work-items');
  await expect(page).toHaveURL(/\/login$/);
  await page.getByLabel('用户名').fill('dispatcher');
  await page.getByLabel('密码').fill('not-the-password');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toContainText('用户名或密码错误');
});

test('an expired or forged session sends the user back to the login page, and no token is in reach of scripts', async ({ page }) => {
  await logIn(page, 'dispatcher');
  // The session cookie is HttpOnly: the page's scripts see only the CSRF cookie, and nothing in storage.
  expect(await page.evaluate(() => document.cookie)).not.toContain('parkflow_session');
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toMatch(/token/i);
  const cookies = await page.context().cookies();
  const sessionCookie = cookies.find((c) => c.name === 'parkflow_session')!;
  expect(sessionCookie.httpOnly).toBe(true);
  await page.context().addCookies([{ ...sessionCookie, value: 'forged-token' }]);
  await page.goto('/work-items?view=all');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByLabel('用户名')).toBeVisible();
  expect(await page.evaluate(() => document.cookie)).not.toContain('parkflow_csrf');
});


test('kinds the definition check refuses show what is wrong, not a blank page', async ({ page }) => {
  // A /meta answer whose appeal replies into a status it does not have (as from a mismatched api).
  await page.route('**/api/meta', async (route) => {
    const response = await route.fetch();
    const meta = (await response.json()) as { kinds: { id: string; actions: Record<string, { to?: unknown }> }[] };
    meta.kinds.find((kind) => kind.id === 'appeal')!.actions.reply!.to = { stage: 'feedback', status: 'nowhere' };
    await route.fulfill({ response, json: meta });
  });
  await page.goto('/login');
  await expect(page.getByText('事项类型配置有误')).toBeVisible();
  await expect(page.getByRole('list', { name: '配置问题' })).toContainText('appeal.actions.reply leads to status "nowhere"');
  await expect(page.getByLabel('用户名')).toHaveCount(0);
});
