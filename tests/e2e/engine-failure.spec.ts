import { test, expect, startEngine, expectLive } from './fixtures';
import type { Page } from '@playwright/test';
import { readSourceCsv } from './source-figures';

/** Waits for the engine to settle and returns what the status region says. */
async function settled(page: Page) {
	await startEngine(page);
	await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.engine ?? ''), null, {
		timeout: 45_000
	});
	return page.locator('.engine-status');
}

/** The prerendered chart is still drawn: an SVG with marks in it. */
async function expectPrerenderedChart(page: Page) {
	const figure = page.locator('figure[data-chart]').first();
	await expect(figure.locator('svg[role="img"]')).toBeVisible();
	expect(await figure.locator('svg rect, svg path').count()).toBeGreaterThan(0);
	await expect(figure).toHaveAttribute('data-live', 'false');
}

test('a data file served as a 500 shows which dataset failed, keeps the charts, and Retry recovers', async ({
	page
}) => {
	await page.route('**/datasets/*.parquet', (route) => route.fulfill({ status: 500, body: 'boom' }));
	await page.goto('participation');
	const status = await settled(page);
	await expect(status).toContainText('Data engine failed');
	await expect(status).toContainText(/Dataset "\w+" failed to load: .*\.parquet: 500/);
	await expectPrerenderedChart(page);

	await page.unroute('**/datasets/*.parquet');
	// Retry reloads the page, whose engine then starts on intent again.
	await Promise.all([page.waitForEvent('load'), status.getByRole('button', { name: 'Retry' }).click()]);
	await expect(await settled(page)).toContainText('Data engine ready');
	await expect(page.locator('figure[data-chart][data-live="true"]').first()).toBeVisible();
});

test('a corrupt Parquet file is reported, not shown as empty figures', async ({ page }) => {
	await page.route('**/datasets/*.parquet', (route) =>
		route.fulfill({
			status: 200,
			contentType: 'application/vnd.apache.parquet',
			body: Buffer.from('PAR1 not really parquet')
		})
	);
	await page.goto('participation');
	const status = await settled(page);
	await expect(status).toContainText('Data engine failed');
	await expect(status).toContainText(/Dataset "\w+" failed to load/);
	await expect(status.getByRole('button', { name: 'Retry' })).toBeVisible();
	await expectPrerenderedChart(page);
});

test('an engine worker that cannot start is reported with a retry', async ({ page }) => {
	await page.route('**/*.worker.*.js', (route) => route.fulfill({ status: 500, body: 'no worker' }));
	await page.goto('participation');
	const status = await settled(page);
	await expect(status).toContainText('Data engine failed');
	await expect(status).toContainText(/worker/i);
	await expect(status.getByRole('button', { name: 'Retry' })).toBeVisible();
	await expectPrerenderedChart(page);
});

test('a browser without WebAssembly is told so and keeps the published charts', async ({ page }) => {
	await page.addInitScript(() => {
		// @ts-expect-error simulating a browser without WebAssembly
		delete globalThis.WebAssembly;
	});
	await page.goto('participation');
	const status = await settled(page);
	await expect(status).toContainText('Data engine failed');
	await expect(status).toContainText(/WebAssembly/);
	await expectPrerenderedChart(page);
});

test('a browser without WebAssembly exceptions is told so before any of the engine downloads', async ({ page }) => {
	const wasm: string[] = [];
	page.on('request', (r) => {
		if (/\.wasm$/.test(new URL(r.url()).pathname)) wasm.push(r.url());
	});
	// DuckDB probes each WebAssembly feature with validate(): here none is supported.
	await page.addInitScript(() => {
		WebAssembly.validate = () => false;
	});
	await page.goto('participation');
	const status = await settled(page);
	await expect(status).toContainText('Data engine failed');
	await expect(status).toContainText('lacks WebAssembly exception handling');
	await expectPrerenderedChart(page);
	expect(wasm).toEqual([]);
});

test('a part of the engine that fails to download is named, the charts stay, and Retry recovers', async ({ page }) => {
	const part = '**/duckdb-eh.part2.*.wasm';
	await page.route(part, (route) => route.fulfill({ status: 500, body: 'boom' }));
	await page.goto('participation');
	const status = await settled(page);
	await expect(status).toContainText('Data engine failed');
	await expect(status).toContainText(/duckdb-eh\.part2\.[\w-]+\.wasm \(HTTP 500\)/);
	await expectPrerenderedChart(page);
	await page.unroute(part);
	await Promise.all([page.waitForEvent('load'), status.getByRole('button', { name: 'Retry' }).click()]);
	await expect(await settled(page)).toContainText('Data engine ready');
});

test('an engine worker that crashes after start-up is reported; queries fail with the reason instead of hanging', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('participation');
	await expect(await settled(page)).toContainText('Data engine ready');
	const map = page.locator('figure[data-chart="participation-map"]');
	await expectLive(map, { timeout: 60_000 });
	const duckdb = page.workers().find((w) => w.url().includes('duckdb-browser'));
	expect(duckdb, 'the DuckDB worker').toBeDefined();
	// An uncaught error inside the worker, as a crash (e.g. out of memory) would raise.
	await duckdb!.evaluate(() => {
		setTimeout(() => {
			throw new Error('simulated crash');
		});
	});
	const status = page.locator('.engine-status');
	await expect(status).toContainText('Data engine failed');
	await expect(status).toContainText('worker crashed');
	await expect(status.getByRole('button', { name: 'Retry' })).toBeVisible();
	// The map answers selections from its in-memory index, so it keeps working without the engine…
	await page
		.locator('figure[data-chart="participants-per-year"]')
		.getByRole('group', { name: 'Select years' })
		.getByRole('button', { name: '2022' })
		.click();
	const [{ n }] = await readSourceCsv<{ n: string }>(
		'participants.csv',
		"SELECT CAST(count(*) AS VARCHAR) AS n FROM src WHERE year = '2022'"
	);
	await expect(map.locator('[data-total] strong')).toHaveText(Number(n).toLocaleString('en-US'));
	expect(await map.locator('svg path[data-iso3]').count()).toBeGreaterThan(100);
	await expect(page.locator('figure[data-chart="participants-per-year"]').getByRole('alert')).toContainText(
		'worker crashed'
	);
	// …while a page that must query the engine says why it cannot, instead of hanging.
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Explore' }).click();
	// /explore is prerendered: it needs the engine once the reader asks it something.
	await page.getByLabel('SQL query').fill('SELECT count(*) AS n FROM meetings');
	await page.getByRole('button', { name: 'Run query' }).click();
	await expect(page.getByRole('alert').first()).toContainText(/data engine stopped|worker crashed/);

	// Retry reloads the page, whose engine then starts on intent again.
	await Promise.all([page.waitForEvent('load'), status.getByRole('button', { name: 'Retry' }).click()]);
	await expect(await settled(page)).toContainText('Data engine ready');
});
