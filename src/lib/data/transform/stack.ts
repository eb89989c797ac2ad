import { group, range } from 'd3-array';
import { stack } from 'd3-shape';

/** A row with where its segment starts (`y0`) and ends (`y1`) on its bar. */
export type Stacked<T> = T & { y0: number; y1: number };

/**
 * Stacks rows into bars (d3-shape's `stack`): each bar's segments rise in the order its rows come. Rows with
 * nothing to draw (a value of 0 or less) are left out; the others come back in their order, placed.
 * @example stackSegments(rows, { bar: (r) => r.category, value: (r) => r.value })
 */
export function stackSegments<T>(
	rows: readonly T[],
	{ bar, value }: { bar: (row: T) => string; value: (row: T) => number }
): Stacked<T>[] {
	const drawn = rows.filter((r) => value(r) > 0);
	/** Per bar, the indices in `drawn` of its segments, bottom up. */
	const bars = [...group(range(drawn.length), (i) => bar(drawn[i])).values()];
	// Layer k holds each bar's k-th segment: a row-order stack, whatever the rows' series.
	const layers = stack<number[], number>()
		.keys(range(Math.max(0, ...bars.map((b) => b.length))))
		.value((segments, k) => (k < segments.length ? value(drawn[segments[k]]) : 0))(bars);
	const placed: Stacked<T>[] = new Array(drawn.length);
	bars.forEach((segments, i) =>
		segments.forEach((d, k) => (placed[d] = { ...drawn[d], y0: layers[k][i][0], y1: layers[k][i][1] }))
	);
	return placed;
}
