// Filter-change sequences for /participation's linked panels, as SQL from the reference builders the app's
// in-memory index is tested against.
import { PARTICIPATION_FILTERS } from '../../src/routes/participation/filters';
import {
	linkedPanelsQuery,
	participantsCountryCubeQuery,
	participantsCubeQuery
} from '../../tests/unit/linked-panels-sql';
import type { FilterValue } from '../../src/lib/data/sql/predicates';

export type Facets = Record<string, string[]>;

/** SQL listing each facet's values, so the sequence only picks values that exist. */
export const facetValuesSql = (column: string) =>
	`SELECT DISTINCT CAST("${column}" AS VARCHAR) AS v FROM participants WHERE "${column}" IS NOT NULL ORDER BY 1`;

export const FACET_COLUMNS = PARTICIPATION_FILTERS.map(({ key, column }) => ({ key, column }));

/** A user's session: each step toggles one value of one facet (years, regions, groups…), deterministic. */
export function filterSequence(facets: Facets, steps: number): Record<string, FilterValue>[] {
	const chosen: Record<string, string[]> = {};
	const states: Record<string, FilterValue>[] = [];
	for (let i = 0; i < steps; i++) {
		const { key } = FACET_COLUMNS[i % FACET_COLUMNS.length];
		const values = facets[key] ?? [];
		if (values.length === 0) continue;
		const value = values[(i * 7 + 3) % values.length];
		const current = chosen[key] ?? [];
		chosen[key] = current.includes(value) ? current.filter((v) => v !== value) : [...current, value].slice(-2);
		const state: Record<string, FilterValue> = {};
		for (const [k, v] of Object.entries(chosen)) if (v.length) state[k] = { kind: 'set', values: v };
		states.push(state);
	}
	return states;
}

/** The batched query split back into its panels: the per-chart shape (one query per chart). */
export function perChartQueries(batched: string): string[] {
	const body = batched.replace(/\nORDER BY [^\n]*$/, '');
	return body.split('\nUNION ALL\n').map((part) => part.trim().replace(/^\(([\s\S]*)\)$/, '$1'));
}

export const batchedQuery = (state: Record<string, FilterValue>) => linkedPanelsQuery(state);

/** The raw rows dressed as the cubes (n = 1 per row), so the same builders scan the raw table. */
export const RAW_AS_CUBES = [
	'DROP TABLE IF EXISTS participants_cube',
	'DROP TABLE IF EXISTS participants_country_cube',
	'CREATE OR REPLACE VIEW participants_cube AS SELECT *, CAST(1 AS BIGINT) AS n FROM participants',
	'CREATE OR REPLACE VIEW participants_country_cube AS SELECT *, CAST(1 AS BIGINT) AS n FROM participants'
];

export const BUILD_CUBES = [
	'DROP VIEW IF EXISTS participants_cube',
	'DROP VIEW IF EXISTS participants_country_cube',
	participantsCubeQuery(),
	participantsCountryCubeQuery()
];
