import { readFile } from 'node:fs/promises';
import { tableFromIPC } from 'apache-arrow';
import { DuckDBInstance } from '@duckdb/node-api';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { test, expect, engineReady, expectLive } from './fixtures';
import { readSourceCsv } from './source-figures';
import { parseCsv } from '../../src/lib/data/catalog/parse-csv';
import { readXlsxSheet } from '../unit/read-xlsx';

test.describe.configure({ timeout: 120_000 });

const VIEW = 'explore?dataset=contributions&f.year=2008..2015&f.donor_type=government&sort=-amount_usd';
const STEM = 'contributions-year-2008..2015-donor-type-government-sorted-by-amount-usd-descend'; // cut at 80 characters

async function download(page: Page, format: string) {
	const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${format}"]`).click()]);
	return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** What the table shows: donor and amount_usd of each row, in order. */
async function shownRows(page: Page) {
	const donors = await page.locator('.vtable td[data-column="donor"]').allInnerTexts();
	const amounts = await page.locator('.vtable td[data-column="amount_usd"]').allInnerTexts();
	return donors.map((d, i) => ({
		donor: d,
		amount_usd: amounts[i] === '—' ? null : Number(amounts[i].replaceAll(',', ''))
	}));
}
const pick = (rows: Record<string, unknown>[]) =>
	rows.map((r) => ({
		donor: r.donor as string,
		amount_usd: r.amount_usd == null || r.amount_usd === '' ? null : Number(r.amount_usd)
	}));

async function readParquet(bytes: Uint8Array) {
	const { writeFile, mkdtemp } = await import('node:fs/promises');
	const { join } = await import('node:path');
	const { tmpdir } = await import('node:os');
	const path = join(await mkdtemp(join(tmpdir(), 'pq-')), 'x.parquet');
	await writeFile(path, bytes);
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	const rows = (await conn.runAndReadAll(`SELECT * FROM read_parquet('${path}')`)).getRowObjectsJson();
	const meta = (
		await conn.runAndReadAll(`SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata('${path}')`)
	).getRowObjectsJson();
	conn.closeSync();
	instance.closeSync();
	return {
		rows: rows as Record<string, unknown>[],
		meta: Object.fromEntries(meta.map((m) => [m.k, m.v])) as Record<string, string>
	};
}

test('each export holds exactly the filtered rows the table shows, with provenance', async ({ page, watch }) => {
	const source = await readSourceCsv<{ donor: string; amount_usd: string }>(
		'contributions.csv',
		"SELECT donor, amount_usd FROM src WHERE year <> '' AND year::INTEGER BETWEEN 2008 AND 2015 AND donor_type = 'government'"
	);
	await page.goto(VIEW);
	await engineReady(page);
	await expect(page.locator('[data-explore-ready="true"]')).toBeVisible();
	await expect(page.locator('.vtable .count')).toHaveText(`Showing 1–${source.length} of ${source.length} rows`);
	const shown = await shownRows(page);
	expect(shown.length).toBe(source.length);
	// Independent check of the table itself: same multiset of rows as the CSV source.
	const key = (r: { donor: string; amount_usd: number | null }) => `${r.donor}|${r.amount_usd}`;
	expect(shown.map(key).sort()).toEqual(pick(source).map(key).sort());

	const csv = await download(page, 'csv');
	expect(csv.name).toBe(`${STEM}.csv`);
	const parsed = parseCsv(new TextDecoder().decode(csv.bytes));
	expect(parsed.issues).toEqual([]);
	const csvRows = parsed.records.map((r) => Object.fromEntries(parsed.header.map((h, i) => [h, r.fields[i]])));
	expect(pick(csvRows)).toEqual(shown);

	const json = await download(page, 'json');
	expect(json.name).toBe(`${STEM}.json`);
	expect(pick(JSON.parse(new TextDecoder().decode(json.bytes)))).toEqual(shown);

	const arrow = await download(page, 'arrow');
	expect(arrow.name).toBe(`${STEM}.arrow`);
	const table = tableFromIPC(arrow.bytes);
	expect(pick(table.toArray().map((r) => r.toJSON()))).toEqual(shown);
	expect(table.schema.metadata.get('igf_metrics.filters')).toContain('year 2008..2015');

	const xlsx = await download(page, 'xlsx');
	expect(xlsx.name).toBe(`${STEM}.xlsx`);
	const [header, ...sheetRows] = readXlsxSheet(xlsx.bytes);
	expect(pick(sheetRows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i] ?? null]))))).toEqual(
		shown
	);
	expect(readXlsxSheet(xlsx.bytes, 2)).toContainEqual(['igf_metrics.dataset', 'contributions']);

	const parquet = await download(page, 'parquet');
	expect(parquet.name).toBe(`${STEM}.parquet`);
	const pq = await readParquet(parquet.bytes);
	expect(pick(pq.rows)).toEqual(shown);
	expect(pq.meta['igf_metrics.dataset']).toBe('contributions');
	expect(pq.meta['igf_metrics.filters']).toContain('donor_type: government');
	expect(JSON.parse(pq.meta['igf_metrics.sources']).length).toBeGreaterThan(0);

	await page.getByLabel('with sources (ZIP)').check();
	const zip = await download(page, 'csv');
	expect(zip.name).toBe(`${STEM}-with-sources.zip`);
	const files = unzipSync(zip.bytes);
	expect(Object.keys(files).sort()).toEqual(['README.txt', `${STEM}.csv`, 'metadata.json', 'release.json']);
	const meta = JSON.parse(strFromU8(files['metadata.json']));
	expect(meta.rows).toBe(shown.length);
	expect(strFromU8(files['README.txt'])).toMatch(/Sources:\n- https?:\/\//);
	// The release the page was built from, with the digest it published for the one dataset read.
	const [current] = (await (await page.request.get('api/releases.json')).json()).releases;
	const release = JSON.parse(strFromU8(files['release.json']));
	expect(release).toMatchObject({ id: current.id, date: current.date, uploaded: [] });
	expect(release.sha256).toEqual({ contributions: current.sha256.contributions });
	expect(strFromU8(files['README.txt'])).toContain(`- contributions ${current.sha256.contributions}`);
	expect(pq.meta['igf_metrics.release']).toBe(current.id);
	expect(watch.consoleErrors).toEqual([]);
});

