import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { readSourceCsv } from './source-figures';

test.describe.configure({ timeout: 120_000 });

/** The view the URL asks for is on screen: the prerendered page, or, for any other view, the engine's answer. */
async function exploreReady(page: Page) {
	await expect(page.locator('[data-explore-ready="true"]')).toBeVisible({ timeout: 45_000 });
}
/** The engine starts on the first change, so the first answer waits for its download. */
const ENGINE_START = { timeout: 45_000 };
const cellTexts = (page: Page, column: string) => page.locator(`.vtable td[data-column="${column}"]`).allInnerTexts();

test('a link restores filters, group-by and aggregate; unknown and malformed parameters are reported', async ({
	page,
	watch
}) => {
	const expected = await readSourceCsv<{ donor_type: string; n: string }>(
		'contributions.csv',
		"SELECT donor_type, count(*)::VARCHAR AS n FROM src WHERE year <> '' AND year::INTEGER BETWEEN 2010 AND 2015 GROUP BY 1 ORDER BY 1"
	);
	await page.goto('explore?dataset=contributions&f.year=2010..2015&group=donor_type&agg=count&bogus=1&page=abc');
	await exploreReady(page);
	const ignored = page.locator('[data-ignored]');
	await expect(ignored).toContainText('bogus=1');
	await expect(ignored).toContainText('page=abc');
	await expect(page.locator('.vtable .count')).toHaveText(`Showing 1–${expected.length} of ${expected.length} rows`);
	expect(await cellTexts(page, 'donor_type')).toEqual(expected.map((r) => r.donor_type));
	expect(await cellTexts(page, 'count')).toEqual(expected.map((r) => r.n));
	// The result chart draws the aggregate, with its own downloads.
	await expect(page.locator('figure[data-chart="explore-result"] svg rect')).toHaveCount(expected.length);
	// The URL keeps the valid choices and drops the ignored ones.
	await expect(page).toHaveURL(/dataset=contributions&f.year=2010..2015&group=donor_type&agg=count$/);
	expect(watch.consoleErrors).toEqual([]);
});

test('filtering in the builder updates the table, the row count and the URL; reload restores it', async ({
	page,
	watch
}) => {
	const expected = await readSourceCsv<{ year: string; city: string }>(
		'meetings.csv',
		"SELECT year, city FROM src WHERE year::INTEGER BETWEEN 2010 AND 2015 AND format = 'in-person' ORDER BY year::INTEGER DESC"
	);
	await page.goto('explore?dataset=meetings');
	await exploreReady(page);
	await expect(page.locator('.vtable .count')).toHaveText('Showing 1–20 of 20 rows');
	const year = page.locator('details[data-filter="year"]');
	await year.locator('summary').click();
	await year.getByLabel('from').fill('2010');
	await year.getByLabel('from').press('Tab');
	await year.getByLabel('to').fill('2015');
	await year.getByLabel('to').press('Tab');
	const format = page.locator('details[data-filter="format"]');
	await format.locator('summary').click();
	await format.getByRole('checkbox', { name: /^in-person \(/ }).check();
	const yearHeader = page.locator('.vtable thead').getByRole('button', { name: 'year', exact: true });
	await yearHeader.click();
	await expect(page).toHaveURL(/sort=year/, ENGINE_START);
	await yearHeader.click();
	await expect(page.locator('.vtable .count')).toHaveText(`Showing 1–${expected.length} of ${expected.length} rows`);
	await expect(page).toHaveURL(/f.year=2010..2015/);
	await expect(page).toHaveURL(/sort=-year/);
	expect(await cellTexts(page, 'city')).toEqual(expected.map((r) => r.city));
	await page.reload();
	await exploreReady(page);
	await expect(page.locator('.vtable .count')).toHaveText(`Showing 1–${expected.length} of ${expected.length} rows`);
	expect(await cellTexts(page, 'city')).toEqual(expected.map((r) => r.city));
	expect(watch.consoleErrors).toEqual([]);
});

test('the table pages through 50,000 synthetic rows with LIMIT/OFFSET', async ({ page, watch }) => {
	await page.goto('explore?dataset=participants&page=3');
	await exploreReady(page);
	await expect(page.locator('.vtable .count')).toHaveText('Showing 101–150 of 50,000 rows');
	await expect(page.locator('[data-synthetic]').first()).toBeVisible();
	expect(await cellTexts(page, 'participant_id')).toEqual(Array.from({ length: 50 }, (_, i) => String(101 + i)));
	await page.getByRole('button', { name: 'Last' }).click();
	await expect(page.locator('.vtable .count')).toHaveText('Showing 49,951–50,000 of 50,000 rows');
	await expect(page).toHaveURL(/page=1000/);
	expect(watch.consoleErrors).toEqual([]);
});

test('the SQL console runs a read query, shows DuckDB errors and refuses writes', async ({ page, watch }) => {
	const expected = await readSourceCsv<{ n: string }>(
		'meetings.csv',
		"SELECT count(*)::VARCHAR AS n FROM src WHERE online <> ''"
	);
	await page.goto('explore');
	await exploreReady(page);
	const console_ = page.locator('section.console');
	await console_.getByLabel('SQL query').fill('SELECT count(*) AS n FROM meetings WHERE online IS NOT NULL');
	await console_.getByRole('button', { name: 'Run query' }).click();
	await expect(console_.locator('td[data-column="n"]')).toHaveText(expected[0].n, ENGINE_START);

	await console_.getByLabel('SQL query').fill('DROP TABLE meetings');
	await console_.getByRole('button', { name: 'Run query' }).click();
	await expect(console_.getByRole('alert')).toContainText('Refused: DROP is not allowed');

	await console_.getByLabel('SQL query').fill("SELECT * FROM read_csv('/etc/passwd')");
	await console_.getByRole('button', { name: 'Run query' }).click();
	await expect(console_.getByRole('alert')).toContainText('reads files or the network');

	await console_.getByLabel('SQL query').fill('SELECT no_such_column FROM meetings');
	await console_.getByRole('button', { name: 'Run query' }).click();
	await expect(console_.getByRole('alert')).toContainText('no_such_column');

	// The table is still there after the refused write.
	await console_.getByLabel('SQL query').fill('SELECT count(*) AS n FROM meetings');
	await console_.getByRole('button', { name: 'Run query' }).click();
	await expect(console_.locator('td[data-column="n"]')).toHaveText('20');
	expect(watch.consoleErrors).toEqual([]);
});
