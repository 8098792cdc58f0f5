import { expect, test } from '@playwright/test';
import { apiGet, apiPost, logIn, pick, userPage, waitForStatus } from './support/e2e-helpers';

/**
 * Notices are codes with parameters, worded by the web in the UI language: the same notification
 * reads in Chinese, and in English after the switch.
 */
test('a notification reads in zh-CN, and in English after the language switch', async ({ page, browser }) => {
  // Set-up through the API: the dispatcher registers a petition and makes the leader its owner.
  const dispatcher = await userPage(browser, 'dispatcher');
  const title = `噪音扰民 e2e-${Date.now()}`;
  const item = await apiPost<{ id: string; code: string }>(dispatcher.page, '/api/work-items', {
    kind: 'petition',
    title,
    description: '夜间施工噪音。',
    channel: 'visit',
    category: 'environment',
    petitioner: { name: '陈女士' },
    // 受理 at intake, so the routing rule sends it to its department.
    decision: { accept: true },
  });
  await logIn(page, 'leader');
  const me = await apiGet<{ id: string }>(page, '/api/me');
  // The worker routes the new item meanwhile: act on the version it has once routed.
  await waitForStatus(dispatcher.page, item.id, 'pending_acceptance');
  const { item: routed } = await apiGet<{ item: { version: number } }>(dispatcher.page, `/api/work-items/${item.id}`);
  await apiPost(dispatcher.page, `/api/work-items/${item.id}/actions`, { action: 'set_owner', version: routed.version, leaderUserId: me.id });
  await dispatcher.context.close();

  // The worker delivers it; the open bell's list follows the live stream.
  const bell = page.getByRole('button', { name: /^通知/ });
  await bell.click();
  const notices = page.getByRole('list', { name: '通知' });
  await expect(notices.getByRole('button', { name: `${item.code}「${title}」请您包案` }).first()).toBeVisible({ timeout: 30_000 });
  await bell.click();

  await pick(page, 'English');
  const englishBell = page.getByRole('button', { name: /^Notifications/ });
  await englishBell.click();
  await expect(page.getByRole('list', { name: 'Notifications' }).getByRole('button', { name: `${item.code} “${title}”: please take charge as owner leader` }).first()).toBeVisible();
  await englishBell.click();
  await pick(page, '中文');
});
