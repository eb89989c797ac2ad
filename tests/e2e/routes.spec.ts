import { readFileSync } from 'node:fs';
import { test, expect, engineReady, expectLive, scrollThrough, startEngine } from './fixtures';
import { inRowGroupsOf } from '../unit/parquet-groups';

const ROUTES = [
	{ path: '', heading: 'IGF Metrics' },
	{ path: 'funding', heading: 'Funding' },
	{ path: 'participation', heading: 'Participation' },
	{ path: 'explore', heading: 'Explore' },
	{ path: 'data', heading: 'Data' }
];

for (const route of ROUTES) {
	test(`/${route.path} loads, starts the engine, stays on this origin`, async ({ page, watch }) => {
		await page.goto(route.path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading);
		await engineReady(page);
		await expect(page.getByRole('status').filter({ hasText: 'Data engine' })).toContainText('ready');
		expect(watch.foreignRequests).toEqual([]);
	});
}

for (const path of ['', 'funding', 'participation']) {
	test(`/${path}: "Load live data" loads every chart's datasets, so once ready the engine stays ready`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(path);
		await engineReady(page);
		// From here on, record every state the engine passes through while each panel hydrates and goes live.
		await page.evaluate(() => {
			const seen: string[] = [];
			(window as unknown as { __engineStates: string[] }).__engineStates = seen;
			new MutationObserver(() => seen.push(document.documentElement.dataset.engine ?? '')).observe(
				document.documentElement,
				{ attributes: true, attributeFilter: ['data-engine'] }
			);
		});
		await scrollThrough(page);
		for (const figure of await page.locator('figure[data-chart]').all()) await expectLive(figure);
		const states = await page.evaluate(() => (window as unknown as { __engineStates: string[] }).__engineStates);
		// A panel asking for a dataset the page did not list would flip the engine back to loading.
		expect(states.filter((s) => s !== 'ready')).toEqual([]);
		await expect(page.locator('.engine-status')).toContainText('Data engine ready');
	});
}

test('navigation marks the current page', async ({ page, watch }) => {
	await page.goto('participation');
	await expect(
		page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Participation' })
	).toHaveAttribute('aria-current', 'page');
	await page.getByRole('link', { name: 'Data', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data');
	expect(watch.consoleErrors).toEqual([]);
});

test('the status line says the engine is starting until it loads datasets, then counts them', async ({ page }) => {
	// Hold the engine's WebAssembly until the starting state has been read: no timing involved.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	let heldRequests = 0;
	await page.route('**/*.wasm', async (route) => {
		heldRequests++;
		await held;
		await route.continue();
	});
	const labels: string[] = [];
	await page.exposeFunction('__statusLabel', (text: string) => labels.push(text));
	await page.addInitScript(() => {
		const report = () => {
			const text = document.querySelector('.engine-status')?.textContent?.trim();
			if (text) (window as unknown as { __statusLabel: (t: string) => void }).__statusLabel(text);
		};
		new MutationObserver(report).observe(document, { subtree: true, childList: true, characterData: true });
	});
	await page.goto('participation');
	await startEngine(page);
	const status = page.locator('.engine-status');
	// The engine has asked for its WebAssembly and is held there: it is starting, and says so.
	await expect.poll(() => heldRequests).toBeGreaterThan(0);
	await expect(status).toContainText('Starting the data engine');
	await expect(status).not.toContainText('Loading data');
	// Panels off screen hydrate, and ask for their data, once they near the viewport.
	await scrollThrough(page);
	release();
	await engineReady(page);
	await expect(status).toContainText('Data engine ready');
	// On the way it counted the page's datasets: never "0 of …" or a count before any dataset was listed.
	expect(labels.some((l) => /Loading data: \d+ of [1-9]\d* datasets/.test(l))).toBe(true);
	expect(labels.some((l) => /of …|of 0 datasets/.test(l))).toBe(false);
});

test('a dataset loading in parts shows its progress: bytes fetched, then rows inserted part by part', async ({
	page
}) => {
	// The bundled participants file has one row group; served here in five, it loads in five parts.
	const { datasets } = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as {
		datasets: { name: string; rows: number }[];
	};
	const rows = datasets.find((d) => d.name === 'participants')!.rows;
	const grouped = inRowGroupsOf('participants.parquet', Math.ceil(rows / 5));
	await page.route('**/datasets/participants.parquet', (route) =>
		route.fulfill({ body: Buffer.from(grouped), contentType: 'application/vnd.apache.parquet' })
	);
	const seen: { value: number; text: string }[] = [];
	await page.exposeFunction('__progress', (value: number, text: string) => seen.push({ value, text }));
	await page.addInitScript(() => {
		const report = () => {
			const bar = document.querySelector<HTMLProgressElement>('.engine-status progress');
			const text = document.querySelector('.engine-status details')?.textContent ?? '';
			if (bar) (window as unknown as { __progress: (v: number, t: string) => void }).__progress(bar.value, text);
		};
		new MutationObserver(report).observe(document, {
			subtree: true,
			childList: true,
			characterData: true,
			attributes: true
		});
	});
	// A view of the participants' rows, which the engine loads (the /participation map reads a cube file).
	await page.goto('explore?dataset=participants');
	await engineReady(page);

	// The details named a part-way count of the participants' rows…
	const counts = seen.flatMap(({ text }) =>
		[...text.matchAll(/participants: loading \(([\d,]+) of ([\d,]+) rows\)/g)].map((m) =>
			[m[1], m[2]].map((x) => Number(x.replaceAll(',', '')))
		)
	);
	expect(counts.every(([, total]) => total === rows)).toBe(true);
	expect(counts.some(([n]) => n > 0 && n < rows)).toBe(true);
	// …and while they went in, the bar only moved forward, through several steps.
	const values = seen.filter((s) => s.text.includes('participants: loading (')).map((s) => s.value);
	expect(values).toEqual([...values].sort((a, b) => a - b));
	expect(new Set(values.filter((v) => v > 0 && v < 1)).size).toBeGreaterThanOrEqual(3);
});
