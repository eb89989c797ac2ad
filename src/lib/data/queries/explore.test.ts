import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { bundledDatabase, sourceRows } from '../../../../tests/unit/source-csv';
import { predicateFor } from '../sql/predicates';
import { and } from '../sql/sql';
import { tableColumnsQuery, type DatabaseColumn } from './catalog';
import {
	categoryCountsQuery,
	countQuery,
	distinctCountsQuery,
	exploreQuery,
	numericBoundsQuery,
	pageQuery,
	sourcesQuery,
	type ExploreView
} from './explore';

type Src = Record<string, string | null>;
const view = (v: Partial<ExploreView>): ExploreView => ({ table: 'contributions', where: 'TRUE', groupBy: [], aggregate: null, sort: null, ...v });

describe('explore queries against the bundled Parquet', () => {
	let db: Database;
	let source: Src[];
	let columns: DatabaseColumn[];
	beforeAll(async () => {
		db = await bundledDatabase();
		source = await sourceRows<Src>('contributions.csv');
		columns = await db.query<DatabaseColumn & Record<string, string>>(tableColumnsQuery('contributions'));
	});
	afterAll(() => db.close());

	it('lists columns with types', () => {
		expect(columns.slice(0, 2)).toEqual([
			{ name: 'year', type: 'INTEGER' },
			{ name: 'donor', type: 'VARCHAR' }
		]);
	});

	it('filters rows with range, set and text predicates (checked against the CSV)', async () => {
		const where = and([
			predicateFor('year', { kind: 'range', min: 2010, max: 2016 }),
			predicateFor('donor_type', { kind: 'set', values: ['government', 'private_sector'] }),
			predicateFor('donor', { kind: 'text', text: 'a' })
		]);
		const rows = await db.query(exploreQuery(view({ where })));
		const expected = source.filter(
			(r) =>
				r.year != null &&
				Number(r.year) >= 2010 &&
				Number(r.year) <= 2016 &&
				['government', 'private_sector'].includes(r.donor_type!) &&
				r.donor!.toLowerCase().includes('a')
		);
		expect(rows.length).toBe(expected.length);
		expect(rows.length).toBeGreaterThan(0);
		const [{ n }] = await db.query<{ n: number }>(countQuery(exploreQuery(view({ where }))));
		expect(n).toBe(expected.length);
	});

	it('sorts by any column with nulls last, and pages', async () => {
		const sql = exploreQuery(view({ sort: { column: 'amount_usd', desc: true } }));
		const all = await db.query<{ amount_usd: number | null }>(sql);
		const amounts = all.map((r) => r.amount_usd);
		const nonNull = amounts.filter((a): a is number => a !== null);
		expect(amounts.slice(0, nonNull.length)).toEqual([...nonNull].sort((a, b) => b - a));
		expect(amounts.slice(nonNull.length).every((a) => a === null)).toBe(true);
		expect(await db.query(pageQuery(sql, 5, 10))).toEqual(all.slice(10, 15));
	});

	it('groups and aggregates: count, sum, share (checked against the CSV)', async () => {
		const counts = await db.query<{ donor_type: string; count: number }>(
			exploreQuery(view({ groupBy: ['donor_type'], aggregate: { fn: 'count', column: null } }))
		);
		const byType = new Map<string, number>();
		for (const r of source) byType.set(r.donor_type!, (byType.get(r.donor_type!) ?? 0) + 1);
		expect(Object.fromEntries(counts.map((r) => [r.donor_type, r.count]))).toEqual(Object.fromEntries(byType));

		const sums = await db.query<{ recipient: string; sum_amount_usd: number | null }>(
			exploreQuery(view({ groupBy: ['recipient'], aggregate: { fn: 'sum', column: 'amount_usd' } }))
		);
		for (const s of sums) {
			const mine = source.filter((r) => r.recipient === s.recipient && r.amount_usd);
			const expected = mine.length ? mine.reduce((t, r) => t + Number(r.amount_usd), 0) : null;
			if (expected === null) expect(s.sum_amount_usd).toBeNull();
			else expect(s.sum_amount_usd).toBeCloseTo(expected, 6);
		}

		const shares = await db.query<{ share_of_rows: number }>(
			exploreQuery(view({ groupBy: ['donor_type'], aggregate: { fn: 'share', column: null } }))
		);
		expect(shares.reduce((t, r) => t + r.share_of_rows, 0)).toBeCloseTo(100, 9);
	});

	it('aggregates without a group: one row', async () => {
		const rows = await db.query(exploreQuery(view({ aggregate: { fn: 'max', column: 'year' } })));
		expect(rows).toEqual([{ max_year: Math.max(...source.filter((r) => r.year).map((r) => Number(r.year))) }]);
	});

	it('computes column stats: numeric bounds, distinct counts, category counts', async () => {
		const [bounds] = await db.query(numericBoundsQuery('contributions', columns)!);
		const years = source.filter((r) => r.year).map((r) => Number(r.year));
		expect(bounds['min:year']).toBe(Math.min(...years));
		expect(bounds['max:year']).toBe(Math.max(...years));
		const [distinct] = await db.query(distinctCountsQuery('contributions', columns)!);
		expect(distinct['distinct:donor_type']).toBe(new Set(source.map((r) => r.donor_type)).size);
		const cats = await db.query<{ value: string; n: number }>(categoryCountsQuery('contributions', 'donor_type', 'TRUE'));
		expect(cats.reduce((t, c) => t + c.n, 0)).toBe(source.length);
	});

	it('lists distinct sources of the filtered rows', async () => {
		const urls = await db.query<{ url: string }>(sourcesQuery('contributions', 'source_url', 'TRUE'));
		const expected = new Set(source.flatMap((r) => (r.source_url ?? '').split(' | ').map((s) => s.trim())).filter(Boolean));
		expect(new Set(urls.map((u) => u.url))).toEqual(expected);
	});

	it('escapes hostile column names and values', () => {
		const sql = exploreQuery(view({ groupBy: ['a"; DROP TABLE t; --'], aggregate: { fn: 'count', column: null } }));
		expect(sql).toContain('"a""; DROP TABLE t; --"');
	});
});

