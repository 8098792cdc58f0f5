import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { apiGet, apiPost, choose, logIn, openAction, pick, userPage, waitForStatus } from './support/e2e-helpers';

/**
 * The petition statute in the browser (信访工作条例): a matter declined at intake ends with its
 * 不予受理告知书, downloaded and opened; an answered petition's 处理意见书 is recorded as sent,
 * which opens the 复查 window, and the 复查 registered from the item's page is answered in turn.
 */

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** The text of a downloaded .docx (its main part), as an office would open it. */
async function docxText(path: string): Promise<string> {
  const xml = strFromU8(unzipSync(new Uint8Array(await readFile(path)))['word/document.xml']!);
  return xml.replace(/<[^>]+>/g, '');
}

/** 登记送达: records that `notice` went out today by `channel`, and sees it on the item's notices. */
async function recordSending(page: Page, notice: string, channel: string): Promise<void> {
  const dialog = await openAction(page, '登记送达');
  await pick(page, notice, dialog);
  await pick(page, channel, dialog);
  await dialog.getByLabel('送达日期').fill(today());
  await dialog.getByRole('button', { name: '提交' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: '受理与告知' }).getByText(`已送达：${today()}（${channel}）`)).toBeVisible();
}

async function registerPetition(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: '登记' }).click();
  await pick(page, '信访件');
  await page.getByLabel('标题').fill(title);
  await page.getByLabel('问题描述').fill('来信反映相邻企业之间的合同纠纷，要求园区裁决。');
  await choose(page, '来源渠道', '来信');
  await choose(page, '问题类别', '水电气汽');
  await page.getByLabel('信访人姓名').fill('郑先生');
}

test('a matter declined at intake is closed with its 不予受理告知书, downloaded and opened', async ({ page }) => {
  const title = `合同纠纷裁决 e2e-${Date.now()}`;
  await logIn(page, 'dispatcher');
  await registerPetition(page, title);
  await pick(page, '不予受理');
  await choose(page, '不予受理理由', '应当通过诉讼');
  await page.getByLabel('说明').fill('属民事合同纠纷，可向人民法院起诉。');
  await page.getByRole('button', { name: '提交登记' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // It ends without handling: closed, with the reason on the page.
  await expect(page.getByText('已办结').first()).toBeVisible();
  const statute = page.getByRole('region', { name: '受理与告知' });
  await expect(statute.getByText(/不予受理：应当通过诉讼、仲裁、行政复议等法定途径解决/)).toBeVisible();
  await expect(statute.getByText('尚未送达')).toBeVisible();

  // The notice comes as a .docx with the item's data in it.
  const download = page.waitForEvent('download');
  await statute.getByRole('button', { name: '下载 不予受理告知书' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^XF-.*不予受理告知书\.docx$/);
  const text = await docxText(await file.path());
  for (const expected of ['不予受理告知书', '郑先生', '应当通过诉讼、仲裁、行政复议等法定途径解决', '属民事合同纠纷，可向人民法院起诉。']) expect(text, expected).toContain(expected);

  // Sending it is recorded with its channel and date.
  await recordSending(page, '不予受理告知书', '邮寄');
});

test('an answered petition: its 处理意见书 sent, a 复查 registered from its page and answered, the chain shown', async ({ page, browser }) => {
  test.setTimeout(150_000);
  const title = `供暖不热 e2e-${Date.now()}`;
  // Set-up through the API: accepted at intake, routed, signed for and answered by the handler.
  const handler = await userPage(browser, 'handler');
  const dispatcherApi = await userPage(browser, 'dispatcher');
  const petitioner = { name: '郑先生' };
  const original = await apiPost<{ id: string; code: string }>(dispatcherApi.page, '/api/work-items', {
    kind: 'petition', title, description: '小区供暖温度不达标。', channel: 'letter', category: 'utilities', petitioner, decision: { accept: true },
  });
  const answer = async (id: string) => {
    await waitForStatus(handler.page, id, 'pending_acceptance');
    let { item } = await apiGet<{ item: { version: number } }>(handler.page, `/api/work-items/${id}`);
    item = await apiPost(handler.page, `/api/work-items/${id}/actions`, { action: 'accept', version: item.version });
    await apiPost(handler.page, `/api/work-items/${id}/actions`, { action: 'reply', version: item.version, content: '已督促供热公司调整管网平衡，室温达标。' });
  };
  await answer(original.id);

  // The dispatcher records the 处理意见书 as sent today: that day opens the 30-day 复查 window.
  await logIn(page, 'dispatcher');
  await page.goto(`/work-items/${original.id}`);
  const statute = page.getByRole('region', { name: '受理与告知' });
  await expect(statute.getByText(/法定办理期限：至 \d{4}-/)).toBeVisible();
  await expect(statute.getByText(/剩余 \d+ 天/)).toBeVisible();
  await recordSending(page, '处理意见书', '当面送达');

  // The petitioner disagrees: the 复查 is registered from the item's page, linked to it.
  await expect(statute.getByText(/^申请期限至 \d{4}-\d{2}-\d{2}/)).toBeVisible();
  await statute.getByRole('button', { name: '登记信访复查申请' }).click();
  await expect(page.getByLabel('原事项编号（ID）')).toHaveValue(original.id);
  await page.getByLabel('标题').fill(`复查：${title}`);
  await page.getByLabel('问题描述').fill('对处理意见不服，室温仍不达标。');
  await choose(page, '来源渠道', '来信');
  await choose(page, '问题类别', '水电气汽');
  await page.getByLabel('信访人姓名').fill('郑先生');
  await page.getByRole('button', { name: '提交登记' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `复查：${title}` })).toBeVisible();
  const reviewId = page.url().split('/').pop()!;
  const chain = page.getByRole('navigation', { name: '复查复核链' });
  await expect(chain.getByRole('link', { name: original.code })).toBeVisible();

  // The review body answers the 复查; both pages show the chain, and the original offers no second 复查.
  await answer(reviewId);
  await page.reload();
  await expect(page.getByText('待回访').first()).toBeVisible();
  // Answered, not closed: the 复查's own 30-day clock still runs until it is closed.
  await expect(page.getByRole('region', { name: '受理与告知' }).getByText(/复查期限：至 \d{4}-/)).toBeVisible();
  await chain.getByRole('link', { name: original.code }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '复查复核链' }).getByText(/^FC-/)).toBeVisible();
  await expect(page.getByRole('button', { name: '登记信访复查申请' })).toHaveCount(0);
  await handler.context.close();
  await dispatcherApi.context.close();
});
