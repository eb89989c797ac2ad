import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, engineReady, expectLive } from './fixtures';

test.describe.configure({ timeout: 120_000 });

const meetingsCsv = readFileSync('data/sources/meetings.csv', 'utf8');
const with2012Onsite = (value: string) => meetingsCsv.replace(/^2012,(([^,]*,){7})1630,/m, `2012,$1${value},`);
const with2025Onsite = (value: string) => meetingsCsv.replace(/^2025,(([^,]*,){7})3435,/m, `2025,$1${value},`);

async function upload(page: Page, name: string, content: string | Buffer) {
	await page
		.getByLabel('Upload a CSV, Excel or Parquet file')
		.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
}
/** The 2012 onsite figure in the participants chart's table, after client-side navigation (the session's engine stays). */
async function onsite2012(page: Page) {
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Participation' }).click();
	const figure = page.locator('figure[data-chart="participants-per-year"]');
	await expectLive(figure);
	await figure.getByRole('button', { name: 'Table' }).click();
	const row = figure.getByRole('row').filter({ has: page.getByRole('cell', { name: '2012', exact: true }) });
	return row.locator('td[data-column="onsite"]');
}

test('malformed uploads are refused with the problem named, and the dashboards keep the bundled data', async ({
	page,
	watch
}) => {
	expect(with2012Onsite('lots')).not.toBe(meetingsCsv);
	await page.goto('data');
	await engineReady(page);
	await upload(page, 'meetings.csv', with2012Onsite('lots'));
	const error = page.locator('[data-upload-error]');
	await expect(error).toContainText('Annual IGF meetings');
	await expect(error).toContainText('wrong type in row 7 (onsite: expected an INTEGER, got "lots")');
	await expect(error).toContainText('Nothing was changed');

	await upload(page, 'meetings.csv', meetingsCsv.replace('onsite,', 'on_site,'));
	await expect(error).toContainText('missing column "onsite"');

	const parquet = readFileSync('data/meetings.parquet');
	await page.getByLabel('Upload a CSV, Excel or Parquet file').setInputFiles({
		name: 'meetings.parquet',
		mimeType: 'application/octet-stream',
		buffer: parquet.subarray(0, parquet.length - 200)
	});
	await expect(error).toContainText('truncated');
	await page
		.getByLabel('Upload a CSV, Excel or Parquet file')
		.setInputFiles({ name: 'x.parquet', mimeType: 'application/octet-stream', buffer: Buffer.from('year\n2012\n') });
	await expect(error).toContainText('not a Parquet file');
	await upload(page, 'empty.csv', '');
	await expect(error).toContainText('empty.csv is empty');

	await expect(await onsite2012(page)).toHaveText('more than 1,630');
	expect(watch.consoleErrors).toEqual([]);
});

test('a valid file replaces its dataset on every dashboard for the session; reset restores the bundled data', async ({
	page,
	watch
}) => {
	const requests: string[] = [];
	page.on('request', (r) => r.method() !== 'GET' && requests.push(`${r.method()} ${r.url()}`));
	await page.goto('data');
	await engineReady(page);
	await upload(page, 'meetings-ledger.csv', with2012Onsite('12345'));
	await expect(page.locator('[data-upload-message]')).toContainText(
		'replaces "Annual IGF meetings" (meetings) for this session: 20 rows'
	);
	await expect(await onsite2012(page)).toHaveText('more than 12,345');

	// The overview's scorecard follows too: its onsite indicator is the latest year's (2025) figure.
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data' }).click();
	await upload(page, 'meetings.csv', with2025Onsite('4321'));
	await expect(page.locator('[data-upload-message]')).toContainText('replaces "Annual IGF meetings"');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
	await expect(page.locator('[data-indicator="onsite"] [data-latest]')).toHaveText('4,321');

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data' }).click();
	await page.locator('[data-uploaded="meetings"]').getByRole('button', { name: 'Reset to bundled data' }).click();
	await expect(page.locator('[data-upload-message]')).toContainText('back to the bundled data');
	await expect(await onsite2012(page)).toHaveText('more than 1,630');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
	await expect(page.locator('[data-indicator="onsite"] [data-latest]')).toHaveText('3,435');
	// Nothing was sent anywhere: no request but GETs of the app's own files.
	expect(requests).toEqual([]);
	expect(watch.consoleErrors).toEqual([]);
});

test('a file like no dataset becomes a new table in Explore', async ({ page, watch }) => {
	await page.goto('data');
	await engineReady(page);
	await upload(page, 'survey.csv', 'country,respondents\nKenya,12\nChile,7\nNepal,3\n');
	await expect(page.locator('[data-upload-message]')).toContainText('loaded as the new table upload_survey (3 rows)');
	await page.locator('[data-uploaded="upload_survey"]').getByRole('link', { name: 'Explore' }).click();
	await expect(page.locator('[data-explore-ready="true"]')).toBeVisible();
	await expect(page.locator('.vtable .count')).toHaveText('Showing 1–3 of 3 rows');
	await expect(page.locator('.vtable td[data-column="respondents"]')).toHaveText(['12', '7', '3']);
	expect(watch.consoleErrors).toEqual([]);
});

test('uploaded person-level records are shown only as suppressed aggregates, never in the SQL console', async ({
	page,
	watch
}) => {
	const lines = readFileSync('data/sources/participants.csv', 'utf8').split('\n');
	const nav = page.getByRole('navigation', { name: 'Main' });
	const mapTotal = page.locator('figure[data-chart="participation-map"] [data-total] strong');
	// The map's index is built from the bundled rows first, and must be rebuilt from the upload.
	await page.goto('participation');
	await expectLive(page.locator('figure[data-chart="participation-map"]'), {
		timeout: 60_000
	});
	await expect(mapTotal).toHaveText((lines.length - 2).toLocaleString('en-US'));
	await nav.getByRole('link', { name: 'Data' }).click();
	await engineReady(page);
	await upload(page, 'registrations.csv', lines.slice(0, 301).join('\n') + '\n');
	await expect(page.locator('[data-upload-message]')).toContainText('(participants) for this session: 300 rows');
	await nav.getByRole('link', { name: 'Participation' }).click();
	await expect(mapTotal).toHaveText('300');

	await nav.getByRole('link', { name: 'Explore' }).click();
	await page.getByLabel('Dataset').selectOption('participants');
	await expect(page.locator('[data-suppression]')).toContainText('shown only as aggregates');
	await expect(page.locator('.vtable .count')).toContainText('of 1 row');

	const console_ = page.locator('section.console');
	for (const sql of ['SELECT count(*) FROM participants', 'SELECT * FROM "participants_cube"']) {
		await console_.getByLabel('SQL query').fill(sql);
		await console_.getByRole('button', { name: 'Run query' }).click();
		await expect(console_.getByRole('alert')).toContainText('holds person-level records uploaded in this session');
	}
	expect(watch.consoleErrors).toEqual([]);
});
