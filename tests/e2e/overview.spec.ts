import { test, expect } from './fixtures';
import { readSourceCsv } from './source-figures';

test('the overview scores each covered recommendation with its text, indicators and links', async ({ page }) => {
	const recs = await readSourceCsv<{ id: string; text: string }>(
		'recommendations.csv',
		"SELECT id, text FROM src WHERE covered_by_dashboard = 'true'"
	);
	await page.goto('');
	for (const r of recs) {
		const card = page.locator(`article[data-recommendation="${r.id}"]`);
		await expect(card.locator('h3')).toContainText(r.text);
		expect(await card.locator('.indicator').count(), r.id).toBeGreaterThan(0);
		await expect(card.locator('svg[role="img"]').first()).toHaveAttribute(
			'aria-label',
			/published for \d+ of \d+ years/
		);
	}
	const [citation] = await readSourceCsv<{ source: string }>(
		'recommendations.csv',
		"SELECT source FROM src WHERE id = 'I.1'"
	);
	await expect(page.locator('p.source')).toHaveText(`Recommendation texts: ${citation.source}`);
	await expect(page.locator('article[data-recommendation="III.2"] a')).toHaveAttribute(
		'href',
		/\/funding#disclosure-coverage$/
	);
	await expect(page.locator('article[data-recommendation="IV.4"] a')).toHaveAttribute(
		'href',
		/\/participation#nris-over-time$/
	);
});

test('the onsite indicator shows the latest published figure from meetings.csv', async ({ page }) => {
	const [latest] = await readSourceCsv<{ year: string; onsite: string; onsite_qualifier: string }>(
		'meetings.csv',
		'SELECT year, onsite, onsite_qualifier FROM src WHERE onsite IS NOT NULL ORDER BY CAST(year AS INT) DESC LIMIT 1'
	);
	await page.goto('');
	const ind = page.locator('[data-indicator="onsite"]');
	const n = Number(latest.onsite).toLocaleString('en-US');
	const expected =
		latest.onsite_qualifier === 'lower bound'
			? `more than ${n}`
			: latest.onsite_qualifier === 'approximate'
				? `about ${n}`
				: n;
	await expect(ind.locator('[data-latest]')).toHaveText(expected);
	await expect(ind.locator('.latest')).toContainText(`in ${latest.year}`);
});
