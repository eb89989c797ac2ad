// The static API (/api/charts, /api/datasets) as a static host serves the build, against what the pages show.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { APIRequestContext, Locator } from '@playwright/test';
import { parseCsv } from '../../src/lib/data/catalog/parse-csv';
import { expect, test } from './fixtures';

const PAGES = ['funding', 'participation'];
const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as {
	datasets: { name: string; rows: number; columns: { name: string }[] }[];
};

interface Column {
	name: string;
	unit: string | null;
}

async function csvAt(request: APIRequestContext, path: string) {
	const res = await request.get(path);
	expect(res.status(), path).toBe(200);
	expect(res.headers()['content-type'], path).toMatch(/^text\/csv/);
	const { header, records, issues } = parseCsv(await res.text());
	expect(issues, path).toEqual([]);
	return { header, rows: records.map((r) => Object.fromEntries(header.map((h, i) => [h, r.fields[i]]))) };
}

/** The charts /data lists under /api/charts/, read from its prerendered HTML. */
async function apiCharts(request: APIRequestContext): Promise<string[]> {
	const html = await (await request.get('data')).text();
	return [...new Set([...html.matchAll(/api\/charts\/([\w-]+)\.csv/g)].map((m) => m[1]))];
}

async function newestRelease(request: APIRequestContext): Promise<{ id: string; sha256: Record<string, string> }> {
	const { releases } = await (await request.get('api/releases.json')).json();
	return releases[0];
}

/** Opens a figure's Table view (retrying until its panel is hydrated) and reads each cell by column. */
async function tableCells(figure: Locator): Promise<Record<string, string>[]> {
	await figure.scrollIntoViewIfNeeded();
	const button = figure.locator('.actions button[aria-controls$="-table"]');
	await expect(async () => {
		if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
		await expect(figure.locator('.table table')).toBeVisible({ timeout: 1000 });
	}).toPass({ timeout: 20_000 });
	return figure
		.locator('.table tbody tr')
		.evaluateAll((rows) =>
			rows.map((tr) =>
				Object.fromEntries(
					[...tr.querySelectorAll('td')].map((td) => [td.dataset.column!, td.textContent?.trim() ?? ''])
				)
			)
		);
}

const NUMBER = /^-?\d+(\.\d+)?(e-?\d+)?$/;

/**
 * The cell shows the CSV's figure as the page formats it: grouped digits, a percent for a share (0–1),
 * rounded to the decimals shown. A figure the page does not show as a number is 0 ("none") or absent.
 */
function expectSameFigure(cell: string, value: string, unit: string | null, where: string) {
	const shown = /-?\d[\d,]*(\.\d+)?/.exec(cell);
	if (!shown) {
		expect(Number(value), `${where}: "${cell}" shows no number`).toBe(0);
		return;
	}
	const decimals = shown[1] ? shown[1].length - 1 : 0;
	const n = Number(shown[0].replaceAll(',', ''));
	const expected = unit === 'share' && cell.includes('%') ? Number(value) * 100 : Number(value);
	expect(Math.abs(n - expected), `${where}: "${cell}" against ${value}`).toBeLessThanOrEqual(
		0.5 * 10 ** -decimals + 1e-9
	);
}

test('the API has a file for every chart on /funding and /participation, and no other', async ({ page, request }) => {
	const onPages: string[] = [];
	for (const path of PAGES) {
		await page.goto(path);
		onPages.push(...(await page.locator('figure[data-chart]').evaluateAll((fs) => fs.map((f) => f.dataset.chart!))));
	}
	expect(onPages).toHaveLength(15);
	expect(await apiCharts(request)).toEqual(onPages);
});

for (const pageName of PAGES) {
	test(`every chart on /${pageName}: its CSV has the Table view's rows`, async ({ page, request }) => {
		test.setTimeout(120_000);
		await page.goto(pageName);
		const charts = await page.locator('figure[data-chart]').evaluateAll((fs) => fs.map((f) => f.dataset.chart!));
		expect(charts.length).toBeGreaterThan(0);
		for (const id of charts) {
			const meta = await (await request.get(`api/charts/${id}.metadata.json`)).json();
			const units = new Map((meta.columns as Column[]).map((c) => [c.name, c.unit]));
			const csv = await csvAt(request, `api/charts/${id}.csv`);
			expect(csv.header).toEqual([...units.keys()]);
			const cells = await tableCells(page.locator(`figure[data-chart="${id}"]`));
			expect(cells.length, `${id}: rows`).toBe(csv.rows.length);
			// Words (a label in the page's language for a value) must stand for one value each, both ways.
			const words = new Map<string, Map<string, string>>();
			cells.forEach((row, i) => {
				for (const [key, cell] of Object.entries(row)) {
					const where = `${id} row ${i + 1} ${key}`;
					expect(csv.header, `${id}: table column ${key} is in the CSV`).toContain(key);
					const value = csv.rows[i][key];
					if (NUMBER.test(value) && (/\d/.test(cell) || Number(value) === 0))
						expectSameFigure(cell, value, units.get(key) ?? null, where);
					else {
						if (value === '') expect(cell, `${where}: no figure`).not.toMatch(/^\d/);
						const seen = words.get(key) ?? new Map<string, string>();
						expect(seen.get(value) ?? cell, where).toBe(cell);
						seen.set(value, cell);
						words.set(key, seen);
					}
				}
			});
			for (const [key, seen] of words) {
				const texts = [...seen.values()];
				expect(new Set(texts).size, `${id}.${key}: one text per value`).toBe(texts.length);
			}
		}
	});
}

