import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { bundledDatabase, sourceRows } from '../../../../tests/unit/source-csv';
import { compositionQuery, type CompositionRow } from './composition';

type Src = Record<string, string | null>;

describe('compositionQuery against the bundled Parquet', () => {
	let db: Database;
	let breakdown: Src[];
	let categoryMap: Src[];
	let meetings: Src[];
	beforeAll(async () => {
		db = await bundledDatabase();
		breakdown = await sourceRows<Src>('participation_breakdown.csv');
		categoryMap = await sourceRows<Src>('category_map.csv');
		meetings = await sourceRows<Src>('meetings.csv');
	});
	afterAll(() => db.close());

	for (const dimension of ['stakeholder_group', 'region', 'gender'] as const) {
		it(`returns every published ${dimension} figure as published, harmonised by category_map.csv`, async () => {
			const rows = await db.query<CompositionRow>(compositionQuery(dimension));
			const expected = breakdown.filter((r) => r.dimension === dimension);
			expect(rows).toHaveLength(expected.length);
			for (const e of expected) {
				const row = rows.find((r) => r.year === Number(e.year) && r.category === e.category && r.unit === e.unit)!;
				expect(row, `${e.year} ${e.category}`).toBeDefined();
				expect(row.value).toBe(Number(e.count_or_share));
				const mapped = categoryMap.find((m) => m.dimension === dimension && m.published_label === e.category);
				expect(row.canonical_category, e.category!).toBe(mapped?.canonical_category ?? null);
				expect(row.host_region).toBe(meetings.find((m) => m.year === e.year)?.host_region ?? null);
			}
		});
	}

	it('harmonises the published labels of 2012, 2022 and 2025 (e.g. "press" is media, "Africa" is African)', async () => {
		const sg = await db.query<CompositionRow>(compositionQuery('stakeholder_group'));
		const label = (year: number, category: string) => sg.find((r) => r.year === year && r.category === category)?.canonical_category;
		expect(label(2012, 'technical and academia community')).toBe('technical community');
		expect(label(2012, 'international organisations')).toBe('intergovernmental organisation');
		expect(label(2022, 'press')).toBe('media');
		expect(label(2006, 'private sector + media (combined)')).toBeNull();
		const region = await db.query<CompositionRow>(compositionQuery('region'));
		expect(region.find((r) => r.year === 2022 && r.category === 'Africa')?.canonical_category).toBe('African');
		expect(region.find((r) => r.year === 2025 && r.category === 'intergovernmental organizations')?.canonical_category).toBeNull();
	});
});
