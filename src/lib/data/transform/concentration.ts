/** One year's concentration of money by donor: the dependency risk a donor cares about. */
export interface YearConcentration {
	[key: string]: number;
	year: number;
	donors: number;
	total: number;
	/** Share of the largest donor, 0–1. */
	top1: number;
	/** Share of the three largest donors, 0–1. */
	top3: number;
	/** Herfindahl–Hirschman index: sum of squared shares, 0–1 (1 = a single donor). */
	hhi: number;
}

/** Herfindahl–Hirschman index of positive amounts (sum of squared shares); null when there is nothing to share. */
export function herfindahl(amounts: readonly number[]): number | null {
	const positive = amounts.filter((a) => a > 0);
	const total = positive.reduce((s, a) => s + a, 0);
	return total > 0 ? positive.reduce((s, a) => s + (a / total) ** 2, 0) : null;
}

/** Share of the `n` largest amounts in the total; null when the total is zero. */
export function topShare(amounts: readonly number[], n: number): number | null {
	const positive = amounts.filter((a) => a > 0).sort((a, b) => b - a);
	const total = positive.reduce((s, a) => s + a, 0);
	return total > 0 ? positive.slice(0, n).reduce((s, a) => s + a, 0) / total : null;
}

/** Per year: donors, total, top-1 and top-3 shares and HHI, from (year, donor, value) rows; years without money are left out (gaps). */
export function concentrationByYear(rows: readonly { year: number; donor: string; value: number }[]): YearConcentration[] {
	const byYear = new Map<number, Map<string, number>>();
	for (const r of rows) {
		const donors = byYear.get(r.year) ?? new Map<string, number>();
		donors.set(r.donor, (donors.get(r.donor) ?? 0) + r.value);
		byYear.set(r.year, donors);
	}
	const out: YearConcentration[] = [];
	for (const [year, donors] of [...byYear].sort((a, b) => a[0] - b[0])) {
		const amounts = [...donors.values()];
		const hhi = herfindahl(amounts);
		if (hhi == null) continue;
		out.push({
			year,
			donors: amounts.filter((a) => a > 0).length,
			total: amounts.reduce((s, a) => s + Math.max(0, a), 0),
			top1: topShare(amounts, 1)!,
			top3: topShare(amounts, 3)!,
			hhi
		});
	}
	return out;
}
