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
