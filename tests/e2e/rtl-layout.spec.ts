// /ar/participation and /ar/funding laid out right to left: each figure's legend starts on the reading side (the right) and no
// text of a figure is cut off, at a desktop width and a phone's. Geometry, not pixels: boxes are compared, so
// the test means the same on every machine; a screenshot of each figure is attached for a reviewer's eye.
import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';

/** How far a box may stand past another before it counts as outside (sub-pixel rounding). */
const SLACK = 1;

interface Box {
	width: number;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** Each figure's text that lies outside the box it belongs to: an SVG's own box, or else the figure's. */
async function clippedText(figure: Locator): Promise<string[]> {
	return figure.evaluate((fig, slack) => {
		const inside = (a: Box, b: Box) =>
			a.left >= b.left - slack && a.right <= b.right + slack && a.top >= b.top - slack && a.bottom <= b.bottom + slack;
		const box = (el: Element): Box => el.getBoundingClientRect();
		const out: string[] = [];
		// SVG text is compared with its SVG (a chart may scroll inside .plot; its text must still be on the chart).
		for (const svg of fig.querySelectorAll('svg')) {
			for (const text of svg.querySelectorAll('text')) {
				const b = box(text);
				if (b.width > 0 && !inside(b, box(svg))) out.push(`SVG text "${text.textContent}" outside its chart`);
			}
		}
		// HTML text outside the scrolling plot: every element whose own text overflows the figure, or its own box.
		const walker = document.createTreeWalker(fig, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const el = node.parentElement!;
			if (!node.textContent!.trim() || el.closest('svg, .plot, [hidden], details:not([open]) > :not(summary)'))
				continue;
			const range = document.createRange();
			range.selectNodeContents(node);
			const b = range.getBoundingClientRect();
			if (b.width === 0) continue;
			if (!inside(b, box(fig))) out.push(`"${node.textContent!.trim()}" outside its figure`);
			else if (el.scrollWidth > el.clientWidth + slack && getComputedStyle(el).overflowX !== 'visible')
				out.push(`"${node.textContent!.trim()}" cut off by its box`);
		}
		return out;
	}, SLACK);
}

/** Where a legend's first entry sits: on the right in a right-to-left page, with the next entries to its left. */
async function legendStart(figure: Locator) {
	return figure.locator('.legend').evaluateAll((legends) =>
		legends.flatMap((legend) => {
			const list = legend.querySelector('ul, ol');
			const items = list ? [...list.children] : [];
			if (items.length === 0) return [];
			const container = list!.getBoundingClientRect();
			const [first, second] = items.map((i) => i.getBoundingClientRect());
			return [
				{
					gapRight: container.right - first.right,
					gapLeft: first.left - container.left,
					secondOnSameLine: second ? Math.abs(second.top - first.top) < 2 : false,
					secondLeftOfFirst: second ? second.right <= first.left + 1 : false
				}
			];
		})
	);
}

for (const viewport of [
	{ width: 1280, height: 900 },
	{ width: 360, height: 740 }
]) {
	test.describe(`${viewport.width} px wide`, () => {
		test.use({ viewport, deviceScaleFactor: 1 });

		for (const route of ['participation', 'funding'])
			test(`/ar/${route}: legends start on the right, no text is cut off, nothing scrolls sideways`, async ({
				page,
				watch
			}, testInfo) => {
				test.setTimeout(120_000);
				await page.goto(`ar/${route}`);
				await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
				expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);

				const figures = await page.locator('figure[data-chart]').all();
				expect(figures.length).toBeGreaterThan(0);
				const failures: string[] = [];
				let legends = 0;
				for (const figure of figures) {
					const id = await figure.getAttribute('data-chart');
					// Off-screen figures skip rendering: bring each into view and let it draw.
					await figure.scrollIntoViewIfNeeded();
					await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
					for (const problem of await clippedText(figure)) failures.push(`${id}: ${problem}`);
					for (const legend of await legendStart(figure)) {
						legends++;
						if (legend.gapRight > SLACK)
							failures.push(`${id}: legend starts ${Math.round(legend.gapRight)}px from the right`);
						if (legend.secondOnSameLine && !legend.secondLeftOfFirst)
							failures.push(`${id}: legend's second entry is not to the left of its first`);
					}
					await testInfo.attach(`${id}-${viewport.width}.png`, {
						body: await figure.screenshot(),
						contentType: 'image/png'
					});
				}
				expect(legends, 'figures with a legend').toBeGreaterThan(0);
				expect(failures, failures.join('\n')).toEqual([]);
				expect(watch.consoleErrors).toEqual([]);
			});
	});
}

test('the checks see a legend laid out left to right, and text pushed out of its chart', async ({ page }) => {
	// The same page in English reads left to right: its legends start on the left, which the RTL check rejects.
	await page.goto('participation');
	const figure = page.locator('figure[data-chart]:has(.legend ul)').first();
	const [legend] = await legendStart(figure);
	expect(legend.gapRight).toBeGreaterThan(SLACK);
	await figure
		.locator('svg text')
		.first()
		.evaluate((t) => t.setAttribute('x', '-500'));
	expect((await clippedText(figure)).length).toBeGreaterThan(0);
});
