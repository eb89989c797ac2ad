import { ascending, groups } from 'd3-array';

export interface Point {
	x: number;
	y: number;
}
export type ChartShape =
	| { kind: 'none'; reason: string }
	| { kind: 'lines'; x: string; y: string; series: { name: string; points: Point[] }[] }
	| { kind: 'bars'; label: string; y: string; bars: { label: string; value: number }[]; omitted: number };

const MAX_BARS = 25;
const MAX_SERIES = 6;

/**
 * Picks a chart for an aggregate result: a numeric first group (years) → lines, one per value of the
 * second group; otherwise horizontal bars of the largest values. The result, flat from SQL, is split
 * into series here. Not with Arquero: it compiles its expressions with `Function`, which the site's CSP
 * (no 'unsafe-eval') refuses in the browser, so no line chart was ever drawn there.
 */
export function chartShape(
	rows: readonly Record<string, unknown>[],
	groupBy: readonly string[],
	value: string,
	firstGroupNumeric: boolean,
	/** The label of a missing group value, in the reader's language. */
	empty = '(empty)'
): ChartShape {
	if (!groupBy.length) return { kind: 'none', reason: 'Group by a column to see a chart of the result.' };
	const plotted = rows.filter((r) => typeof r[value] === 'number');
	if (!plotted.length) return { kind: 'none', reason: 'No values to plot.' };
	const [first, second] = groupBy;
	if (firstGroupNumeric) {
		// Points carry fixed names (x, y, series), not the user's: a column may be called anything a file
		// says, "__proto__" or "x" included.
		const points = plotted
			.filter((r) => typeof r[first] === 'number')
			.map((r) => ({ x: r[first] as number, y: r[value] as number, series: second ? r[second] : value }))
			.sort((a, b) => ascending(a.x, b.x));
		const entries = groups(points, (p) => p.series);
		const series = entries
			.map(([name, objs]) => ({
				name: String(name ?? empty),
				points: objs.map((o) => ({ x: o.x, y: o.y }))
			}))
			.sort((a, b) => b.points.length - a.points.length || a.name.localeCompare(b.name))
			.slice(0, MAX_SERIES);
		return { kind: 'lines', x: first, y: value, series };
	}
	const bars = plotted
		.map((r) => ({ label: groupBy.map((g) => String(r[g] ?? empty)).join(' · '), value: r[value] as number }))
		.sort((a, b) => b.value - a.value);
	return {
		kind: 'bars',
		label: groupBy.join(' · '),
		y: value,
		bars: bars.slice(0, MAX_BARS),
		omitted: Math.max(0, bars.length - MAX_BARS)
	};
}
