/** Whole counts summing to `total`, proportional to `weights` (largest-remainder method; ties to the lower index). */
export function apportion(weights: ArrayLike<number>, total: number): Int32Array {
	const n = weights.length;
	let sum = 0;
	for (let i = 0; i < n; i++) sum += weights[i];
	const counts = new Int32Array(n);
	if (sum <= 0 || total <= 0) return counts;
	const remainders: { i: number; r: number }[] = [];
	let assigned = 0;
	for (let i = 0; i < n; i++) {
		const exact = (weights[i] / sum) * total;
		counts[i] = Math.floor(exact);
		assigned += counts[i];
		remainders.push({ i, r: exact - counts[i] });
	}
	remainders.sort((a, b) => b.r - a.r || a.i - b.i);
	for (let k = 0; k < total - assigned; k++) counts[remainders[k].i]++;
	return counts;
}
