import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/data/db/database';
import type { LinkedPanelRow } from '../../src/lib/data/queries/participants-cube';
import { bundledDatabase, sourceRows } from './source-csv';
import { ensureParticipantsCubes, linkedPanelsQuery } from './linked-panels-sql';

type Count = { key: string; n: string };

/** Independent count from participants.csv with native DuckDB. */
async function csvCounts(column: string, where = 'TRUE'): Promise<Map<string, number>> {
	const rows = await sourceRows<Count>(
		'participants.csv',
		`SELECT CAST(${column} AS VARCHAR) AS key, CAST(count(*) AS VARCHAR) AS n FROM src WHERE ${where} GROUP BY 1`
	);
	return new Map(rows.map((r) => [r.key, Number(r.n)]));
}

const panel = (rows: LinkedPanelRow[], p: string) =>
	new Map(rows.filter((r) => r.panel === p).map((r) => [r.key, r.n]));

describe('participants cube and linkedPanelsQuery', () => {
	let db: Database;
	beforeAll(async () => {
		db = await bundledDatabase();
		await ensureParticipantsCubes(db);
		await ensureParticipantsCubes(db); // idempotent
	});
	afterAll(() => db.close());

	it('without filters, every panel counts all participant rows', async () => {
		const rows = await db.query<LinkedPanelRow>(linkedPanelsQuery());
		expect(panel(rows, 'year')).toEqual(await csvCounts('year'));
		expect(panel(rows, 'region')).toEqual(await csvCounts('un_regional_group'));
		expect(panel(rows, 'stakeholder')).toEqual(await csvCounts('stakeholder_group'));
		expect(panel(rows, 'country')).toEqual(await csvCounts('country_iso3'));
		const [total] = await sourceRows<Count>(
			'participants.csv',
			"SELECT 'all' AS key, CAST(count(*) AS VARCHAR) AS n FROM src"
		);
		expect(panel(rows, 'total').get('all')).toBe(Number(total.n));
	});

	it('applies every filter but its own to each panel (crossfilter rule)', async () => {
		const values = {
			year: { kind: 'set', values: ['2022'] },
			region: { kind: 'set', values: ['African', 'WEOG'] },
			gender: { kind: 'set', values: ['female'] }
		} as const;
		const rows = await db.query<LinkedPanelRow>(linkedPanelsQuery(values));
		const y = 'year = 2022';
		const r = "un_regional_group IN ('African', 'WEOG')";
		const g = "gender = 'female'";
		expect(panel(rows, 'year')).toEqual(await csvCounts('year', `${r} AND ${g}`));
		expect(panel(rows, 'region')).toEqual(await csvCounts('un_regional_group', `${y} AND ${g}`));
		expect(panel(rows, 'gender')).toEqual(await csvCounts('gender', `${y} AND ${r}`));
		expect(panel(rows, 'stakeholder')).toEqual(await csvCounts('stakeholder_group', `${y} AND ${r} AND ${g}`));
		expect(panel(rows, 'country')).toEqual(await csvCounts('country_iso3', `${y} AND ${r} AND ${g}`));
	});

	it('treats filter values as data, never as SQL', async () => {
		const rows = await db.query<LinkedPanelRow>(
			linkedPanelsQuery({ region: { kind: 'set', values: ["x') OR TRUE --"] } })
		);
		expect(panel(rows, 'total').get('all')).toBe(0);
	});
});
