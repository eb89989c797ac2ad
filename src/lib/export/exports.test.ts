import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import * as pq from 'parquet-wasm/node';
import { unzipSync, strFromU8 } from 'fflate';
import type { Database, Row } from '../data/db/database';
import { openNodeDatabase } from '../data/db/duckdb-node';
import { bundledDatabase } from '../../../tests/unit/source-csv';
import { toArrow } from './to-arrow';
import { toJson } from './to-json';
import { toParquet } from './to-parquet';
import { provenanceMetadata, releaseProvenance, type Provenance, exportFileStem } from './provenance';
import { withSources } from './with-sources';
import { readdirSync, readFileSync } from 'node:fs';
import type { Release } from '../data/release/release';

const SQL =
	'SELECT year, donor, amount_usd, confidence, derived FROM contributions WHERE year BETWEEN 2008 AND 2015 ORDER BY year, donor, amount_usd';
const provenance: Provenance = {
	dataset: 'contributions',
	title: 'Financial contributions',
	shape: 'rows',
	filters: 'year 2008..2015',
	sql: SQL,
	url: 'http://localhost/explore?dataset=contributions',
	exportedAt: '2026-11-29T00:00:00.000Z',
	rows: 0,
	sources: ['https://example.org/a'],
	synthetic: false
};

describe('exports read back equal to the query result', () => {
	let db: Database;
	let rows: Row[];
	let ipc: Uint8Array;
	beforeAll(async () => {
		db = await bundledDatabase();
		rows = await db.query(SQL);
		ipc = await db.queryArrow(SQL);
	});
	afterAll(() => db.close());

	it('has rows to compare', () => expect(rows.length).toBeGreaterThan(3));

	it('JSON: an array of row objects', () => {
		expect(JSON.parse(toJson(Object.keys(rows[0]), rows))).toEqual(rows);
	});

	it('Arrow: same rows and the provenance in the schema metadata', () => {
		const table = tableFromIPC(toArrow(ipc, provenanceMetadata(provenance)));
		const back = table.toArray().map((r) => {
			const o = r.toJSON() as Record<string, unknown>;
			return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]));
		});
		expect(back).toEqual(rows);
		expect(table.schema.metadata.get('igf_metrics.filters')).toBe('year 2008..2015');
	});

	it('Parquet: same rows through DuckDB, with provenance as key-value metadata', async () => {
		const bytes = toParquet(pq, ipc, provenanceMetadata(provenance));
		const fresh = await openNodeDatabase();
		await fresh.loadParquet('back', bytes);
		expect(await fresh.query('SELECT * FROM back')).toEqual(rows);
		await fresh.close();
		// Key-value metadata survives into the Arrow schema parquet-wasm reads.
		const schema = pq.readSchema(bytes).intoIPCStream();
		expect(tableFromIPC(schema).schema.metadata.get('igf_metrics.dataset')).toBe('contributions');
	});

	it('ZIP with sources: data file, metadata.json and a README naming the sources', () => {
		const zip = unzipSync(withSources('contributions.csv', 'a\r\n1\r\n', { ...provenance, synthetic: true }));
		expect(Object.keys(zip).sort()).toEqual(['README.txt', 'contributions.csv', 'metadata.json']);
		expect(JSON.parse(strFromU8(zip['metadata.json'])).filters).toBe('year 2008..2015');
		const readme = strFromU8(zip['README.txt']);
		expect(readme).toContain('https://example.org/a');
		expect(readme).toMatch(/SYNTHETIC DATA/);
	});

	it('ZIP with sources: the release id and the digests of the datasets drawn from', () => {
		const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as {
			datasets: { name: string; sha256: string }[];
		};
		const digests = Object.fromEntries(manifest.datasets.map((d) => [d.name, d.sha256]));
		const [newest] = readdirSync('data/releases').sort().reverse();
		const recorded = JSON.parse(readFileSync(`data/releases/${newest}`, 'utf8')) as Release;
		const release = releaseProvenance(recorded, digests, ['contributions', 'meetings', 'mine'], ['meetings', 'mine']);
		const zip = unzipSync(withSources('contributions.csv', 'a\r\n1\r\n', { ...provenance, release }));
		expect(Object.keys(zip).sort()).toEqual(['README.txt', 'contributions.csv', 'metadata.json', 'release.json']);
		const json = JSON.parse(strFromU8(zip['release.json']));
		// The digest is the one the release recorded for the file the rows were read from.
		expect(json).toEqual({
			id: recorded.id,
			date: recorded.date,
			sha256: { contributions: recorded.datasets.contributions.sha256 },
			changelog: `api/releases/${recorded.id}.json`,
			uploaded: ['meetings', 'mine']
		});
		const readme = strFromU8(zip['README.txt']);
		expect(readme).toContain(`Data release: ${recorded.id} (${recorded.date})`);
		expect(readme).toContain(`- contributions ${recorded.datasets.contributions.sha256}`);
		expect(readme).toContain('not part of the release: meetings, mine.');
		expect(JSON.parse(strFromU8(zip['metadata.json'])).release.id).toBe(recorded.id);
		expect(provenanceMetadata({ ...provenance, release })['igf_metrics.release']).toBe(recorded.id);
	});

	it('names files after the dataset and filters', () => {
		expect(exportFileStem('contributions', 'year 2008..2015; donor_type: government')).toBe(
			'contributions-year-2008..2015-donor-type-government'
		);
	});
});
