import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { bundledDatabase, sourceRows } from '../../../../tests/unit/source-csv';
import { indicatorsQuery, type IndicatorRow } from './indicators';
import { nrisOverTimeQuery, type NriRow } from './nris';

type Src = Record<string, string | null>;

describe('indicatorsQuery and nrisOverTimeQuery against the bundled Parquet', () => {
	let db: Database;
	beforeAll(async () => {
		db = await bundledDatabase();
	});
	afterAll(() => db.close());

	it('has countries represented for exactly the meetings that publish it', async () => {
		const rows = await db.query<IndicatorRow>(indicatorsQuery());
		const meetings = await sourceRows<Src>('meetings.csv');
		const countries = rows.filter((r) => r.indicator === 'countries represented');
		const published = meetings.filter((m) => m.countries);
		expect(countries.map((r) => [r.year, r.value])).toEqual(published.map((m) => [Number(m.year), Number(m.countries)]));
	});

	it('has first-time participants and MPs as published percentages', async () => {
		const rows = await db.query<IndicatorRow>(indicatorsQuery());
		const src = await sourceRows<Src>(
			'participation_breakdown.csv',
			"SELECT * FROM src WHERE category IN ('first-time participants', 'members of parliament') ORDER BY year"
		);
		for (const e of src) {
			const indicator = e.category === 'first-time participants' ? 'first-time participants' : 'members of parliament';
			const row = rows.find((r) => r.indicator === indicator && r.year === Number(e.year))!;
			expect(row.value).toBe(Number(e.count_or_share));
			expect(row.unit).toBe(e.unit);
		}
		expect(rows.filter((r) => r.indicator !== 'countries represented')).toHaveLength(src.length);
	});

	it('returns every NRI count with its qualifier class', async () => {
		const rows = await db.query<NriRow>(nrisOverTimeQuery());
		const src = await sourceRows<Src>('nris.csv');
		expect(rows).toHaveLength(src.length);
		for (const e of src) {
			const row = rows.find((r) => r.year === Number(e.year) && r.count === Number(e.count))!;
			expect(row.qualifier_text).toBe(e.qualifier);
			expect(row.qualifier).toBe(e.qualifier!.startsWith('lower bound') ? 'lower bound' : e.qualifier!.startsWith('exact') ? 'exact' : 'approximate');
		}
	});
});
