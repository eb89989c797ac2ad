// /explore before and without its engine: the default dataset's first page is in the HTML, and the engine
// downloads only once the reader asks for another view.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { readSourceCsv } from './source-figures';
import { parseCsv } from '../../src/lib/data/catalog/parse-csv';

test.describe.configure({ timeout: 120_000 });

const cellTexts = (page: Page, column: string) => page.locator(`.vtable td[data-column="${column}"]`).allInnerTexts();
const wasmRequests = (page: Page) => {
	const seen: string[] = [];
	page.on('request', (r) => {
		if (/\.wasm(\?|$)/.test(r.url())) seen.push(r.url());
	});
	return seen;
};
/** Holds the engine's WebAssembly until `release()`: the page can be read while the engine is loading. */
async function holdEngine(page: Page) {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/*.wasm', async (route) => {
		await held;
		await route.continue();
	});
	return release;
}
/** Counts of a multi-select column's values, as its filter labels them: "value (n)", most frequent first. */
const labelsOf = (column: string) =>
	readSourceCsv<{ label: string }>(
		'meetings.csv',
		`SELECT "${column}" || ' (' || count(*) || ')' AS label FROM src WHERE "${column}" <> ''
		GROUP BY "${column}" ORDER BY count(*) DESC, "${column}"`
	);

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('/explore shows the default dataset’s first page, its row count, the filters with their counts and the exports', async ({
		page
	}) => {
		const rows = await readSourceCsv<{ year: string; city: string }>('meetings.csv', 'SELECT year, city FROM src');
		const [{ min, max }] = await readSourceCsv<{ min: string; max: string }>(
			'meetings.csv',
			'SELECT min(year::INTEGER)::VARCHAR AS min, max(year::INTEGER)::VARCHAR AS max FROM src'
		);
		await page.goto('explore');
		await expect(page.getByLabel('Dataset')).toHaveValue('meetings');
		await expect(page.locator('.vtable .count')).toHaveText(`Showing 1–${rows.length} of ${rows.length} rows`);
		expect(await cellTexts(page, 'city')).toEqual(rows.map((r) => r.city));
		expect((await cellTexts(page, 'year')).map((y) => y.replaceAll(',', ''))).toEqual(rows.map((r) => r.year));
		// Range filters show the column's bounds; multi-selects each value with its count.
		const year = page.locator('details[data-filter="year"]');
		await year.locator('summary').click();
		await expect(year.getByLabel('from')).toHaveAttribute('placeholder', min);
		await expect(year.getByLabel('to')).toHaveAttribute('placeholder', max);
		for (const column of ['format', 'host_region']) {
			const filter = page.locator(`details[data-filter="${column}"]`);
			await filter.locator('summary').click();
			const labels = (await filter.locator('fieldset label').allInnerTexts()).map((l) => l.trim());
			expect(labels, column).toEqual((await labelsOf(column)).map((l) => l.label));
		}
		await expect(page.locator('[data-export]')).toHaveText(['CSV', 'Parquet', 'JSON', 'Arrow', 'XLSX']);
	});
});

test('no engine download on load; a filter change starts it, says so in place and then shows the filtered rows', async ({
	page,
	watch
}) => {
	const expected = await readSourceCsv<{ city: string }>(
		'meetings.csv',
		"SELECT city FROM src WHERE format = 'hybrid'"
	);
	const wasm = wasmRequests(page);
	const release = await holdEngine(page);
	await page.goto('explore');
	await expect(page.locator('[data-explore-ready="true"]')).toBeVisible();
	// A reader who only looks costs no engine: nothing asks for WebAssembly.
	await page.waitForTimeout(3_000);
	expect(wasm).toEqual([]);

	const format = page.locator('details[data-filter="format"]');
	await format.locator('summary').click();
	await format.getByRole('checkbox', { name: /^hybrid \(/ }).check();
	await expect.poll(() => wasm.length).toBeGreaterThan(0);
	// The click is kept: the control area says it waits for the engine, and the box stays ticked.
	await expect(page.locator('[data-engine-wait]')).toContainText('Loading the query engine');
	await expect(format.getByRole('checkbox', { name: /^hybrid \(/ })).toBeChecked();
	release();
	await expect(page.locator('.vtable .count')).toHaveText(`Showing 1–${expected.length} of ${expected.length} rows`, {
		timeout: 45_000
	});
	expect(await cellTexts(page, 'city')).toEqual(expected.map((r) => r.city));
	await expect(page.locator('[data-engine-wait]')).toHaveCount(0);
	await expect(page).toHaveURL(/dataset=meetings&f.format=hybrid$/);
	expect(watch.consoleErrors).toEqual([]);
});

test('an export clicked before the engine is up waits for it, says so, then downloads every row', async ({
	page,
	watch
}) => {
	const rows = await readSourceCsv<{ city: string }>('meetings.csv', 'SELECT city FROM src');
	const release = await holdEngine(page);
	await page.goto('explore');
	await expect(page.locator('[data-explore-ready="true"]')).toBeVisible();
	const download = page.waitForEvent('download', { timeout: 60_000 });
	await page.locator('[data-export="csv"]').click();
	await expect(page.locator('.exports [data-engine-wait]')).toContainText('CSV export waits for the query engine');
	release();
	const parsed = parseCsv(await readFile((await (await download).path())!, 'utf8'));
	expect(parsed.issues).toEqual([]);
	// Every row of the view, not the page on screen.
	expect(parsed.records.map((r) => r.fields[parsed.header.indexOf('city')])).toEqual(rows.map((r) => r.city));
	expect(watch.consoleErrors).toEqual([]);
});
