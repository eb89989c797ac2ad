import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { bundledDatabase, sourceRows } from '../../../../tests/unit/source-csv';
import { expectFundingQueriesMatch, recipientGroup, type CsvRow } from '../../../../tests/unit/funding-reference';
import {
	disclosureCoverageQuery,
	flowLinksQuery,
	flowRowsQuery,
	hostsQuery,
	INTERMEDIARY,
	type CoverageRow,
	type FlowLinkRow,
	type FlowRow,
	type HostRow
} from './funding';
import { rangePredicate } from '../sql/predicates';
import { and } from '../sql/sql';

describe('funding queries against the bundled Parquet', () => {
	let db: Database;
	let csv: CsvRow[];
	beforeAll(async () => {
		db = await bundledDatabase();
		csv = await sourceRows<CsvRow>('contributions.csv');
	});
	afterAll(() => db.close());

	it('match an independent computation over contributions.csv, in USD as published', async () => {
		await expectFundingQueriesMatch(db, csv, 'usd');
	});

	it('match it in original currency: only USD-denominated amounts are plotted, never converted', async () => {
		const { rows } = await expectFundingQueriesMatch(db, csv, 'original');
		const cad = rows.find((r) => r.currency === 'CAD')!;
		expect(cad.value).toBeNull();
		expect(cad.amount).toBe(100000);
	});

	it('keeps the currency and marks compilers’ computations as derived', async () => {
		const rows = await db.query<FlowRow>(flowRowsQuery({ where: 'TRUE', basis: 'usd' }));
		expect(new Set(rows.map((r) => r.currency))).toEqual(new Set(csv.map((r) => r.currency)));
		const derived = rows.filter((r) => r.derived).map((r) => r.donor);
		expect(derived).toEqual(csv.filter((r) => r.note?.startsWith('DERIVED')).map((r) => r.donor));
	});

	it('routes IGFSA outflows through the intermediary and never counts its inflows twice', async () => {
		const links = await db.query<FlowLinkRow>(flowLinksQuery({ where: 'TRUE', basis: 'usd' }));
		expect(links.some((l) => l.source === INTERMEDIARY && l.target === 'Trust Fund')).toBe(true);
		expect(links.some((l) => l.target === INTERMEDIARY && l.source !== INTERMEDIARY)).toBe(true);
		const igfsaToTf = csv
			.filter((r) => r.donor_type === 'association' && recipientGroup(r.recipient!) === 'Trust Fund' && r.confidence !== 'decision')
			.reduce((s, r) => s + Number(r.amount_usd), 0);
		expect(links.find((l) => l.source === INTERMEDIARY && l.target === 'Trust Fund')!.value).toBeCloseTo(igfsaToTf, 6);
	});

	it('filters by year range, donor type and recipient group', async () => {
		const where = and([rangePredicate('year', 2015, 2016), "donor_type IN ('association')", "recipient_group IN ('Trust Fund')"]);
		const rows = await db.query<FlowRow>(flowRowsQuery({ where, basis: 'usd' }));
		const expected = csv.filter(
			(r) => Number(r.year) >= 2015 && Number(r.year) <= 2016 && r.donor_type === 'association' && recipientGroup(r.recipient!) === 'Trust Fund'
		);
		expect(rows.map((r) => r.amount_usd).sort()).toEqual(expected.map((r) => Number(r.amount_usd)).sort());
	});

	it('disclosure coverage counts what is published per IGF year and shows nothing as 0', async () => {
		const cov = await db.query<CoverageRow>(disclosureCoverageQuery('TRUE'));
		const meetings = await sourceRows<CsvRow>('meetings.csv');
		expect(cov.map((c) => c.year)).toEqual(meetings.map((m) => Number(m.year)));
		for (const c of cov) {
			const donors = new Set(csv.filter((r) => Number(r.year) === c.year).map((r) => r.donor));
			expect(c.donor_list, String(c.year)).toBe(donors.size);
		}
		expect(cov.find((c) => c.year === 2012)!.totals).toBe(1);
		expect(cov.find((c) => c.year === 2006)!.amounts).toBe(0);
	});

	it('lists every annual host with its region and the published host-cost items', async () => {
		const hosts = await db.query<HostRow>(hostsQuery('TRUE'));
		const costs = await sourceRows<CsvRow>('host_costs.csv');
		const meetings = await sourceRows<CsvRow>('meetings.csv');
		expect(hosts.map((h) => [h.year, h.country, h.host_region])).toEqual(meetings.map((m) => [Number(m.year), m.country, m.host_region]));
		for (const h of hosts) {
			const items = costs.filter((c) => {
				const [a, b = a] = c.year!.split('-').map(Number);
				return h.year >= a && h.year <= b;
			});
			expect(h.cost_items, String(h.year)).toBe(items.filter((c) => !c.same_allocation_as).length);
			for (const r of items.filter((c) => c.same_allocation_as))
				expect(h.costs).toContain(`the same money as "${r.same_allocation_as}", counted once`);
		}
	});
});
