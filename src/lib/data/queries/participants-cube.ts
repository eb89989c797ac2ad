import type { Database, Value } from '../db/database';
import { predicateFor, type FilterValue } from '../sql/predicates';
import { and, ident, literal } from '../sql/sql';

/** Row-level participant records (synthetic here, or a real registration export with the same schema). */
export const PARTICIPANTS_TABLES = ['participants'] as const;
export const PARTICIPANTS_CUBE = 'participants_cube';
export const PARTICIPANTS_COUNTRY_CUBE = 'participants_country_cube';

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

/**
 * The pre-aggregation as a table (the SQL strategy; the page holds the same cells in memory): at most
 * years × 5 regions × 6 groups × 3 genders × 2 modes × 2 × 2 cells, whatever the number of rows.
 */
export function participantsCubeQuery(source = 'participants'): string {
	return `CREATE TABLE IF NOT EXISTS ${PARTICIPANTS_CUBE} AS
SELECT year, un_regional_group, stakeholder_group, gender, mode, first_time, developing_country, CAST(count(*) AS BIGINT) AS n
FROM ${ident(source)} GROUP BY ALL`;
}

/** The map's cube: countries kept apart so the main cube stays small. */
export function participantsCountryCubeQuery(source = 'participants'): string {
	return `CREATE TABLE IF NOT EXISTS ${PARTICIPANTS_COUNTRY_CUBE} AS
SELECT year, country_iso3, un_regional_group, stakeholder_group, gender, mode, CAST(count(*) AS BIGINT) AS n
FROM ${ident(source)} GROUP BY ALL`;
}

/** The cells an in-memory LinkedIndex holds: main cube dimensions (country apart, as above). */
export const CUBE_COLUMNS = ['year', 'un_regional_group', 'stakeholder_group', 'gender', 'mode', 'first_time'] as const;
export const COUNTRY_CUBE_COLUMNS = ['year', 'country_iso3', 'un_regional_group', 'stakeholder_group', 'gender', 'mode'] as const;

/**
 * One cube's cells with each dimension as a dictionary code: the 0-based rank of its value cast to
 * text (`CAST(column AS VARCHAR)`, exactly as linkedPanelsQuery casts keys and predicates), NULL last.
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

/** Builds both cubes once (idempotent: later calls find the tables). */
export async function ensureParticipantsCubes(db: Database, source = 'participants'): Promise<void> {
	await db.query(participantsCubeQuery(source));
	await db.query(participantsCountryCubeQuery(source));
}

function whereExcept(values: Readonly<Record<string, FilterValue>>, except: string | null): string {
	return and(LINKED_FACETS.filter((f) => f.key !== except && values[f.key]).map((f) => predicateFor(f.column, values[f.key])));
}

function groupBy(panel: LinkedPanel, column: string, table: string, where: string, region = 'NULL'): string {
	return `SELECT ${literal(panel)} AS panel, CAST(${ident(column)} AS VARCHAR) AS key, ${region} AS region, CAST(sum(n) AS BIGINT) AS n
FROM ${table} WHERE ${where} GROUP BY ALL`;
}

/**
 * Every linked panel in ONE query: each facet grouped under every filter but its own (the
 * crossfilter rule, so a chart still offers its other choices), the map by country and the total
 * under all filters. Reads only the cubes. The page answers from an in-memory index of the same
 * cells instead (LinkedIndex: no round trip to the engine); this query is the reference it is tested
 * against and one of the strategies `npm run bench` compares.
 */
export function linkedPanelsQuery(values: Readonly<Record<string, FilterValue>> = {}): string {
	const all = whereExcept(values, null);
	const parts = [
		...LINKED_FACETS.map((f) => groupBy(f.key, f.column, PARTICIPANTS_CUBE, whereExcept(values, f.key))),
		groupBy('first_time', 'first_time', PARTICIPANTS_CUBE, all),
		groupBy('country', 'country_iso3', PARTICIPANTS_COUNTRY_CUBE, all, 'un_regional_group'),
		`SELECT 'total' AS panel, 'all' AS key, NULL AS region, CAST(coalesce(sum(n), 0) AS BIGINT) AS n FROM ${PARTICIPANTS_CUBE} WHERE ${all}`
	];
	return `${parts.map((p) => `(${p})`).join('\nUNION ALL\n')}\nORDER BY panel, key`;
}
