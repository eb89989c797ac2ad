/** Published per-year breakdowns mapped onto canonical categories (percentages, not yet completed). */
import { TARGET_DIMENSIONS, type TargetDimension } from './categories';
import type { BreakdownRow, LabelMapRow } from './inputs';

export interface PublishedDimension {
	/** Percent of participants per canonical category (only categories the source names). */
	values: Record<string, number>;
	basis: 'percent' | 'count';
	/** Published host-country share of all participants (0–1), when the source gives one. */
	hostShare?: number;
	sources: string[];
}

export type PublishedYear = Partial<Record<TargetDimension, PublishedDimension>>;

const PERCENT = 'percent_of_participants';

/** `hostGroup(year)` names the region a 'host' label counts towards. Unmapped labels are reported, not guessed. */
export function publishedShares(
	rows: readonly BreakdownRow[],
	labelMap: readonly LabelMapRow[],
	hostGroup: (year: number) => string | undefined
): { byYear: Map<number, PublishedYear>; unmapped: string[] } {
	const byYear = new Map<number, PublishedYear>();
	const unmapped = new Set<string>();
	const dims = Object.keys(TARGET_DIMENSIONS) as TargetDimension[];
	for (const year of [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b)) {
		const out: PublishedYear = {};
		for (const dim of dims) {
			const mine = rows.filter((r) => r.year === year && r.dimension === dim);
			const percent = mine.filter((r) => r.unit === PERCENT);
			const basis = percent.length > 0 ? 'percent' : 'count';
			const used = basis === 'percent' ? percent : mine.filter((r) => r.unit === 'count');
			const values: Record<string, number> = {};
			let hostShare: number | undefined;
			for (const r of used) {
				const targets = labelMap.filter((m) => m.dimension === dim && m.publishedLabel === r.category);
				if (targets.length === 0) unmapped.add(`${year} ${dim}: ${r.category}`);
				for (const m of targets) {
					let category = m.canonical;
					if (category === 'host') {
						category = hostGroup(year) ?? '';
						if (basis === 'percent') hostShare = r.value / 100;
					}
					if (category) values[category] = (values[category] ?? 0) + r.value * m.fraction;
				}
			}
			const categories: readonly string[] = TARGET_DIMENSIONS[dim];
			// Counts are used only when they cover every category (a full published table, e.g. 2012).
			if (basis === 'count' && !categories.every((c) => c in values)) continue;
			if (Object.keys(values).length === 0) continue;
			if (basis === 'count') {
				const sum = Object.values(values).reduce((a, b) => a + b, 0);
				for (const c of Object.keys(values)) values[c] = (values[c] / sum) * 100;
			}
			out[dim] = { values, basis, hostShare, sources: [...new Set(used.map((r) => r.sourceUrl))] };
		}
		if (Object.keys(out).length > 0) byYear.set(year, out);
	}
	return { byYear, unmapped: [...unmapped] };
}
