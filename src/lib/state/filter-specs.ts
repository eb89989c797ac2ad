import { isNumericType, type DatabaseColumn } from '$lib/data/queries/catalog';
import type { FilterSpec } from './url-filters';
import { filterKey } from './explore-url';

/** Columns with at most this many distinct values get a multi-select; others a text search. */
export const MAX_SET_OPTIONS = 40;

export interface ColumnStats {
	bounds: Record<string, [number, number]>;
	distinct: Record<string, number>;
	/** Every value of the multi-select columns (unfiltered), for URL validation. */
	options: Record<string, string[]>;
}

/** One filter per column: numbers and years get a range, few-valued columns a multi-select, the rest a search. */
export function filterSpecsFor(columns: readonly DatabaseColumn[], stats: ColumnStats): FilterSpec[] {
	return columns.map((c): FilterSpec => {
		const key = filterKey(c.name);
		const b = stats.bounds[c.name];
		if (isNumericType(c.type) && b)
			return { key, kind: 'range', column: c.name, label: c.name, bounds: b, integer: /INT/i.test(c.type) };
		const options = stats.options[c.name];
		if (options && (stats.distinct[c.name] ?? Infinity) <= MAX_SET_OPTIONS)
			return { key, kind: 'set', column: c.name, label: c.name, options };
		return { key, kind: 'text', column: c.name, label: c.name, maxLength: 100 };
	});
}
