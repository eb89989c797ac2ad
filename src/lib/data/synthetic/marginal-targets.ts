/** Completes published shares into full per-year target distributions, with documented defaults. */
import { TARGET_DIMENSIONS, type TargetDimension } from './categories';
import type { PublishedYear } from './published-shares';

export type TargetStatus = 'published' | 'published, remainder split by default' | 'default';

export interface DimensionTarget {
	/** Fractions in the dimension's canonical order, summing to 1. */
	shares: number[];
	status: TargetStatus;
	sources: string[];
}

const normalise = (v: number[]) => {
	const s = v.reduce((a, b) => a + b, 0);
	return s > 0 ? v.map((x) => x / s) : v.map(() => 1 / v.length);
};

/** Complete when every category is named, the named ones reach 99%, or exactly one is missing (it takes the rest). */
function completeShares(categories: readonly string[], values: Record<string, number>): number[] | null {
	const sum = Object.values(values).reduce((a, b) => a + b, 0);
	const missing = categories.filter((c) => !(c in values));
	if (missing.length === 0 || sum >= 99) return normalise(categories.map((c) => values[c] ?? 0));
	if (missing.length === 1) return normalise(categories.map((c) => values[c] ?? Math.max(0, 100 - sum)));
	return null;
}

/** Default = mean of the complete published years; partial years split their remainder by the default. */
export function marginalTargets(
	years: readonly number[],
	published: ReadonlyMap<number, PublishedYear>
): { byYear: Map<number, Record<TargetDimension, DimensionTarget>>; defaults: Record<TargetDimension, number[]> } {
	const dims = Object.keys(TARGET_DIMENSIONS) as TargetDimension[];
	const defaults = {} as Record<TargetDimension, number[]>;
	for (const dim of dims) {
		const categories = TARGET_DIMENSIONS[dim];
		const complete = [...published.values()]
			.map((p) => p[dim] && completeShares(categories, p[dim].values))
			.filter((s): s is number[] => !!s);
		defaults[dim] = complete.length
			? normalise(categories.map((_, k) => complete.reduce((a, s) => a + s[k], 0) / complete.length))
			: normalise(categories.map(() => 1));
	}
	const byYear = new Map<number, Record<TargetDimension, DimensionTarget>>();
	for (const year of years) {
		const entry = {} as Record<TargetDimension, DimensionTarget>;
		for (const dim of dims) {
			const categories = TARGET_DIMENSIONS[dim];
			const p = published.get(year)?.[dim];
			const full = p && completeShares(categories, p.values);
			if (!p) entry[dim] = { shares: defaults[dim], status: 'default', sources: [] };
			else if (full) entry[dim] = { shares: full, status: 'published', sources: p.sources };
			else {
				const rest = Math.max(0, 100 - Object.values(p.values).reduce((a, b) => a + b, 0));
				const missingDefault = categories.reduce((a, c, k) => a + (c in p.values ? 0 : defaults[dim][k]), 0);
				const shares = categories.map((c, k) =>
					c in p.values ? p.values[c] : missingDefault > 0 ? (rest * defaults[dim][k]) / missingDefault : 0
				);
				entry[dim] = { shares: normalise(shares), status: 'published, remainder split by default', sources: p.sources };
			}
		}
		byYear.set(year, entry);
	}
	return { byYear, defaults };
}
