/** Summary of repeated timings: median and 95th percentile (nearest rank). */
export interface Summary {
	median: number;
	p95: number;
	n: number;
}

export function quantile(values: readonly number[], q: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function summarise(values: readonly number[]): Summary {
	return { median: quantile(values, 0.5), p95: quantile(values, 0.95), n: values.length };
}
