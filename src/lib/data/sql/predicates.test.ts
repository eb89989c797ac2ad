import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inPredicate, matchesFilter, predicateFor, rangePredicate, textPredicate, type FilterValue } from './predicates';
import { and } from './sql';
import { openNodeDatabase } from '../db/duckdb-node';
import type { Database } from '../db/database';

describe('predicates', () => {
	it('builds ranges with open ends and skips empty filters', () => {
		expect(rangePredicate('year', 2010, 2015)).toBe('"year" BETWEEN 2010 AND 2015');
		expect(rangePredicate('year', null, 2015)).toBe('"year" <= 2015');
		expect(rangePredicate('year', null, null)).toBeNull();
		expect(inPredicate('region', [])).toBeNull();
		expect(textPredicate('donor', '')).toBeNull();
	});

	describe('against DuckDB', () => {
		let db: Database;
		beforeAll(async () => {
			db = await openNodeDatabase();
			await db.query(`CREATE TABLE t AS SELECT * FROM (VALUES
				(2010, 'WEOG', '100% sure'), (2012, 'African', 'O''Brien'), (2015, 'GRULAC', 'x_y')) v(year, region, donor)`);
		});
		afterAll(() => db.close());
		const count = async (where: string) => (await db.query<{ n: number }>(`SELECT count(*) AS n FROM t WHERE ${where}`))[0].n;

		it('matches exactly the rows the filter values describe', async () => {
			expect(await count(and([rangePredicate('year', 2011, 2015), inPredicate('region', ['African', 'GRULAC'])]))).toBe(2);
			expect(await count(predicateFor('donor', { kind: 'text', text: "o'b" })!)).toBe(1);
			expect(await count(predicateFor('donor', { kind: 'text', text: '%' })!)).toBe(1);
			expect(await count(predicateFor('donor', { kind: 'text', text: '_' })!)).toBe(1);
		});

		it('matchesFilter, the in-memory twin, keeps exactly the rows the SQL predicate keeps', async () => {
			const filters: [string, FilterValue][] = [
				['year', { kind: 'range', min: 2011, max: 2015 }],
				['year', { kind: 'range', min: null, max: 2012 }],
				['year', { kind: 'set', values: ['2010', '2015'] }],
				['region', { kind: 'set', values: ['African', "WEOG') OR TRUE --"] }],
				['region', { kind: 'set', values: [] }],
				['donor', { kind: 'text', text: "o'B" }],
				['donor', { kind: 'text', text: '%' }],
				['donor', { kind: 'text', text: '_' }]
			];
			const rows = await db.query<{ year: string; region: string; donor: string }>(
				'SELECT CAST(year AS VARCHAR) AS year, region, donor FROM t ORDER BY year'
			);
			for (const [column, value] of filters) {
				const where = predicateFor(column, value) ?? 'TRUE';
				const kept = await db.query<{ year: string }>(`SELECT CAST(year AS VARCHAR) AS year FROM t WHERE ${where} ORDER BY year`);
				const inMemory = rows.filter((r) => matchesFilter(r[column as 'year'], value)).map((r) => r.year);
				expect(inMemory, `${column} ${JSON.stringify(value)}`).toEqual(kept.map((r) => r.year));
			}
			expect(matchesFilter(null, { kind: 'set', values: ['x'] })).toBe(false);
			expect(matchesFilter(null, { kind: 'range', min: 1, max: null })).toBe(false);
		});

		it('treats crafted values as data: they match no rows instead of changing the query', async () => {
			const crafted = ["WEOG') OR TRUE --", "' OR 1=1; DROP TABLE t; --", '"; SELECT 1; --'];
			expect(await count(inPredicate('region', crafted)!)).toBe(0);
			for (const text of crafted) expect(await count(textPredicate('donor', text)!)).toBe(0);
			expect(await count('TRUE')).toBe(3);
		});
	});
});