describe('small-cell suppression of row-level data (participants)', () => {
	let db: Database;
	type Cell = { year: number; country_iso3: string; gender: string; n: number };
	let cells: Cell[];
	const k = 5;
	const keyOf = (r: { year: number; country_iso3: string; gender: string }) => `${r.year}|${r.country_iso3}|${r.gender}`;
	beforeAll(async () => {
		db = await bundledDatabase();
		// Independent computation: the source CSV counted in JavaScript.
		const source = await sourceRows<{ year: string; country_iso3: string; gender: string }>('participants.csv');
		const counts = new Map<string, Cell>();
		for (const r of source) {
			const key = keyOf({ ...r, year: Number(r.year) });
			const c = counts.get(key) ?? { year: Number(r.year), country_iso3: r.country_iso3, gender: r.gender, n: 0 };
			c.n++;
			counts.set(key, c);
		}
		cells = [...counts.values()];
	});
	afterAll(() => db.close());

	const grouped = (aggregate: ExploreView['aggregate']) =>
		exploreQuery({
			table: 'participants',
			where: 'TRUE',
			groupBy: ['year', 'country_iso3', 'gender'],
			aggregate,
			sort: null,
			minCell: k
		});

	it('withholds every count from 1 to k − 1 and keeps k and above (the boundary exists in the data)', async () => {
		expect(cells.some((c) => c.n === k - 1)).toBe(true);
		expect(cells.some((c) => c.n === k)).toBe(true);
		const rows = await db.query<{ year: number; country_iso3: string; gender: string; count: number | null }>(
			grouped({ fn: 'count', column: null })
		);
		expect(rows).toHaveLength(cells.length);
		const byKey = new Map(rows.map((r) => [keyOf(r), r.count]));
		for (const c of cells) expect(byKey.get(keyOf(c)), keyOf(c)).toBe(c.n < k ? null : c.n);
	});

	it('withholds other aggregates (share, mean) of small groups too', async () => {
		const rows = await db.query<{ year: number; country_iso3: string; gender: string; share_of_rows: number | null }>(
			grouped({ fn: 'share', column: null })
		);
		const small = new Set(cells.filter((c) => c.n < k).map(keyOf));
		for (const r of rows) expect(r.share_of_rows === null, keyOf(r)).toBe(small.has(keyOf(r)));
	});

	it('an aggregate without groups over fewer than k rows is withheld', async () => {
		const tiny = cells.find((c) => c.n === k - 1)!;
		const where = `year = ${tiny.year} AND country_iso3 = '${tiny.country_iso3}' AND gender = '${tiny.gender}'`;
		const view = { table: 'participants', where, groupBy: [], sort: null, minCell: k };
		expect(await db.query(exploreQuery({ ...view, aggregate: { fn: 'count', column: null } }))).toEqual([{ count: null }]);
		const ok = cells.find((c) => c.n === k)!;
		const whereOk = `year = ${ok.year} AND country_iso3 = '${ok.country_iso3}' AND gender = '${ok.gender}'`;
		expect(await db.query(exploreQuery({ ...view, where: whereOk, aggregate: { fn: 'count', column: null } }))).toEqual([
			{ count: k }
		]);
	});

	it('value counts for the filter builder are withheld below k', async () => {
		const year = cells.find((c) => c.n === k - 1)!.year;
		const expected = new Map<string, number>();
		for (const c of cells.filter((c) => c.year === year)) expected.set(c.country_iso3, (expected.get(c.country_iso3) ?? 0) + c.n);
		const rows = await db.query<{ value: string; n: number | null }>(
			categoryCountsQuery('participants', 'country_iso3', `year = ${year}`, 1000, k)
		);
		expect(rows).toHaveLength(expected.size);
		for (const r of rows) expect(r.n, r.value).toBe(expected.get(r.value)! < k ? null : expected.get(r.value));
	});
});
