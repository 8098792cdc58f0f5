import { expect, test } from '@playwright/test';
import { choose, logIn, openAction, pick, userPage } from './support/e2e-helpers';

/**
 * A petition's whole life in the browser, each person logged in on their own: the dispatcher
 * registers it, the worker routes it to 公用事业服务中心, the handler there signs for it and
 * replies, the dispatcher's bell rings live, the dispatcher records the feedback, the leader
 * approves the closure from the approvals page, and it shows closed.
 */
test('a petition goes from registration to closure across dispatcher, handler and leader', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const title = `夜间供水压力不足 e2e-${Date.now()}`;

  // Dispatcher registers the petition, with the petitioner's phone.
  await logIn(page, 'dispatcher');
  await page.getByRole('navigation').getByRole('link', { name: '登记' }).click();
  await pick(page, '信访件');
  await page.getByLabel('标题').fill(title);
  await page.getByLabel('问题描述').fill('来访人反映小区夜间供水压力不足，高层住户无法正常用水。');
  await choose(page, '来源渠道', '来访');
  await choose(page, '问题类别', '水电气汽');
  await page.getByLabel('信访人姓名').fill('陈女士');
  await page.getByLabel('联系电话').fill('13812345678');
  await page.getByRole('button', { name: '提交登记' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const itemUrl = page.url();

  // The phone is shown masked after saving; the dispatcher may reveal it.
  const basics = page.getByRole('region', { name: '基本信息' });
  await expect(basics.getByText('138****5678')).toBeVisible();
  await expect(basics.getByText('13812345678')).toHaveCount(0);
  await basics.getByRole('button', { name: '显示完整信息' }).click();
  await expect(basics.getByText('13812345678')).toBeVisible();

  // The worker routes it by its category.
  const timeline = page.getByRole('region', { name: '办理记录' });
  await expect(timeline.getByText('已按规则交办至 公用事业服务中心')).toBeVisible({ timeout: 30_000 });

  // The dispatcher waits on the queue; the bell shows what is unread now.
  await page.getByRole('navigation').getByRole('link', { name: '我的待办' }).click();
  const bell = page.getByRole('button', { name: /^通知/ });
  await expect(bell).toBeVisible();
  const unread = async () => Number((await bell.getAttribute('aria-label'))?.match(/(\d+) 条未读/)?.[1] ?? 0);
  await page.waitForLoadState('networkidle');
  const unreadBefore = await unread();

  // Handler signs for it and replies, in their own browser.
  const handler = await userPage(browser, 'handler');
  const search = handler.page.getByLabel('搜索标题或编号');
  await search.fill(title);
  await search.press('Enter');
  await expect(handler.page).toHaveURL(/q=/);
  await handler.page.getByRole('link', { name: new RegExp('^XF-') }).first().click();
  await expect(handler.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  let dialog = await openAction(handler.page, '签收');
  await dialog.getByRole('button', { name: '提交' }).click();
  await expect(dialog).toBeHidden();
  await expect(handler.page.getByText('办理中').first()).toBeVisible();
  // A handler sees only what they may do now: no approval, no feedback.
  const handlerActions = handler.page.getByRole('region', { name: '办理操作' });
  await expect(handlerActions.getByRole('button', { name: '批准办结' })).toHaveCount(0);
  dialog = await openAction(handler.page, '答复');
  await dialog.getByLabel('答复内容').fill('已协调供水公司调整夜间加压泵运行时段，压力恢复正常。');
  await dialog.getByRole('button', { name: '提交' }).click();
  await expect(dialog).toBeHidden();
  await expect(handler.page.getByText('待回访').first()).toBeVisible();
  await handler.context.close();

  // The dispatcher's bell rings without a reload; its notification leads to the item.
  await expect.poll(unread, { timeout: 30_000 }).toBeGreaterThan(unreadBefore);
  await bell.click();
  const notice = page.getByRole('list', { name: '通知' }).getByRole('button', { name: /已答复，请回访评价/ }).first();
  await expect(notice).toBeVisible();
  await notice.click();
  await expect(page).toHaveURL(itemUrl);

  // The dispatcher records the feedback: satisfied.
  dialog = await openAction(page, '回访');
  await pick(page, '满意', dialog);
  await dialog.getByRole('button', { name: '提交' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('待办结审批').first()).toBeVisible();

  // The leader approves the closure from the approvals page in one click.
  const leader = await userPage(browser, 'leader');
  await leader.page.getByRole('navigation').getByRole('link', { name: '领导审批' }).click();
  const card = leader.page.getByRole('listitem').filter({ hasText: title });
  await expect(card.getByText('办结审批')).toBeVisible();
  await card.getByRole('button', { name: /^批准 XF-/ }).click();
  await expect(leader.page.getByRole('listitem').filter({ hasText: title })).toHaveCount(0);
  await leader.page.goto(itemUrl);
  await expect(leader.page.getByText('已办结').first()).toBeVisible();
  const leaderTimeline = leader.page.getByRole('region', { name: '办理记录' });
  for (const step of ['登记', '签收', '答复', '回访', '批准办结']) await expect(leaderTimeline.getByText(step, { exact: true })).toBeVisible();
  await expect(leaderTimeline.getByText('满意度：满意')).toBeVisible();
  await leader.context.close();

  // And the dispatcher sees it closed too.
  await page.reload();
  await expect(page.getByText('已办结').first()).toBeVisible();
});
