/**
 * Normalised Shannon entropy of a distribution: H / ln(K), where H = −Σ p·ln p over the shares and
 * K is the number of possible categories. 0 = everyone in one category, 1 = equal shares in all K.
 * Shares are renormalised to sum to 1; zero or missing categories count as 0 (they lower the index).
 */
export function normalisedShannon(values: readonly number[], categories = values.length): number | null {
	if (categories < 2) throw new Error('A diversity index needs at least two possible categories');
	if (values.length > categories) throw new Error('More values than categories');
	if (values.some((v) => !(v >= 0))) throw new Error('Shares must be non-negative numbers');
	const total = values.reduce((a, v) => a + v, 0);
	if (total <= 0) return null;
	let h = 0;
	for (const v of values) if (v > 0) h -= (v / total) * Math.log(v / total);
	return h / Math.log(categories);
}
