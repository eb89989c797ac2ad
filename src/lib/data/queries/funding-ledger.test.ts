// "Bring the real ledger": a complete ledger in the contributions schema builds and every funding query runs unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Database } from '../db/database';
import { openNodeDatabaseWith } from '../db/duckdb-node';
import { buildCatalog } from '../catalog/build-catalog';
import { DATASETS } from '../catalog/datasets';
import { sourceRows } from '../../../../tests/unit/source-csv';
import { expectFundingQueriesMatch, type CsvRow } from '../../../../tests/unit/funding-reference';
import { bundledDatabase } from '../../../../tests/unit/source-csv';
import { LEDGER as SMALL_LEDGER, LEDGER_COLUMNS, ledgerText } from '../../../../tests/fixtures/ledger';
import * as pq from 'parquet-wasm/node';
import { readFileSync } from 'node:fs';
import { rowsToArrow } from '../catalog/arrow-records';
import { readCategoryMap } from '../catalog/category-map';
import { validateUpload } from '../catalog/validate-upload';
import { FUNDING_TABLES, contributionsByYearQuery, disclosureCoverageQuery, hostsQuery, type CoverageRow, type YearTypeRow } from './funding';

const LEDGER = resolve('tests/fixtures/ledger/contributions.csv');

describe('a complete (synthetic) ledger dropped into data/sources', () => {
	let dir: string;
	let db: Database;
	let csv: CsvRow[];
	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'igf-ledger-'));
		db = await buildFunding(dir, (sources) => copyFile(LEDGER, join(sources, 'contributions.csv')));
		csv = await sourceRows<CsvRow>(LEDGER);
	}, 120_000);
	afterAll(async () => {
		await db?.close();
		await rm(dir, { recursive: true, force: true });
	});

	it('is marked synthetic in every row', () => {
		expect(csv.length).toBeGreaterThan(50);
		expect(csv.every((r) => r.donor!.startsWith('SYNTHETIC') || r.note!.startsWith('SYNTHETIC'))).toBe(true);
	});

	it('gives the same figures as an independent computation, in both currency bases', async () => {
		await expectFundingQueriesMatch(db, csv, 'usd');
		await expectFundingQueriesMatch(db, csv, 'original');
	});

	it('leaves the ledger’s empty years as gaps and fills the coverage grid from it', async () => {
		const byYear = await db.query<YearTypeRow>(contributionsByYearQuery({ where: 'TRUE', basis: 'usd' }));
		const years = new Set(byYear.map((r) => r.year));
		expect(years.has(2010)).toBe(false);
		expect(years.has(2011)).toBe(true);
		const cov = await db.query<CoverageRow>(disclosureCoverageQuery('TRUE'));
		expect(cov.find((c) => c.year === 2010)!.donor_list).toBe(0);
		expect(cov.find((c) => c.year === 2011)!.amounts).toBe(csv.filter((r) => r.year === '2011').length);
		expect((await db.query(hostsQuery('TRUE'))).length).toBe(cov.length);
	});
});

