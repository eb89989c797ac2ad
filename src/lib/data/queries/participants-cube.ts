import type { Value } from '../db/database';
import { ident, literal } from '../sql/sql';

/** Row-level participant records (synthetic here, or a real registration export with the same schema). */
export const PARTICIPANTS_TABLES = ['participants'] as const;

/** The cross-filter dimensions of the row-level view: URL key → cube column. */
export const LINKED_FACETS = [
	{ key: 'year', column: 'year' },
	{ key: 'region', column: 'un_regional_group' },
	{ key: 'stakeholder', column: 'stakeholder_group' },
	{ key: 'gender', column: 'gender' },
	{ key: 'mode', column: 'mode' }
] as const;
export type LinkedFacet = (typeof LINKED_FACETS)[number]['key'];
/** Panels of the batched answer: one per facet, plus the map (by country) and the filtered total. */
export type LinkedPanel = LinkedFacet | 'country' | 'first_time' | 'total';

export interface LinkedPanelRow {
	[key: string]: Value;
	panel: LinkedPanel;
	/** The category (year as text, region, ISO3 country…); 'all' for the total. */
	key: string;
	/** The country's UN regional group (country panel only; null elsewhere). */
	region: string | null;
	/** Participant records in the cell (unsuppressed: suppress before showing). */
	n: number;
}

/** The cells an in-memory LinkedIndex holds: the main cube, and countries in a cube of their own so the main one stays small. */
export const CUBE_COLUMNS = ['year', 'un_regional_group', 'stakeholder_group', 'gender', 'mode', 'first_time'] as const;
export const COUNTRY_CUBE_COLUMNS = ['year', 'country_iso3', 'un_regional_group', 'stakeholder_group', 'gender', 'mode'] as const;

/**
 * One cube's cells with each dimension as a dictionary code: the 0-based rank of its value cast to
 * text (`CAST(column AS VARCHAR)`, exactly as the SQL reference the index is tested against casts keys and
 * predicates: tests/unit/linked-panels-sql.ts), NULL last.
 * Integer columns reach the page as typed arrays, with no per-cell text to decode. Scans the rows once.
 */
export function cubeCodesQuery(columns: readonly string[], source = 'participants'): string {
	const text = columns.map((c) => `CAST(${ident(c)} AS VARCHAR) AS ${ident(c)}`).join(', ');
	const codes = columns
		.map((c) => `CAST(dense_rank() OVER (ORDER BY ${ident(c)} NULLS LAST) - 1 AS INTEGER) AS ${ident(c)}`)
		.join(', ');
	return `SELECT ${codes}, CAST(n AS DOUBLE) AS n
FROM (SELECT ${text}, count(*) AS n FROM ${ident(source)} GROUP BY ALL)`;
}

/** The dictionaries of cubeCodesQuery: each column's distinct values as text, with their codes. */
export function cubeDictionariesQuery(columns: readonly string[], source = 'participants'): string {
	return columns
		.map(
			(c) => `SELECT ${literal(c)} AS "column", v AS value, CAST(row_number() OVER (ORDER BY v NULLS LAST) - 1 AS INTEGER) AS code
FROM (SELECT DISTINCT CAST(${ident(c)} AS VARCHAR) AS v FROM ${ident(source)})`
		)
		.map((q) => `(${q})`)
		.join('\nUNION ALL\n');
}
