import type { IndicatorPoint } from '../queries/scorecard';

/** An indicator's latest published value, the one before it, and how much of the series is published. */
export interface IndicatorTrend {
	latest: IndicatorPoint | null;
	previous: IndicatorPoint | null;
	direction: 'up' | 'down' | 'flat' | null;
	yearsWithData: number;
	years: number;
	firstYear: number | null;
	lastYear: number | null;
}

export function indicatorTrend(points: readonly IndicatorPoint[]): IndicatorTrend {
	const published = points.filter((p) => p.value != null).sort((a, b) => a.year - b.year);
	const latest = published.at(-1) ?? null;
	const previous = published.at(-2) ?? null;
	const direction =
		latest && previous ? (latest.value! > previous.value! ? 'up' : latest.value! < previous.value! ? 'down' : 'flat') : null;
	const years = points.map((p) => p.year);
	return {
		latest,
		previous,
		direction,
		yearsWithData: published.length,
		years: points.length,
		firstYear: years.length ? Math.min(...years) : null,
		lastYear: years.length ? Math.max(...years) : null
	};
}
