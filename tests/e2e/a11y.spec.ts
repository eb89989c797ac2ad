import AxeBuilder from '@axe-core/playwright';
import { test, expect, engineReady } from './fixtures';
import type { Page } from '@playwright/test';
import { navRoutes } from './nav-routes';

/** Every page; the first test fails when the navigation gains a page this list does not cover. */
const ROUTES = ['', 'funding', 'participation', 'explore', 'data'];
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
	return violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
}

async function open(page: Page, path: string) {
	await page.goto(path);
	await engineReady(page);
	// Table views open too, so their markup is checked as well.
	const closed = page.getByRole('button', { name: 'Table', exact: true });
	for (let i = 0; i < 50 && (await closed.count()) > 0; i++) await closed.first().click();
}

test('every page in the navigation is covered', async ({ page }) => {
	expect(ROUTES).toEqual(expect.arrayContaining(await navRoutes(page)));
});

for (const path of ROUTES) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`/${path} (${colorScheme}): axe finds no WCAG 2.2 AA violation`, async ({ page, watch }) => {
			test.setTimeout(150_000);
			await page.emulateMedia({ colorScheme });
			await open(page, path);
			const failures = await axeViolations(page);
			expect(failures, failures.join('\n')).toEqual([]);
			expect(watch.consoleErrors).toEqual([]);
		});
	}
}

const NARROW = [
	{ name: '360 px wide', viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 },
	// 200% browser zoom on a 1280 px window lays pages out at 640 CSS px with twice the pixel density.
	{ name: '200% zoom', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }
];

for (const screen of NARROW) {
	test.describe(screen.name, () => {
		test.use({ viewport: screen.viewport, deviceScaleFactor: screen.deviceScaleFactor });
		for (const path of ROUTES) {
			test(`/${path}: the page never scrolls sideways, charts stay legible, axe stays clean`, async ({
				page,
				watch
			}) => {
				test.setTimeout(150_000);
				await open(page, path);
				const failures: string[] = [];
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
				if (overflow > 0) failures.push(`page body scrolls ${overflow}px sideways`);
				// Each chart keeps a readable size (it may scroll inside its own frame) and its text is not tiny.
				for (const svg of await page.locator('figure[data-chart] .plot > svg').all()) {
					const box = (await svg.boundingBox())!;
					if (box.width < 300) failures.push(`a chart is only ${Math.round(box.width)}px wide`);
					const smallest = await svg.evaluate((el) =>
						Math.min(
							...[...el.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height).filter((h) => h > 0)
						)
					);
					if (smallest < 9) failures.push(`chart text is ${smallest.toFixed(1)}px tall`);
				}
				failures.push(...(await axeViolations(page)));
				expect(failures, failures.join('\n')).toEqual([]);
				expect(watch.consoleErrors).toEqual([]);
			});
		}
	});
}

test.describe('a phone, as Lighthouse emulates one', () => {
	test.use({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
	for (const path of ['funding', 'participation']) {
		test(`/${path}: no chart, off screen or not, spills over what follows it (tap targets stay clear)`, async ({
			page
		}) => {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
			const spills = await page.locator('figure[data-chart]').evaluateAll((figures) =>
				figures.flatMap((f) => {
					const bottom = f.getBoundingClientRect().bottom;
					const lowest = Math.max(...[...f.children].map((c) => c.getBoundingClientRect().bottom));
					return lowest > bottom + 1 ? [`${f.id}: its content ends ${Math.round(lowest - bottom)}px below it`] : [];
				})
			);
			expect(spills).toEqual([]);
		});
	}
});