test('every chart offers its figures as CSV and itself as SVG and PNG at 2x, with title and source note', async ({
	page,
	watch
}) => {
	const meetings = await readSourceCsv<{ year: string }>('meetings.csv');
	await page.goto('participation');
	await engineReady(page);
	const figure = page.locator('figure[data-chart="participants-per-year"]');
	await expectLive(figure);
	const get = async (kind: string) => {
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			figure.locator(`[data-download="${kind}"]`).click()
		]);
		return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
	};
	const csv = await get('csv');
	expect(csv.name).toBe('participants-per-year.csv');
	const parsed = parseCsv(new TextDecoder().decode(csv.bytes));
	expect(parsed.header[0]).toBe('Year');
	expect(parsed.records.map((r) => r.fields[0])).toEqual(meetings.map((m) => m.year));

	const svg = new TextDecoder().decode((await get('svg')).bytes);
	expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="760"/);
	expect(svg).toContain('Participants per annual IGF, 2006–2025');
	expect(svg).toMatch(/Sources?: https?:\/\//);

	const png = (await get('png')).bytes;
	expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
	const width = png.readUInt32BE(16);
	expect(width).toBe(760 * 2);
	expect(watch.consoleErrors).toEqual([]);
});

test('row-level data: no exported or shown count is below the small-cell threshold', async ({ page, watch }) => {
	// Independent computation from the source CSV: cells of country × gender in 2008.
	const cells = await readSourceCsv<{ country_iso3: string; gender: string; n: string }>(
		'participants.csv',
		"SELECT country_iso3, gender, count(*)::VARCHAR AS n FROM src WHERE year = '2008' GROUP BY ALL"
	);
	const small = cells.filter((c) => Number(c.n) < 5).length;
	expect(small, 'the data has cells below the threshold to hide').toBeGreaterThan(0);
	await page.goto('explore?dataset=participants&f.year=2008..2008&group=country_iso3&group=gender');
	await engineReady(page);
	await expect(page.locator('[data-explore-ready="true"]')).toBeVisible();
	await expect(page.locator('[data-suppression="5"]')).toContainText('fewer than 5 people');
	await expect(page.locator('.vtable .count')).toContainText(`of ${cells.length} rows`);

	const parsed = parseCsv(new TextDecoder().decode((await download(page, 'csv')).bytes));
	expect(parsed.issues).toEqual([]);
	const at = parsed.header.indexOf('count');
	const counts = parsed.records.map((r) => r.fields[at]);
	expect(counts).toHaveLength(cells.length);
	expect(counts.filter((v) => v === '')).toHaveLength(small);
	for (const v of counts.filter((v) => v !== '')) expect(Number(v)).toBeGreaterThanOrEqual(5);

	const pq = await readParquet((await download(page, 'parquet')).bytes);
	expect(pq.rows.filter((r) => r.count === null)).toHaveLength(small);
	expect(pq.meta['igf_metrics.small_cell_threshold']).toBe('5');
	expect(watch.consoleErrors).toEqual([]);
});
