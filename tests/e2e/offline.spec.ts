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

test('after one visit the pages seen work offline from the cache, and the engine once used', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	const wasm: string[] = [];
	context.on('request', (r) => {
		if (r.url().endsWith('.wasm')) wasm.push(r.url());
	});
	await page.goto('funding');
	// The offline copy keeps what the page fetched, and nothing more on a link not known to be fast.
	await page.waitForFunction(() => document.documentElement.dataset.offline === 'page');
	expect(await page.evaluate(() => document.documentElement.dataset.engine)).toBe('idle');
	expect(wasm, 'WASM fetched before the engine was used').toEqual([]);
	const cached = () =>
		page.evaluate(async () => {
			const names = await caches.keys();
			const urls = await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)));
			return urls.flat();
		});
	expect((await cached()).some((u) => /duckdb|\.parquet$/.test(u))).toBe(false);

	// Once used, the engine and the data are kept too.
	await engineReady(page);
	await page.waitForFunction(() => document.documentElement.dataset.offline === 'engine');
	expect((await cached()).some((u) => /duckdb.*\.wasm$/.test(u))).toBe(true);
	await page.goto('participation');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Participation');
	await expect(page.getByText('showing cached data')).toHaveCount(0);

	await context.setOffline(true);
	const reportOffline = await offlineReporter(context, page);
	await page.goto('participation');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Participation');
	// The engine boots from the cached WASM and re-runs the charts' queries on the cached Parquet files.
	await engineReady(page);
	await expect(page.locator('figure[data-chart][data-live="true"]').first()).toBeVisible();
	await reportOffline();
	await expect(page.getByText('You are offline: showing cached data')).toBeVisible();

	// The other page seen, its filters answered by the cached engine.
	await page.goto('funding?years=2010..2015');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Funding');
	await engineReady(page);
	await expect(page.locator('figure[data-chart][data-live="true"]').first()).toBeVisible();
	await reportOffline();
	await expect(page.getByText('You are offline: showing cached data')).toBeVisible();

	await context.setOffline(false);
	await expect(page.getByText('showing cached data')).toHaveCount(0);
});

test('on a fast link an Arabic reader’s offline copy is the Arabic site: its pages and scripts, no other language’s', async ({
	page,
	request
}) => {
	test.setTimeout(180_000);
	const languages = (await (await request.get('_app/languages.json')).json()) as Record<
		string,
		{ build: string[]; pages: string[] }
	>;
	// A link the page takes for fast: it keeps the whole site in the reader's language.
	await page.addInitScript(() =>
		Object.defineProperty(navigator, 'connection', { value: { downlink: 100, saveData: false } })
	);
	await page.goto('ar/funding');
	await page.waitForFunction(() => document.documentElement.dataset.offline === 'site', undefined, {
		timeout: 150_000
	});
	const cached = await page.evaluate(async () => {
		const names = await caches.keys();
		const urls = await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)));
		return urls.flat().map((u) => new URL(u).pathname);
	});
	const kept = new Set(cached);
	const base = new URL(page.url()).pathname.replace(/\/ar\/funding$/, '');
	expect(languages.ar.pages.filter((p) => !kept.has(p))).toEqual([]);
	expect(languages.ar.build.filter((f) => !f.endsWith('.wasm') && !kept.has(f))).toEqual([]);
	// The chart data for programs, the same in every language, is kept; no other language's page or script is.
	expect(cached).toContain(`${base}/api/charts/donors-ranked.csv`);
	const arabic = new Set([...languages.ar.build, ...languages.ar.pages]);
	const others = Object.entries(languages)
		.filter(([locale]) => locale !== 'ar')
		.flatMap(([, files]) => [...files.build, ...files.pages])
		.filter((f) => !arabic.has(f));
	expect(others.filter((f) => kept.has(f))).toEqual([]);
});
