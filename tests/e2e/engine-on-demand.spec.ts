import { test, expect, expectLive } from './fixtures';
import { readSourceCsv } from './source-figures';
import { navRoutes } from './nav-routes';

/** The engine's downloads: DuckDB's and parquet-wasm's workers and WASM, and the bundled Parquet files. */
const ENGINE_REQUEST = /\.wasm$|duckdb|parquet|\/workers\//;

test('no page downloads the engine or its data while it loads and sits untouched', async ({ page }) => {
	test.setTimeout(120_000);
	const engine: string[] = [];
	page.on('request', (r) => {
		if (ENGINE_REQUEST.test(new URL(r.url()).pathname)) engine.push(r.url());
	});
	for (const route of await navRoutes(page)) {
		await page.goto(route);
		await page.waitForLoadState('networkidle');
		// Idle time has passed: the engine would have started by now if the link counted as fast.
		await page.waitForTimeout(2500);
		await expect(page.locator('html'), route).toHaveAttribute('data-engine', 'idle');
		await expect(page.locator('.engine-status').getByRole('button', { name: 'Load live data' })).toBeVisible();
		// Every chart is on the page, complete, without the engine.
		const charts = page.locator('figure[data-chart] svg');
		for (const svg of await charts.all()) await expect(svg.locator('*').first(), route).toBeAttached();
	}
	expect(engine, 'engine requests before any intent').toEqual([]);
});

test('without the engine a reader reads the table and downloads a chart as CSV, SVG and PNG', async ({ page }) => {
	const engine: string[] = [];
	page.on('request', (r) => {
		if (ENGINE_REQUEST.test(new URL(r.url()).pathname)) engine.push(r.url());
	});
	await page.goto('funding');
	const figure = page.locator('figure[data-chart="contributions-over-time"]');
	await figure.getByRole('button', { name: 'Table' }).click();
	await expect(figure.getByRole('table').locator('tbody tr').first()).toBeVisible();
	for (const kind of ['csv', 'svg', 'png']) {
		const download = page.waitForEvent('download');
		await figure.locator(`[data-download="${kind}"]`).click();
		expect((await download).suggestedFilename()).toMatch(new RegExp(`\\.${kind}$`));
	}
	await expect(page.locator('html')).toHaveAttribute('data-engine', 'idle');
	expect(engine).toEqual([]);
});

test('on a slow link the first filter change says in place that it waits for the engine, then takes effect', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	const gov = await readSourceCsv<{ donor: string }>(
		'contributions.csv',
		"SELECT DISTINCT donor FROM src WHERE donor_type = 'government'"
	);
	await page.goto('funding');
	await page.waitForLoadState('networkidle');
	// The bytes the engine's two WASM files take on the wire.
	const wasmBytes: Promise<number>[] = [];
	page.on('requestfinished', (r) => {
		if (r.url().endsWith('.wasm')) wasmBytes.push(r.sizes().then((s) => s.responseBodySize));
	});
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	// Slow enough that the engine takes seconds to arrive, as on a phone's link.
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 150,
		downloadThroughput: 2_000_000,
		uploadThroughput: 100_000
	});
	const ranked = page.locator('figure[data-chart="donors-ranked"]');
	const before = await ranked.locator('g.ranked').count();
	expect(before).toBeGreaterThan(gov.length);

	await page.getByRole('checkbox', { name: 'Government', exact: true }).check();
	// The click is not lost: the box stays checked, the address has it, and the wait is said in place.
	await expect(page.getByRole('checkbox', { name: 'Government', exact: true })).toBeChecked();
	await expect(page).toHaveURL(/donor=government/);
	const wait = page.locator('form[aria-label="Funding filters"] [data-engine-wait]');
	await expect(wait).toContainText('Loading the query engine to apply this…');
	await expect(ranked).toHaveAttribute('data-waiting', 'true');
	await expect(ranked.getByText('until the query engine has loaded')).toBeVisible();
	// The wait counts the download in bytes, and the count moves.
	const amount = async () => {
		const m = /([\d.]+) of ([\d.]+) MB/.exec((await wait.textContent()) ?? '');
		return m ? { loaded: Number(m[1]), total: Number(m[2]) } : null;
	};
	await expect.poll(amount, { timeout: 30_000 }).not.toBeNull();
	const first = (await amount())!;
	await expect
		.poll(async () => (await amount())?.loaded ?? Infinity, { timeout: 30_000 })
		.toBeGreaterThan(first.loaded);
	await expectLive(ranked, { timeout: 90_000 });
	await expect(ranked.locator('g.ranked')).toHaveCount(gov.length);
	// DuckDB's parts and parquet-wasm, all in by now.
	expect(wasmBytes.length).toBeGreaterThanOrEqual(2);
	const wasm = (await Promise.all(wasmBytes)).reduce((a, b) => a + b, 0) / 1e6;
	const manifest = (await (await page.request.get('datasets/manifest.json')).json()) as {
		datasets: { bytes: number }[];
	};
	const data = manifest.datasets.reduce((a, d) => a + d.bytes, 0) / 1e6;
	// The total said is the engine's files as sent plus the datasets this page asked for.
	expect(first.total).toBeGreaterThanOrEqual(wasm - 0.1);
	expect(first.total).toBeLessThanOrEqual(wasm + data + 0.1);
	await expect(ranked).toHaveAttribute('data-waiting', 'false');
	await expect(wait).toHaveCount(0);
});
