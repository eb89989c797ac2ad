// The linked panels of /participation answered in SQL: the reference the app's in-memory index
// (src/lib/data/transform/linked-index.ts) is tested against, and the strategies `npm run bench` compares.
import type { Database } from '../../src/lib/data/db/database';
import type { LinkedPanel } from '../../src/lib/data/queries/participants-cube';
import { PARTICIPATION_FILTERS as LINKED_FACETS } from '../../src/routes/participation/filters';
import { predicateFor, type FilterValue } from '../../src/lib/data/sql/predicates';
import { and, ident, literal } from '../../src/lib/data/sql/sql';

const PARTICIPANTS_CUBE = 'participants_cube';
const PARTICIPANTS_COUNTRY_CUBE = 'participants_country_cube';

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

/** Builds both cubes once (idempotent: later calls find the tables). */
export async function ensureParticipantsCubes(db: Database, source = 'participants'): Promise<void> {
	await db.query(participantsCubeQuery(source));
	await db.query(participantsCountryCubeQuery(source));
}

function whereExcept(values: Readonly<Record<string, FilterValue>>, except: string | null): string {
	return and(
		LINKED_FACETS.filter((f) => f.key !== except && values[f.key]).map((f) => predicateFor(f.column, values[f.key]))
	);
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
