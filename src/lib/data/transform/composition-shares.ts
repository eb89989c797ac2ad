import type { CompositionRow } from '../queries/composition';
import { normalisedShannon } from './diversity';
import { stackSegments, type Stacked } from './stack';

/** Segments that are not a canonical category. */
export const NOT_HARMONISED = 'not harmonised';
export const NOT_PUBLISHED = 'not published';

/** A category's share placed on its year's bar, from y0 to y1 (0–1). */
export type ShareSegment = Stacked<{ category: string; share: number }>;

/** One year's published breakdown as shares of 1, in vocabulary order. */
export interface YearShares {
	year: number;
	/** What the shares are of: "percent of participants" or "shares of the published counts". */
	basis: 'percent' | 'count';
	host_region: string | null;
	/** Canonical category (or NOT_HARMONISED / NOT_PUBLISHED) → share of 1. */
	shares: { category: string; share: number }[];
	/** The shares above 0 stacked bottom up in the same order: the year's bar. */
	segments: ShareSegment[];
	/** Share covered by canonical categories. */
	harmonised: number;
	qualified: boolean;
}

/**
 * Published rows → one stack per year. Percent rows are preferred (the published basis); a year
 * with counts only is shown as shares of the published counts. Labels without a canonical category
 * (combined groups, IGOs as a "region") form one "not harmonised" segment; the rest up to 100% is
 * "not published". Years without any canonical row are left out (a gap, not a zero).
 */
export function yearShares(rows: readonly CompositionRow[], vocabulary: readonly string[]): YearShares[] {
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	const out: YearShares[] = [];
	for (const year of years) {
		const ofYear = rows.filter((r) => r.year === year);
		const percent = ofYear.filter((r) => r.value_kind === 'percent');
		const basis = percent.length ? 'percent' : 'count';
		const used = basis === 'percent' ? percent : ofYear.filter((r) => r.value_kind === 'count');
		const canonical = used.filter((r) => r.canonical_category && vocabulary.includes(r.canonical_category));
		if (!canonical.length) continue;
		const whole = basis === 'percent' ? 100 : used.reduce((a, r) => a + r.value, 0);
		const shares = vocabulary.map((category) => ({
			category,
			share: canonical.filter((r) => r.canonical_category === category).reduce((a, r) => a + r.value, 0) / whole
		}));
		const harmonised = shares.reduce((a, s) => a + s.share, 0);
		const other = used.filter((r) => !canonical.includes(r)).reduce((a, r) => a + r.value, 0) / whole;
		const notHarmonised = Math.max(0, Math.min(1 - harmonised, other));
		const notPublished = Math.max(0, 1 - harmonised - notHarmonised);
		shares.push({ category: NOT_HARMONISED, share: notHarmonised }, { category: NOT_PUBLISHED, share: notPublished });
		out.push({
			year,
			basis,
			host_region: ofYear[0].host_region,
			shares,
			segments: stackSegments(shares, { bar: () => String(year), value: (s) => s.share }),
			harmonised,
			qualified: used.some((r) => r.value_qualifier !== 'exact')
		});
	}
	return out;
}

/** Minimum share of a year's breakdown that must be harmonised for a diversity index. */
export const MIN_HARMONISED = 0.9;

/** Normalised Shannon entropy over the canonical categories, for years whose breakdown is ≥ 90% harmonised. */
export function diversityByYear(stacks: readonly YearShares[], categories: number): { year: number; index: number }[] {
	return stacks
		.filter((s) => s.harmonised >= MIN_HARMONISED - 1e-9)
		.map((s) => ({
			year: s.year,
			index: normalisedShannon(
				s.shares.filter((x) => x.category !== NOT_HARMONISED && x.category !== NOT_PUBLISHED).map((x) => x.share),
				categories
			)
		}))
		.filter((d): d is { year: number; index: number } => d.index != null);
}
