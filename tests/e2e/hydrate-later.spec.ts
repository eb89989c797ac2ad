import { readFileSync } from 'node:fs';
import { test, expect, engineReady } from './fixtures';

// Panels are hydrated one per task after the page (src/lib/ui/hydrate-later): the prerendered markup must
// be taken over in place (same nodes, no redraw, no hydration warning) and then answer input.

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
		// Live once hydrated (each panel re-queries the engine), and still the prerendered nodes.
		await expect(page.locator('figure[data-chart][data-live="true"]').first()).toBeVisible();
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
