// The static API's chart and dataset files, as the build writes them (the endpoints' GET at prerender).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv as parse } from '../../src/lib/data/catalog/parse-csv';
import { CHART_IDS } from '../../src/lib/panels/chart-ids';
import { GET as chartCsv } from '../../src/routes/api/charts/[id].csv/+server.ts';
import { GET as chartMetadata } from '../../src/routes/api/charts/[id].metadata.json/+server.ts';
import { GET as datasetCsv } from '../../src/routes/api/datasets/[name].csv/+server.ts';
import { GET as datasetParquet } from '../../src/routes/api/datasets/[name].parquet/+server.ts';
import { sourceRows } from './source-csv';

const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as {
	datasets: { name: string; file: string; rows: number; columns: { name: string }[] }[];
};
/** Header and rows of CSV text. */
function parseCsv(text: string) {
	const { header, records, issues } = parse(text);
	expect(issues).toEqual([]);
	return { header, rows: records.map((r) => r.fields) };
}
const get = (handler: (e: never) => Promise<Response>, params: Record<string, string>) => handler({ params } as never);
const csvOf = async (id: string) => parseCsv(await (await get(chartCsv, { id })).text());

describe('/api/charts/<id>.csv and .metadata.json', () => {
	it('has a CSV whose header and row count are those the metadata describes, for every chart', async () => {
		expect(CHART_IDS).toHaveLength(15);
		for (const id of CHART_IDS) {
			const csv = await csvOf(id);
			const meta = await (await get(chartMetadata, { id })).json();
			expect(meta.language).toBe('en');
			expect(meta.id).toBe(id);
			expect(csv.header).toEqual(meta.columns.map((c: { name: string }) => c.name));
			expect(csv.rows.length, id).toBe(meta.rows);
			expect(meta.rows, id).toBeGreaterThan(0);
			for (const c of meta.columns) expect(c.meaning, `${id}.${c.name}`).not.toBe('');
		}
	});

	it('gives the release, the addresses and a citation naming both', async () => {
		const newest = readFileSync('data/releases/' + newestRelease(), 'utf8');
		const release = JSON.parse(newest) as { id: string; date: string };
		const meta = await (await get(chartMetadata, { id: 'contributions-over-time' })).json();
		expect(meta.release).toMatchObject({ id: release.id, date: release.date });
		expect(meta.dashboard).toBe('/funding#contributions-over-time');
		expect(meta.data).toBe('/api/charts/contributions-over-time.csv');
		expect(meta.embed).toBe('/embed/contributions-over-time');
		expect(meta.recommendation).toBe('III.1');
		expect(meta.citation).toContain(release.id);
		expect(meta.citation).toContain(meta.dashboard);
		expect(meta.sources.length).toBeGreaterThan(0);
		expect(meta.sources.every((s: string) => /^https?:\/\//.test(s))).toBe(true);
		const map = await (await get(chartMetadata, { id: 'participation-map' })).json();
		expect(map).toMatchObject({ synthetic: true, dashboard: '/participation#participation-map', embed: null });
	});

	it('writes each meeting’s published attendance as the source CSV has it, with its qualifier', async () => {
		const source = await sourceRows<Record<string, string | null>>(
			'meetings.csv',
			'SELECT year, onsite, onsite_qualifier, registrations FROM src ORDER BY year'
		);
		const csv = await csvOf('participants-per-year');
		const at = (name: string) => csv.header.indexOf(name);
		expect(csv.rows.map((r) => r[at('year')])).toEqual(source.map((s) => s.year));
		expect(csv.rows.map((r) => r[at('onsite')])).toEqual(source.map((s) => s.onsite ?? ''));
		expect(csv.rows.map((r) => r[at('onsite_qualifier')])).toEqual(source.map((s) => s.onsite_qualifier ?? ''));
		expect(csv.rows.map((r) => r[at('registrations')])).toEqual(source.map((s) => s.registrations ?? ''));
	});

	it('answers 404 for a chart that does not exist', async () => {
		await expect(get(chartCsv, { id: 'no-such-chart' })).rejects.toMatchObject({ status: 404 });
	});
});

describe('/api/datasets/<name>.parquet and .csv', () => {
	it('serves every dataset of the release: the recorded Parquet bytes and every row as CSV', async () => {
		const release = JSON.parse(readFileSync('data/releases/' + newestRelease(), 'utf8')) as {
			datasets: Record<string, { sha256: string; rows: number }>;
		};
		for (const d of manifest.datasets) {
			const bytes = new Uint8Array(await (await get(datasetParquet, { name: d.name })).arrayBuffer());
			expect(createHash('sha256').update(bytes).digest('hex'), d.name).toBe(release.datasets[d.name].sha256);
			const csv = parseCsv(await (await get(datasetCsv, { name: d.name })).text());
			expect(csv.header).toEqual(d.columns.map((c) => c.name));
			expect(csv.rows.length, d.name).toBe(d.rows);
		}
	});
});

function newestRelease(): string {
	return readdirSync('data/releases').sort().at(-1)!;
}
