import { test, expect, engineReady } from './fixtures';
import { readSourceCsv } from './source-figures';

interface MeetingFigures {
	year: string;
	onsite: string | null;
	online: string | null;
	total: string | null;
	onsite_qualifier: string | null;
	online_qualifier: string | null;
	total_qualifier: string | null;
}

function published(value: string | null, qualifier: string | null): string {
	if (value == null || value === '') return 'not published';
	const n = Number(value).toLocaleString('en-US');
	return qualifier === 'lower bound' ? `more than ${n}` : qualifier === 'approximate' ? `about ${n}` : qualifier === 'estimate' ? `est. ${n}` : n;
}

test('the participants chart is in the prerendered HTML, before any script runs', async ({ request }) => {
	const html = await (await request.get('participation')).text();
	expect(html).toContain('data-chart="participants-per-year"');
	expect(html).toContain('data-recommendation="IV.2"');
	expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Participants per annual IGF, 2006–2025/);
	expect((html.match(/class="bar"/g) ?? []).length).toBeGreaterThan(20);
});

test('the participants table shows the published figures of 2012, 2022 and 2025', async ({ page, watch }) => {
	const meetings = await readSourceCsv<MeetingFigures>('meetings.csv');
	await page.goto('participation');
	await engineReady(page);
	const figure = page.locator('figure[data-chart="participants-per-year"]');
	await expect(figure).toHaveAttribute('data-live', 'true');
	await figure.getByRole('button', { name: 'Table' }).click();
	const table = figure.getByRole('table');
	await expect(table).toBeVisible();
	for (const year of ['2012', '2022', '2025']) {
		const source = meetings.find((m) => m.year === year)!;
		const row = table.getByRole('row').filter({ has: page.getByRole('cell', { name: year, exact: true }) });
		for (const measure of ['onsite', 'online', 'total'] as const) {
			const expected = published(source[measure], source[`${measure}_qualifier`]);
			await expect(row.locator(`td[data-column="${measure}"]`)).toHaveText(expected);
		}
	}
	expect(watch.foreignRequests).toEqual([]);
});

test('years without a published figure are gaps, not zeros', async ({ page, watch }) => {
	const meetings = await readSourceCsv<MeetingFigures>('meetings.csv');
	const empty = meetings.filter((m) => !m.onsite && !m.online && !m.total).map((m) => m.year);
	expect(empty.length).toBeGreaterThan(0);
	await page.goto('participation');
	const figure = page.locator('figure[data-chart="participants-per-year"]');
	for (const year of empty) await expect(figure.locator(`[data-gap-year="${year}"]`)).toHaveText('n/a');
	const bars = await figure.locator('g.bar rect').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('height'))));
	expect(bars.every((h) => h > 0)).toBe(true);
	expect(watch.consoleErrors).toEqual([]);
});

test('lower bounds are drawn differently from exact figures', async ({ page }) => {
	const meetings = await readSourceCsv<MeetingFigures>('meetings.csv');
	const lowerBounds = meetings.filter((m) => m.onsite_qualifier === 'lower bound' || m.total_qualifier === 'lower bound');
	await page.goto('participation');
	const figure = page.locator('figure[data-chart="participants-per-year"]');
	const count = await figure.locator('g.bar[data-qualifier="lower bound"]').count();
	expect(count).toBeGreaterThanOrEqual(lowerBounds.length);
	await expect(figure.locator('g.bar[data-qualifier="lower bound"] path').first()).toBeVisible();
});
