import { test, expect, engineReady } from './fixtures';

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
	const status = page.locator('.engine-status');
	// The engine has asked for its WebAssembly and is held there: it is starting, and says so.
	await expect.poll(() => heldRequests).toBeGreaterThan(0);
	await expect(status).toContainText('Starting the data engine');
	await expect(status).not.toContainText('Loading data');
	release();
	await engineReady(page);
	await expect(status).toContainText('Data engine ready');
	// On the way it counted the page's datasets: never "0 of …" or a count before any dataset was listed.
	expect(labels.some((l) => /Loading data: \d+ of [1-9]\d* datasets/.test(l))).toBe(true);
	expect(labels.some((l) => /of …|of 0 datasets/.test(l))).toBe(false);
});
