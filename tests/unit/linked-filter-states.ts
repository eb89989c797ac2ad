// Random filter states of /participation's linked selection, for the property tests of the in-memory index.
import fc from 'fast-check';
import type { Database } from '../../src/lib/data/db/database';
import type { FilterValue } from '../../src/lib/data/sql/predicates';
import { PARTICIPATION_FILTERS as LINKED_FACETS } from '../../src/routes/participation/filters';

/** Each facet's values in the participant rows, as text. */
export async function facetValuesOf(db: Database): Promise<Record<string, string[]>> {
	const values: Record<string, string[]> = {};
	for (const f of LINKED_FACETS) {
		const rows = await db.query<{ v: string }>(`SELECT DISTINCT CAST(${f.column} AS VARCHAR) AS v FROM participants`);
		values[f.key] = rows.map((r) => r.v);
	}
	return values;
}

/** Up to three values of each facet (one that no row has among them), year as a set or a range. */
export function linkedFilterStates(facetValues: Record<string, string[]>) {
	const setOf = (key: string) =>
		fc
			.subarray([...facetValues[key], 'none-such'], { maxLength: 3 })
			.map((values): FilterValue => ({ kind: 'set', values }));
	const yearRange = fc
		.tuple(fc.option(fc.integer({ min: 2004, max: 2027 })), fc.option(fc.integer({ min: 2004, max: 2027 })))
		.map(([min, max]): FilterValue => ({ kind: 'range', min, max }));
	return fc.record(
		{
			year: fc.oneof(setOf('year'), yearRange),
			region: setOf('region'),
			stakeholder: setOf('stakeholder'),
			gender: setOf('gender'),
			mode: setOf('mode')
		},
		{ requiredKeys: [] }
	);
}
