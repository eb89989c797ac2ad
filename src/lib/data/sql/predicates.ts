import { ident, list, literal } from './sql';

/** A filter's value, as held in the URL and the crossfilter: never SQL. */
export type FilterValue =
	| { kind: 'range'; min: number | null; max: number | null }
	| { kind: 'set'; values: readonly string[] }
	| { kind: 'text'; text: string };

/** `column BETWEEN min AND max` (open ends allowed). */
export function rangePredicate(column: string, min: number | null, max: number | null): string | null {
	const c = ident(column);
	if (min != null && max != null) return `${c} BETWEEN ${literal(min)} AND ${literal(max)}`;
	if (min != null) return `${c} >= ${literal(min)}`;
	if (max != null) return `${c} <= ${literal(max)}`;
	return null;
}

/** `column IN (…)`; an empty selection means no filter. */
export function inPredicate(column: string, values: readonly string[]): string | null {
	return values.length ? `CAST(${ident(column)} AS VARCHAR) IN (${list(values)})` : null;
}

/** Case-insensitive substring match, with LIKE wildcards in the user's text matched literally. */
export function textPredicate(column: string, text: string): string | null {
	if (!text) return null;
	const escaped = text.replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_');
	return `CAST(${ident(column)} AS VARCHAR) ILIKE ${literal(`%${escaped}%`)} ESCAPE '\\'`;
}

export function predicateFor(column: string, value: FilterValue): string | null {
	switch (value.kind) {
		case 'range':
			return rangePredicate(column, value.min, value.max);
		case 'set':
			return inPredicate(column, value.values);
		case 'text':
			return textPredicate(column, value.text);
	}
}

/**
 * The JavaScript twin of `predicateFor`, for a value already cast to text as the SQL casts it
 * (`CAST(column AS VARCHAR)`; null for NULL): true when the row would pass the predicate.
 * Used where an in-memory index answers instead of DuckDB (see LinkedIndex).
 */
export function matchesFilter(text: string | null, value: FilterValue): boolean {
	switch (value.kind) {
		case 'range': {
			if (value.min == null && value.max == null) return true;
			if (text == null) return false;
			const x = Number(text);
			return (value.min == null || x >= value.min) && (value.max == null || x <= value.max);
		}
		case 'set':
			return value.values.length === 0 || (text != null && value.values.includes(text));
		case 'text':
			return !value.text || (text != null && text.toLowerCase().includes(value.text.toLowerCase()));
	}
}
