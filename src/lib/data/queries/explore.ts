import { ident, literal } from '../sql/sql';
import { isNumericType, type DatabaseColumn } from './catalog';

export const AGGREGATES = ['count', 'sum', 'mean', 'min', 'max', 'share'] as const;
export type AggregateFn = (typeof AGGREGATES)[number];
/** What /explore shows: a table's filtered rows, or an aggregate of them grouped by some columns. */
export interface ExploreView {
	table: string;
	/** SQL predicate of the filters (from the crossfilter). */
	where: string;
	groupBy: readonly string[];
	/** count needs no column; share without a column is the share of rows. */
	aggregate: { fn: AggregateFn; column: string | null } | null;
	sort: { column: string; desc: boolean } | null;
	/** Row-level data: aggregates over fewer rows than this are NULL (small-cell suppression). */
	minCell?: number | null;
}

/** Hidden column counting the rows behind each aggregate, for suppression. */
const CELL_N = ident('__cell_n');

/** SQL: `value`, or NULL when `count` is 1..minCell − 1 rows (small-cell suppression of row-level data). */
function unlessSmall(value: string, count: string, minCell: number): string {
	return `CASE WHEN ${count} > 0 AND ${count} < ${literal(Math.floor(minCell))} THEN NULL ELSE ${value} END`;
}

export const isAggregate = (v: Pick<ExploreView, 'groupBy' | 'aggregate'>) => v.groupBy.length > 0 || v.aggregate !== null;

/** Name of the aggregate's output column, e.g. `sum_amount_usd`, `count`, `share_of_rows`. */
export function aggregateName(a: NonNullable<ExploreView['aggregate']>): string {
	if (a.fn === 'count') return 'count';
	if (a.fn === 'share') return a.column ? `share_of_${a.column}` : 'share_of_rows';
	return `${a.fn}_${a.column}`;
}

function aggregateExpr(a: NonNullable<ExploreView['aggregate']>): string {
	const c = a.column ? ident(a.column) : null;
	switch (a.fn) {
		case 'count':
			return 'count(*)';
		case 'share':
			// Percent of the filtered total: of rows, or of the column's sum.
			return c ? `100.0 * sum(${c}) / sum(sum(${c})) OVER ()` : '100.0 * count(*) / sum(count(*)) OVER ()';
		case 'mean':
			return `avg(${c})`;
		default:
			return `${a.fn}(${c})`;
	}
}

/** The full result, in display order: what the table pages through and every export writes. */
export function exploreQuery(v: ExploreView): string {
	const from = `FROM ${ident(v.table)} WHERE ${v.where}`;
	if (!isAggregate(v)) {
		const order = v.sort ? `${ident(v.sort.column)} ${v.sort.desc ? 'DESC' : 'ASC'} NULLS LAST, rowid` : 'rowid';
		return `SELECT * EXCLUDE (rowid) FROM (SELECT rowid, * ${from}) ORDER BY ${order}`;
	}
	const agg = v.aggregate ?? { fn: 'count' as const, column: null };
	const groups = v.groupBy.map(ident);
	const name = ident(aggregateName(agg));
	const value = `${aggregateExpr(agg)} AS ${name}`;
	const group = groups.length ? ` GROUP BY ${groups.join(', ')}` : '';
	const keys = groups.map((g) => `${g} ASC NULLS LAST`);
	const order = v.sort ? [`${ident(v.sort.column)} ${v.sort.desc ? 'DESC' : 'ASC'} NULLS LAST`, ...keys] : keys;
	const orderBy = order.length ? ` ORDER BY ${order.join(', ')}` : '';
	if (!v.minCell) return `SELECT ${[...groups, value].join(', ')} ${from}${group}${orderBy}`;
	// Any aggregate over 1..minCell-1 rows describes a small group of people: it is withheld, whatever the function.
	const inner = `SELECT ${[...groups, value, `count(*) AS ${CELL_N}`].join(', ')} ${from}${group}`;
	return `SELECT ${[...groups, `${unlessSmall(name, CELL_N, v.minCell)} AS ${name}`].join(', ')} FROM (${inner})${orderBy}`;
}

/** One page of any read query. */
export function pageQuery(sql: string, limit: number, offset: number): string {
	return `SELECT * FROM (${sql}) LIMIT ${literal(Math.max(0, Math.floor(limit)))} OFFSET ${literal(Math.max(0, Math.floor(offset)))}`;
}

export function countQuery(sql: string): string {
	return `SELECT count(*)::INTEGER AS n FROM (${sql})`;
}

/** Min and max of each numeric column, as `min:<col>` / `max:<col>`, for range filters. */
export function numericBoundsQuery(table: string, columns: readonly DatabaseColumn[]): string | null {
	const numeric = columns.filter((c) => isNumericType(c.type));
	if (!numeric.length) return null;
	const parts = numeric.flatMap((c) => [
		`min(${ident(c.name)})::DOUBLE AS ${ident(`min:${c.name}`)}`,
		`max(${ident(c.name)})::DOUBLE AS ${ident(`max:${c.name}`)}`
	]);
	return `SELECT ${parts.join(', ')} FROM ${ident(table)}`;
}

/** Number of distinct values of each non-numeric column, as `distinct:<col>`, to pick multi-select or search. */
export function distinctCountsQuery(table: string, columns: readonly DatabaseColumn[]): string | null {
	const other = columns.filter((c) => !isNumericType(c.type));
	if (!other.length) return null;
	return `SELECT ${other.map((c) => `count(DISTINCT ${ident(c.name)})::INTEGER AS ${ident(`distinct:${c.name}`)}`).join(', ')} FROM ${ident(table)}`;
}

/**
 * Each value of a column with its row count under the given filters (null as a value of its own).
 * With `minCell`, counts from 1 to minCell − 1 are NULL (row-level data).
 */
export function categoryCountsQuery(table: string, column: string, where: string, limit = 60, minCell: number | null = null): string {
	const c = ident(column);
	const n = minCell ? unlessSmall('count(*)::INTEGER', 'count(*)', minCell) : 'count(*)::INTEGER';
	return `SELECT CAST(${c} AS VARCHAR) AS value, ${n} AS n FROM ${ident(table)} WHERE ${where}
GROUP BY 1 ORDER BY count(*) DESC, value ASC NULLS LAST LIMIT ${literal(limit)}`;
}

/** Distinct source addresses of the filtered rows (a column may hold several, separated by " | "). */
export function sourcesQuery(table: string, column: string, where: string): string {
	return `SELECT DISTINCT trim(unnest(string_split(${ident(column)}, ' | '))) AS url FROM ${ident(table)}
WHERE ${where} AND ${ident(column)} IS NOT NULL ORDER BY url LIMIT 500`;
}

/** Column names and types of any read query's result (even when it has no rows). */
export function resultColumnsQuery(sql: string): string {
	return `SELECT column_name AS name, column_type AS type FROM (DESCRIBE ${sql})`;
}
