import type { DatasetSpec, TypedRow } from './schema';
import { CONFIDENCE } from './vocabularies';

/** How many figures of a dataset carry each confidence word: exact, lower bound, approximate, secondary, pledge, decision… */
export type ConfidenceProfile = Record<string, number>;

/**
 * Counts every non-empty confidence cell (a row of meetings holds several figures); a row that restates another
 * row's figure is counted once, there. Null when the dataset has no confidence column.
 */
export function confidenceProfile(spec: DatasetSpec, rows: readonly TypedRow[]): ConfidenceProfile | null {
	const columns = spec.columns.filter((c) => c.confidence).map((c) => c.name);
	if (columns.length === 0) return null;
	const counts = new Map<string, number>();
	for (const row of rows) {
		if (spec.restates && row[spec.restates] != null) continue;
		for (const c of columns) {
			const word = row[c];
			if (word != null) counts.set(String(word), (counts.get(String(word)) ?? 0) + 1);
		}
	}
	// The documented vocabulary first, in its order; any other word (e.g. "upper bound") after it.
	const order = (w: string) => (CONFIDENCE.indexOf(w as (typeof CONFIDENCE)[number]) + 1 || CONFIDENCE.length + 1);
	return Object.fromEntries([...counts].sort((a, b) => order(a[0]) - order(b[0]) || a[0].localeCompare(b[0])));
}
