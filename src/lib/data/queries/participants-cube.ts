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
 * The one pre-aggregation, built once after load: every later interaction reads this cube (at most
 * years × 5 regions × 6 groups × 3 genders × 2 modes × 2 × 2 cells, whatever the number of rows).
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
 * under all filters. Reads only the cubes.
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
