// The benchmark's baselines answer the same question as the app's query: same rows, other strategy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/data/db/database';
import { openNodeDatabaseWith } from '../../src/lib/data/db/duckdb-node';
import { BUILD_CUBES, RAW_AS_CUBES, batchedQuery, filterSequence, perChartQueries } from '../../bench/lib/interactions';
import { quantile, summarise } from '../../bench/lib/stats';

const sorted = (rows: Record<string, unknown>[]) => rows.map((r) => `${r.panel}|${r.key}|${r.n}`).sort();
const FACETS = {
	year: ['2019', '2022'],
	region: ['African', 'WEOG', 'GRULAC'],
	stakeholder: ['civil society', 'government'],
	gender: ['female', 'male'],
	mode: ['onsite', 'online']
};

describe('bench baselines', () => {
	let db: Database;
	beforeAll(async () => {
		db = await openNodeDatabaseWith({ participants: 'data/participants.parquet' });
	});
	afterAll(() => db.close());

	it('per-chart raw scans, batched raw and cube queries give the same panels for every step', async () => {
		const states = filterSequence(FACETS, 6);
		expect(states).toHaveLength(6);
		for (const sql of RAW_AS_CUBES) await db.query(sql);
		const raw = [];
		for (const s of states) {
			const parts = perChartQueries(batchedQuery(s));
			expect(parts.length).toBeGreaterThan(5);
			const perChart = (await Promise.all(parts.map((p) => db.query(p)))).flat();
			const batched = await db.query(batchedQuery(s));
			expect(sorted(perChart)).toEqual(sorted(batched));
			raw.push(sorted(batched));
		}
		for (const sql of BUILD_CUBES) await db.query(sql);
		for (const [i, s] of states.entries()) expect(sorted(await db.query(batchedQuery(s)))).toEqual(raw[i]);
		// A filtered step really filters: the total differs from the unfiltered one.
		const total = (rows: Record<string, unknown>[]) => rows.find((r) => r.panel === 'total')?.n;
		expect(total(await db.query(batchedQuery(states[0])))).toBeLessThan(
			Number(total(await db.query(batchedQuery({}))))
		);
	});

	it('summarises timings as median and nearest-rank p95', () => {
		const values = Array.from({ length: 20 }, (_, i) => 20 - i);
		expect(summarise(values)).toEqual({ median: 10, p95: 19, n: 20 });
		expect(quantile([5], 0.95)).toBe(5);
		expect(Number.isNaN(quantile([], 0.5))).toBe(true);
	});
});
