import { test, expect, engineReady } from './fixtures';

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
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Participation');
	await expect(page.getByText('You are offline: showing cached data')).toBeVisible();
	// The engine boots from the cached WASM and re-runs the chart's query on the cached Parquet file.
	await engineReady(page);
	await expect(page.locator('figure[data-chart][data-live="true"]').first()).toBeVisible();

	// Another page never visited directly is prerendered into the cache too.
	await page.goto('funding');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Funding');
	await engineReady(page);

	await context.setOffline(false);
	await expect(page.getByText('showing cached data')).toHaveCount(0);
});