for (const pageName of PAGES) {
	test(`a chart’s metadata on /${pageName} names the sources its figure lists and the newest release`, async ({
		page,
		request,
		baseURL
	}) => {
		const release = await newestRelease(request);
		await page.goto(pageName);
		const charts = await page.locator('figure[data-chart]').evaluateAll((fs) => fs.map((f) => f.dataset.chart!));
		for (const id of charts) {
			const meta = await (await request.get(`api/charts/${id}.metadata.json`)).json();
			expect(meta.language).toBe('en');
			expect(meta.release.id, id).toBe(release.id);
			expect(meta.citation, id).toContain(release.id);
			const figure = page.locator(`figure[data-chart="${id}"]`);
			expect(meta.title, id).toBe(await figure.locator('.title').innerText());
			expect(meta.recommendation, id).toBe(await figure.getAttribute('data-recommendation'));
			const listed = await figure
				.locator('details.sources a')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			expect(meta.sources, id).toEqual(listed);
			// The dashboard address is the chart's anchor on its page, under the site's base path.
			expect(meta.dashboard, id).toBe(`${new URL(baseURL!).pathname}${pageName}#${id}`);
			const res = await request.get(pageName);
			expect(res.status()).toBe(200);
		}
	});
}

test('every dataset of the release answers as Parquet and CSV with the manifest’s rows', async ({ request }) => {
	const release = await newestRelease(request);
	const dir = mkdtempSync(join(tmpdir(), 'igf-api-'));
	const duckdb = await DuckDBInstance.create(':memory:');
	const conn = await duckdb.connect();
	try {
		for (const d of manifest.datasets) {
			const csv = await csvAt(request, `api/datasets/${d.name}.csv`);
			expect(csv.header).toEqual(d.columns.map((c) => c.name));
			expect(csv.rows.length, d.name).toBe(d.rows);
			const res = await request.get(`api/datasets/${d.name}.parquet`);
			expect(res.status(), d.name).toBe(200);
			expect(res.headers()['content-type']).toBe('application/vnd.apache.parquet');
			const bytes = await res.body();
			expect(createHash('sha256').update(bytes).digest('hex'), d.name).toBe(release.sha256[d.name]);
			const file = join(dir, `${d.name}.parquet`);
			writeFileSync(file, bytes);
			const count = await conn.runAndReadAll(`SELECT COUNT(*)::INTEGER AS n FROM read_parquet('${file}')`);
			expect(count.getRowObjectsJson()[0].n, d.name).toBe(d.rows);
		}
	} finally {
		conn.closeSync();
		duckdb.closeSync();
		rmSync(dir, { recursive: true, force: true });
	}
});

test('the /data examples read addresses the build serves, at this site’s address', async ({
	page,
	request,
	baseURL
}) => {
	await page.goto('data');
	const section = page.locator('[data-api]');
	const site = baseURL!.replace(/\/$/, '');
	// Once the page runs, the examples name the address it was opened at.
	await expect(section.locator('pre[data-example="curl"]')).toContainText(`SITE="${site}"`);
	const code = (await section.locator('pre[data-example]').allInnerTexts()).join('\n');
	for (const key of ['curl', 'pandas', 'r', 'duckdb'])
		await expect(section.locator(`pre[data-example="${key}"]`)).toHaveAttribute('translate', 'no');
	const paths = [...new Set(code.match(/\/api\/[\w./-]+\.(csv|json|parquet)/g))];
	expect(paths.length).toBeGreaterThanOrEqual(4);
	const links = await section.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
	const charts = await apiCharts(request);
	expect(charts).toHaveLength(15);
	expect(links).toHaveLength(2 * (charts.length + manifest.datasets.length));
	for (const url of [...paths.map((p) => `${site}${p}`), ...links]) {
		const res = await request.get(url);
		expect(res.status(), url).toBe(200);
	}
});
