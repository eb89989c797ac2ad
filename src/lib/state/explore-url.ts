import { AGGREGATES, aggregateName, isAggregate, type AggregateFn, type ExploreView } from '$lib/data/queries/explore';
import type { DatabaseColumn } from '$lib/data/queries/catalog';
import { isNumericType } from '$lib/data/queries/catalog';
import type { FilterValue } from '$lib/data/sql/predicates';
import { decodeFilters, encodeFilters, type FilterSpec, type IgnoredParam } from './url-filters';

/** Everything /explore keeps in the URL besides the filters. */
export interface ExploreChoice {
	groupBy: string[];
	aggregate: ExploreView['aggregate'];
	sort: ExploreView['sort'];
	/** 1-based page of the table. */
	page: number;
}

/** Group-by columns a view may have. */
export const MAX_GROUP_BY = 3;
export const VIEW_PARAMS = ['dataset', 'group', 'agg', 'sort', 'page'] as const;
/** URL key of a column's filter. */
export const filterKey = (column: string) => `f.${column}`;

export interface DecodedExplore {
	choice: ExploreChoice;
	filters: Record<string, FilterValue>;
	ignored: IgnoredParam[];
}

/** URL → explore view for a table's columns: anything unknown or malformed is ignored and reported. */
export function decodeExplore(
	params: URLSearchParams,
	columns: readonly DatabaseColumn[],
	specs: readonly FilterSpec[]
): DecodedExplore {
	const decoded = decodeFilters(specs, params, VIEW_PARAMS);
	const ignored = [...decoded.ignored];
	const names = new Set(columns.map((c) => c.name));
	const choice: ExploreChoice = { groupBy: [], aggregate: null, sort: null, page: 1 };
	for (const g of params.getAll('group')) {
		if (!names.has(g)) ignored.push({ param: 'group', value: g, reason: 'no_column' });
		else if (!choice.groupBy.includes(g) && choice.groupBy.length < MAX_GROUP_BY) choice.groupBy.push(g);
		else ignored.push({ param: 'group', value: g, reason: 'group_limit' });
	}
	const agg = params.get('agg');
	if (agg !== null) {
		const [fn, column = null] = agg.split(':', 2) as [string, string | null];
		const type = columns.find((c) => c.name === column)?.type;
		if (!(AGGREGATES as readonly string[]).includes(fn))
			ignored.push({ param: 'agg', value: agg, reason: 'agg_unknown' });
		else if (fn === 'count' && column !== null) ignored.push({ param: 'agg', value: agg, reason: 'count_no_column' });
		else if (fn !== 'count' && fn !== 'share' && column === null)
			ignored.push({ param: 'agg', value: agg, reason: 'agg_needs_column' });
		else if (column !== null && !type) ignored.push({ param: 'agg', value: agg, reason: 'no_column' });
		else if (column !== null && fn !== 'min' && fn !== 'max' && !isNumericType(type!))
			ignored.push({ param: 'agg', value: agg, reason: 'agg_needs_numeric' });
		else choice.aggregate = { fn: fn as AggregateFn, column };
	}
	const sort = params.get('sort');
	if (sort !== null) {
		const desc = sort.startsWith('-');
		const column = desc ? sort.slice(1) : sort;
		if (!sortable(choice).includes(column)) ignored.push({ param: 'sort', value: sort, reason: 'sort_column' });
		else choice.sort = { column, desc };
	}
	const page = params.get('page');
	if (page !== null) {
		if (/^\d{1,7}$/.test(page) && Number(page) >= 1) choice.page = Number(page);
		else ignored.push({ param: 'page', value: page.slice(0, 40), reason: 'page_number' });
	}
	return { choice, filters: decoded.values, ignored };

	function sortable(c: ExploreChoice): string[] {
		if (!isAggregate(c)) return [...names];
		return [...c.groupBy, aggregateName(c.aggregate ?? { fn: 'count', column: null })];
	}
}

/** Explore view → URL parameters (dataset first, empty choices left out). */
export function encodeExplore(
	dataset: string,
	choice: ExploreChoice,
	specs: readonly FilterSpec[],
	filters: Record<string, FilterValue>
): URLSearchParams {
	const params = new URLSearchParams({ dataset });
	for (const [k, v] of encodeFilters(specs, filters)) params.append(k, v);
	for (const g of choice.groupBy) params.append('group', g);
	if (choice.aggregate)
		params.set(
			'agg',
			choice.aggregate.column ? `${choice.aggregate.fn}:${choice.aggregate.column}` : choice.aggregate.fn
		);
	if (choice.sort) params.set('sort', `${choice.sort.desc ? '-' : ''}${choice.sort.column}`);
	if (choice.page > 1) params.set('page', String(choice.page));
	return params;
}

/** How a view is put in words: English for file names and provenance, the reader's language for titles. */
export interface ExploreWords {
	range(column: string, min: string, max: string): string;
	set(column: string, values: readonly string[]): string;
	contains(column: string, text: string): string;
	groupBy(columns: readonly string[]): string;
	/** `column` is null for a count or a share of rows. */
	aggregate(fn: AggregateFn, column: string | null): string;
	sortedBy(column: string, desc: boolean): string;
	separator: string;
}

/** The words of file names and exports' metadata, the same in every language. */
export const ENGLISH_WORDS: ExploreWords = {
	range: (column, min, max) => `${column} ${min}..${max}`,
	set: (column, values) => `${column}: ${values.join(', ')}`,
	contains: (column, text) => `${column} contains "${text}"`,
	groupBy: (columns) => `group by ${columns.join(', ')}`,
	aggregate: (fn, column) => (column ? `${fn} of ${column}` : fn === 'share' ? 'share of rows' : 'count'),
	sortedBy: (column, desc) => `sorted by ${column}${desc ? ' descending' : ''}`,
	separator: '; '
};

/** The view in words, for file names and provenance: "year 2010..2015; donor_type: a, b; group by x; sum of y". */
export function describeExplore(
	specs: readonly FilterSpec[],
	filters: Record<string, FilterValue>,
	choice: ExploreChoice,
	words: ExploreWords = ENGLISH_WORDS
): string {
	const parts: string[] = [];
	for (const s of specs) {
		const v = filters[s.key];
		if (v?.kind === 'range' && (v.min != null || v.max != null))
			parts.push(words.range(s.column, String(v.min ?? ''), String(v.max ?? '')));
		if (v?.kind === 'set' && v.values.length) parts.push(words.set(s.column, v.values));
		if (v?.kind === 'text' && v.text) parts.push(words.contains(s.column, v.text));
	}
	if (choice.groupBy.length) parts.push(words.groupBy(choice.groupBy));
	if (choice.aggregate || choice.groupBy.length) {
		const a = choice.aggregate ?? { fn: 'count', column: null };
		parts.push(words.aggregate(a.fn, a.column));
	}
	if (choice.sort) parts.push(words.sortedBy(choice.sort.column, choice.sort.desc));
	return parts.join(words.separator);
}
