import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, engineReady } from './fixtures';

/**
 * The network is cut by context.setOffline, but a document loaded while offline (a reload, a new page)
 * still reports navigator.onLine = true in Chromium 150 with Playwright 1.65: the emulation reaches the
 * documents open when it was set. This tells the page's current document, as a real offline browser
 * would; the session stays open, since closing it would undo the setting.
 */
async function offlineReporter(context: BrowserContext, page: Page): Promise<() => Promise<void>> {
	const cdp = await context.newCDPSession(page);
	return async () => {
		await cdp.send('Network.emulateNetworkConditions', {
			offline: true,
			latency: 0,
			downloadThroughput: -1,
			uploadThroughput: -1
		});
	};
}

// The one spec with the service worker on (playwright.config.ts blocks it for the others).
test.use({ serviceWorkers: 'allow' });

test('after one visit the dashboard works offline from the cache and says so', async ({ page, context }) => {
	test.setTimeout(120_000);
	await page.goto('participation');
	// Installing the offline copy waits until the engine has loaded, so it does not slow the page's start.
	await page.waitForFunction(() => document.documentElement.dataset.engine === 'loading');
	expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined)).toBe(true);
	await engineReady(page);
	// Installed means the app shell, the engine's WASM and the data files are all in the cache.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await expect(page.getByText('showing cached data')).toHaveCount(0);

	await context.setOffline(true);
	const reportOffline = await offlineReporter(context, page);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Participation');
	// The engine boots from the cached WASM and re-runs the chart's query on the cached Parquet file.
	await engineReady(page);
	await expect(page.locator('figure[data-chart][data-live="true"]').first()).toBeVisible();
	await reportOffline();
	await expect(page.getByText('You are offline: showing cached data')).toBeVisible();

	// Another page never visited directly is prerendered into the cache too.
	await page.goto('funding');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Funding');
	await engineReady(page);
	await reportOffline();
	await expect(page.getByText('You are offline: showing cached data')).toBeVisible();

	await context.setOffline(false);
	await expect(page.getByText('showing cached data')).toHaveCount(0);
});
