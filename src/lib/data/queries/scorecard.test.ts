import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { bundledDatabase, sourceRows } from '../../../../tests/unit/source-csv';
import { recipientGroup } from '../../../../tests/unit/funding-reference';
import { INDICATORS, coveredRecommendationsQuery, indicatorSeriesQuery, type IndicatorPoint, type RecommendationRow } from './scorecard';

type Csv = Record<string, string | null>;

describe('scorecard queries against the bundled Parquet', () => {
	let db: Database;
	let points: IndicatorPoint[];
	let meetings: Csv[];
	beforeAll(async () => {
		db = await bundledDatabase();
		points = await db.query<IndicatorPoint>(indicatorSeriesQuery());
		meetings = await sourceRows<Csv>('meetings.csv');
	});
	afterAll(() => db.close());

	it('lists the covered recommendations with their texts from recommendations.csv', async () => {
		const rows = await db.query<RecommendationRow>(coveredRecommendationsQuery());
		const csv = await sourceRows<Csv>('recommendations.csv', "SELECT * FROM src WHERE covered_by_dashboard = 'true' ORDER BY id");
		expect(rows.map((r) => [r.id, r.text])).toEqual(csv.map((r) => [r.id, r.text]));
		const first = await sourceRows<Csv>('recommendations.csv', "SELECT source FROM src WHERE id = 'I.1'");
		expect(rows.every((r) => r.source === first[0].source)).toBe(true);
		expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(['III.1', 'III.2', 'III.3', 'IV.1', 'IV.2', 'IV.3', 'IV.4']));
	});

	it('gives every indicator one point per IGF year', () => {
		for (const ind of INDICATORS) expect(points.filter((p) => p.indicator === ind.key).map((p) => p.year), ind.key).toEqual(meetings.map((m) => Number(m.year)));
	});

	it('takes participation figures as published and leaves missing ones as gaps', () => {
		for (const m of meetings) {
			for (const k of ['onsite', 'online', 'countries'] as const) {
				const pt = points.find((p) => p.indicator === k && p.year === Number(m.year))!;
				expect(pt.value, `${k} ${m.year}`).toBe(m[k] ? Number(m[k]) : null);
				expect(pt.qualifier, `${k} ${m.year} qualifier`).toBe(m[`${k}_qualifier`] || null);
				expect(pt.relayed_by, `${k} ${m.year} relayed by`).toBe(m[`${k}_relayed_by`] || null);
			}
		}
	});

	it('counts money once and only received flows, from contributions.csv', async () => {
		const csv = await sourceRows<Csv>('contributions.csv');
		for (const pt of points.filter((p) => p.indicator === 'money')) {
			const rows = csv.filter(
				(r) => Number(r.year) === pt.year && !['pledge', 'decision'].includes(r.confidence!) && r.amount_usd && recipientGroup(r.recipient!) !== 'IGF Support Association'
			);
			const expected = rows.length ? rows.reduce((s, r) => s + Number(r.amount_usd), 0) : null;
			expect(pt.value, String(pt.year)).toBe(expected);
		}
	});

	it('counts host-cost allocations, not rows: a restatement in another currency is counted once', async () => {
		const costs = await sourceRows<Csv>('host_costs.csv');
		const restated = costs.filter((c) => c.same_allocation_as);
		expect(restated.length).toBeGreaterThan(0);
		for (const pt of points.filter((p) => p.indicator === 'host_costs')) {
			const covering = costs.filter((c) => {
				const [a, b = a] = c.year!.split('-').map(Number);
				return pt.year >= a && pt.year <= b;
			});
			const allocations = covering.filter((c) => !c.same_allocation_as).length;
			expect(pt.value, String(pt.year)).toBe(allocations || null);
			// Every restatement names a row of the same year and host that is counted.
			for (const r of covering.filter((c) => c.same_allocation_as))
				expect(covering.some((c) => c.item === r.same_allocation_as && c.host_country === r.host_country && !c.same_allocation_as)).toBe(true);
		}
	});

	it('takes the largest published NRI count per year', async () => {
		const nris = await sourceRows<Csv>('nris.csv');
		const y2023 = Math.max(...nris.filter((n) => n.year === '2023').map((n) => Number(n.count)));
		expect(points.find((p) => p.indicator === 'nris' && p.year === 2023)!.value).toBe(y2023);
		expect(points.find((p) => p.indicator === 'nris' && p.year === 2006)!.value).toBeNull();
	});
});
