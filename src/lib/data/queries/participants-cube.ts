import type { Value } from '../db/database';
import { ident, literal } from '../sql/sql';

/** Row-level participant records (synthetic here, or a real registration export with the same schema). */
export const PARTICIPANTS_TABLES = ['participants'] as const;

/**
 * A cross-filter dimension of the row-level view: its URL key and the participant column it filters.
 * The page declares them once, as its filters (routes/participation/filters.ts), and passes them in.
 */
export interface LinkedFacet {
	readonly key: string;
	readonly column: string;
}
/** A panel of the batched answer: one per facet (its key), plus 'country' (the map), 'first_time' and 'total'. */
export type LinkedPanel = string;

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

/** The main cube's columns: the facets' and first_time. */
export const cubeColumns = (facets: readonly LinkedFacet[]) => unique([...facets.map((f) => f.column), 'first_time']);
/** The country cube's columns (kept apart so the main cube stays small): countries, their region, the facets'. */
export const countryCubeColumns = (facets: readonly LinkedFacet[]) =>
	unique(['country_iso3', 'un_regional_group', ...facets.map((f) => f.column)]);
const unique = (columns: readonly string[]) => [...new Set(columns)];

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
