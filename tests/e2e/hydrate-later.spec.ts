import { readFileSync } from 'node:fs';
import { test, expect, engineReady, expectLive } from './fixtures';

// Panels are hydrated one per task once they near the screen (src/lib/ui/hydrate-later): the prerendered
// markup must be taken over in place (same nodes, no redraw, no hydration warning) and then answer input.

/** Charts in a prerendered page, counted from the build's HTML. */
const prerenderedCharts = (route: string) =>
	(readFileSync(`${process.env.BUILD_DIR ?? 'build'}/${route}.html`, 'utf8').match(/<figure [^>]*data-chart=/g) ?? [])
		.length;

for (const route of ['participation', 'funding']) {
	test(`/${route}: every prerendered chart is hydrated in place and responds`, async ({ page }) => {
		const warnings: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'warning' && /hydrat/i.test(m.text())) warnings.push(m.text());
		});
		await page.addInitScript(() => {
			document.addEventListener('DOMContentLoaded', () => {
				for (const f of document.querySelectorAll('figure[data-chart]'))
					(f as unknown as { prerendered: boolean }).prerendered = true;
			});
		});
		await page.goto(route);
		await engineReady(page);
		const expected = prerenderedCharts(route);
		expect(expected).toBeGreaterThan(5);
		const figures = page.locator('figure[data-chart]');
		await expect(figures).toHaveCount(expected);
		// Each one live once the reader reaches it (it re-queries the engine), and still the prerendered nodes.
		for (const figure of await figures.all()) await expectLive(figure);
		const kept = await figures.evaluateAll(
			(fs) => fs.filter((f) => (f as unknown as { prerendered?: boolean }).prerendered).length
		);
		expect(kept).toBe(expected);
		expect(warnings).toEqual([]);
	});
}

test('a panel hydrated after the page answers the keyboard, and the page keeps its selection', async ({ page }) => {
	await page.goto('participation');
	await engineReady(page);
	const regions = page
		.locator('figure[data-chart="regional-composition"]')
		.getByRole('group', { name: 'Select regions' })
		.getByRole('button', { name: /^African/ });
	await regions.focus();
	await page.keyboard.press('Enter');
	await expect(regions).toHaveAttribute('aria-pressed', 'true');
	await expect(page).toHaveURL(/[?&]region=African/);
	await expect(page.locator('[data-selection]')).toContainText('African');
});

test('after client-side navigation the same panels are mounted from scratch', async ({ page }) => {
	await page.goto('');
	const nav = page.getByRole('navigation', { name: 'Main' });
	await nav.getByRole('link', { name: 'Participation' }).click();
	await expect(page.locator('figure[data-chart]')).toHaveCount(prerenderedCharts('participation'));
	// Bars drawn (more marks than the hatch pattern's one rect), by the mounted panel.
	await expect
		.poll(() => page.locator('figure[data-chart="participants-per-year"] svg[role=img] rect').count())
		.toBeGreaterThan(10);
	await nav.getByRole('link', { name: 'Funding' }).click();
	await expect(page.locator('figure[data-chart]')).toHaveCount(prerenderedCharts('funding'));
});

test('on a phone, a panel far below waits: nothing of it runs or downloads until the reader nears it', async ({
	browser
}) => {
	const phone = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
	const page = await phone.newPage();
	const cubeRequests: string[] = [];
	page.on('request', (r) => {
		if (/linked-cube\.\w+\.bin\.gz$/.test(r.url())) cubeRequests.push(r.url());
	});
	await page.goto('participation');
	const map = page.locator('figure[data-chart="participation-map"]');
	const panel = (chart: string) => page.locator(`.hydrate-later:has(figure[data-chart="${chart}"])`);
	// The first chart is on screen: hydrated.
	await expect(panel('participants-per-year')).toHaveAttribute('data-hydrated');
	await page.waitForLoadState('networkidle');
	// The map, several screens down, has not been hydrated, loaded its index (the cube file) nor gone live.
	await expect(panel('participation-map')).not.toHaveAttribute('data-hydrated');
	expect(cubeRequests).toEqual([]);
	await expect(map).toHaveAttribute('data-live', 'false');
	// Scrolled near, it hydrates and answers from its index.
	await expectLive(map, { timeout: 60_000 });
	expect(cubeRequests).toHaveLength(1);
	await phone.close();
});

test('a selection reaches the panels still waiting off screen, without scrolling', async ({ page }) => {
	await page.goto('participation');
	const map = page.locator('figure[data-chart="participation-map"]');
	await expect(map).toHaveAttribute('data-live', 'false');
	await page
		.locator('figure[data-chart="participants-per-year"]')
		.getByRole('group', { name: 'Select years' })
		.getByRole('button', { name: '2022', exact: true })
		.click();
	// The map was released by the selection: it hydrated, loaded its index and counts 2022 alone.
	await expect(map).toHaveAttribute('data-live', 'true', { timeout: 60_000 });
	await expect(map.locator('[data-total]')).toContainText('(years 2022)');
});