describe('the same ledger dropped in as Parquet', () => {
	let dir: string;
	let db: Database;
	let csv: CsvRow[];
	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'igf-ledger-pq-'));
		db = await buildFunding(dir, async (sources) => {
			await rm(join(sources, 'contributions.csv'));
			// A typed Parquet export of the ledger, as a finance system would write it (numbers as numbers).
			await writeLedgerParquet(LEDGER, join(sources, 'contributions.parquet'));
		});
		csv = await sourceRows<CsvRow>(LEDGER);
	}, 120_000);
	afterAll(async () => {
		await db?.close();
		await rm(dir, { recursive: true, force: true });
	});

	it('builds and gives the same figures as the CSV ledger', async () => {
		await expectFundingQueriesMatch(db, csv, 'usd');
		await expectFundingQueriesMatch(db, csv, 'original');
	});

	it('is refused with a message when a CSV of the same dataset is there too, or when the file is not Parquet', async () => {
		const sources = join(dir, 'sources');
		const datasets = DATASETS.filter((d) => d.name === 'contributions');
		await copyFile(LEDGER, join(sources, 'contributions.csv'));
		const both = await buildCatalog({ sourcesDir: sources, outDir: join(dir, 'out2'), datasets });
		expect(both.manifest).toBeNull();
		expect(both.problems.map((p) => p.message).join('\n')).toMatch(/both contributions\.csv and this Parquet file/);
		await rm(join(sources, 'contributions.csv'));
		await writeFile(join(sources, 'contributions.parquet'), 'year,donor\n2010,nobody\n');
		const broken = await buildCatalog({ sourcesDir: sources, outDir: join(dir, 'out3'), datasets });
		expect(broken.manifest).toBeNull();
		expect(broken.problems[0]).toMatchObject({ file: expect.stringMatching(/contributions\.parquet$/), severity: 'error' });
		expect(broken.problems[0].message).toMatch(/not a readable Parquet file/);
	});
});

describe('a three-donor ledger uploaded on /data, through the browser’s path', () => {
	let db: Database;
	beforeAll(async () => {
		db = await bundledDatabase();
		const map = readCategoryMap(readFileSync('data/sources/category_map.csv', 'utf8'), 'category_map.csv').map;
		const decodeParquet = (b: Uint8Array) => pq.readParquet(b).intoIPCStream();
		const read = validateUpload('ledger.csv', new TextEncoder().encode(ledgerText()), { specs: DATASETS, map, decodeParquet });
		if (!read.ok) throw new Error(JSON.stringify(read.error));
		await db.loadParquet('contributions', pq.writeParquet(pq.Table.fromIPCStream(rowsToArrow(read.columns, read.rows))));
	}, 60_000);
	afterAll(() => db?.close());

	// One donor with no note was a NULL "earmarked" beside a FALSE one: two bars under one key on /funding.
	it('gives the same figures as an independent computation, a note left empty included', async () => {
		const csv = SMALL_LEDGER.map((r) => Object.fromEntries(LEDGER_COLUMNS.map((c, i) => [c, r[i] === null ? null : String(r[i])])));
		expect(csv.some((r) => r.note === null)).toBe(true);
		await expectFundingQueriesMatch(db, csv, 'usd');
		await expectFundingQueriesMatch(db, csv, 'original');
	});
});

/** Copies data/sources into dir/sources, lets `prepare` drop the ledger in, builds the funding datasets and opens them. */
async function buildFunding(dir: string, prepare: (sources: string) => Promise<void>): Promise<Database> {
	const sources = join(dir, 'sources');
	const out = join(dir, 'data');
	await copyFileTree('data/sources', sources);
	await prepare(sources);
	const datasets = DATASETS.filter((d) => (FUNDING_TABLES as readonly string[]).includes(d.name));
	const built = await buildCatalog({ sourcesDir: sources, outDir: out, datasets, builtAt: '2000-01-01T00:00:00Z' });
	expect(built.problems.filter((p) => p.severity === 'error')).toEqual([]);
	return openNodeDatabaseWith(Object.fromEntries(built.manifest!.datasets.map((d) => [d.name, join(out, d.file)])));
}

async function writeLedgerParquet(csvPath: string, parquetPath: string) {
	const { DuckDBInstance } = await import('@duckdb/node-api');
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	await connection.run(
		`COPY (SELECT * REPLACE (TRY_CAST(year AS INTEGER) AS year, TRY_CAST(amount AS DOUBLE) AS amount) FROM read_csv('${csvPath}', header = true, all_varchar = true)) TO '${parquetPath}' (FORMAT parquet)`
	);
	connection.closeSync();
	instance.closeSync();
}

async function copyFileTree(from: string, to: string) {
	const { mkdir } = await import('node:fs/promises');
	await mkdir(to, { recursive: true });
	for (const name of await readdir(from)) if (name.endsWith('.csv')) await copyFile(join(from, name), join(to, name));
}
