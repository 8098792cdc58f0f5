import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

/** Shared steps of the browser tests: log in, pick from antd controls, read facts from the API. */

export const PASSWORD = 'parkflow';
export const BASE_URL = process.env.PARKFLOW_E2E_URL ?? `http://127.0.0.1:${process.env.PARKFLOW_E2E_PORT ?? 3100}`;

export async function logIn(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/work-items/);
}

/** A second (third, …) user in their own browser context, logged in. */
export async function userPage(browser: Browser, username: string, viewport = { width: 1280, height: 800 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: BASE_URL, locale: 'zh-CN', timezoneId: 'Europe/Berlin', viewport });
  const page = await context.newPage();
  await logIn(page, username);
  return { context, page };
}

/** GET an API path with the page's session cookie, for facts the test needs (not for driving the UI). */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.ok(), `${path} answered ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

/**
 * Waits until an item reads `status` for this page's user. Until the worker has routed it, the
 * item is not this user's to see (404): that, like any other answer, counts as "not yet", where
 * apiGet inside expect.poll would fail the test on the first 404 (a CI failure under load).
 */
export async function waitForStatus(page: Page, id: string, status: string, timeout = 30_000): Promise<void> {
  await expect
    .poll(async () => {
      const response = await page.request.get(`/api/work-items/${id}`);
      return response.ok() ? ((await response.json()) as { item: { status: string } }).item.status : `answered ${response.status()}`;
    }, { timeout, message: `item ${id} reaching ${status}` })
    .toBe(status);
}

/** POST to the API with the page's session cookie and CSRF token: test set-up only (the flows under test go through the UI). */
export async function apiPost<T>(page: Page, path: string, body: unknown): Promise<T> {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'parkflow_csrf')?.value ?? '';
  const response = await page.request.post(path, { headers: { 'X-CSRF-Token': csrf }, data: body });
  expect(response.ok(), `${path} answered ${response.status()}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/**
 * Picks an option of a combobox by (part of) its label: a native `<select>` (the queue's filters)
 * by selecting the first option whose name contains the text; an antd Select by typing the text
 * and pressing Enter.
 */
export async function choose(page: Page, label: string, text: string): Promise<void> {
  const combobox = page.getByRole('combobox', { name: label });
  if (await combobox.evaluate((element) => element.tagName === 'SELECT')) {
    const option = combobox.getByRole('option', { name: text }).first();
    await expect(option).toBeAttached();
    await combobox.selectOption({ label: (await option.textContent()) ?? text });
    await expect(combobox.locator('option:checked')).toHaveText(await option.textContent() ?? text);
    return;
  }
  await combobox.click();
  await combobox.fill(text);
  await expect(page.getByRole('option', { name: text }).first()).toBeAttached();
  await combobox.press('Enter');
}

/** Checks a radio the way a user does: by clicking its label (antd draws the button; the input itself is hidden). */
export async function pick(page: Page, name: string, scope: Page | ReturnType<Page['locator']> = page): Promise<void> {
  const radio = scope.getByRole('radio', { name, exact: true });
  await radio.locator('xpath=ancestor::label[1]').click();
  await expect(radio).toBeChecked();
}

/** Opens an action's dialog from the detail page's actions section and returns the dialog. */
export async function openAction(page: Page, action: string) {
  await page.getByRole('region', { name: '办理操作' }).getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: action });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** How far the page is wider than the screen (0 or less: no sideways scrolling). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** An instant as Asia/Shanghai wall-clock time, computed independently of the app's formatter. */
export function shanghai(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}
