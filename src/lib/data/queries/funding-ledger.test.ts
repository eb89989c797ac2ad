// "Bring the real ledger": a complete ledger in the contributions schema builds and every funding query runs unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Database } from '../db/database';
import { openNodeDatabaseWith } from '../db/duckdb-node';
import { buildCatalog } from '../catalog/build-catalog';
import { DATASETS } from '../catalog/datasets';
import { sourceRows } from '../../../../tests/unit/source-csv';
import { expectFundingQueriesMatch, type CsvRow } from '../../../../tests/unit/funding-reference';
import { FUNDING_TABLES, contributionsByYearQuery, disclosureCoverageQuery, hostsQuery, type CoverageRow, type YearTypeRow } from './funding';

const LEDGER = resolve('tests/fixtures/ledger/contributions.csv');

describe('a complete (synthetic) ledger dropped into data/sources', () => {
	let dir: string;
	let db: Database;
	let csv: CsvRow[];
	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'igf-ledger-'));
		const sources = join(dir, 'sources');
		const out = join(dir, 'data');
		await copyFileTree('data/sources', sources);
		await copyFile(LEDGER, join(sources, 'contributions.csv'));
		const datasets = DATASETS.filter((d) => (FUNDING_TABLES as readonly string[]).includes(d.name));
		const built = await buildCatalog({ sourcesDir: sources, outDir: out, datasets, builtAt: '2000-01-01T00:00:00Z' });
		expect(built.problems.filter((p) => p.severity === 'error')).toEqual([]);
		db = await openNodeDatabaseWith(Object.fromEntries(built.manifest!.datasets.map((d) => [d.name, join(out, d.file)])));
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

async function copyFileTree(from: string, to: string) {
	const { mkdir } = await import('node:fs/promises');
	await mkdir(to, { recursive: true });
	for (const name of await readdir(from)) if (name.endsWith('.csv')) await copyFile(join(from, name), join(to, name));
}
