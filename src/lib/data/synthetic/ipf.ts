/** Iterative proportional fitting of a dense N-dimensional table (row-major) to one-dimensional margins. */
export interface IpfResult {
	table: Float64Array;
	iterations: number;
	/** Largest absolute gap between a fitted margin and its target. */
	maxError: number;
	converged: boolean;
}

export interface IpfOptions {
	maxIterations?: number;
	tolerance?: number;
}

function strides(shape: readonly number[]): number[] {
	const s = new Array<number>(shape.length).fill(1);
	for (let d = shape.length - 2; d >= 0; d--) s[d] = s[d + 1] * shape[d + 1];
	return s;
}

/** Sums of the table along dimension `dim`. */
export function margin(table: Float64Array, shape: readonly number[], dim: number): number[] {
	const stride = strides(shape)[dim];
	const sums = new Array<number>(shape[dim]).fill(0);
	for (let i = 0; i < table.length; i++) sums[Math.floor(i / stride) % shape[dim]] += table[i];
	return sums;
}

/** Fits `seed` so each dimension's margin matches `targets[dim]`; targets must share one total. */
export function fitIpf(
	seed: Float64Array,
	shape: readonly number[],
	targets: readonly (readonly number[])[],
	{ maxIterations = 500, tolerance = 1e-9 }: IpfOptions = {}
): IpfResult {
	const table = Float64Array.from(seed);
	const stride = strides(shape);
	let maxError = Infinity;
	let iterations = 0;
	while (iterations < maxIterations && maxError > tolerance) {
		iterations++;
		for (let d = 0; d < shape.length; d++) {
			const sums = margin(table, shape, d);
			const factors = sums.map((s, k) => (s > 0 ? targets[d][k] / s : 0));
			for (let i = 0; i < table.length; i++) table[i] *= factors[Math.floor(i / stride[d]) % shape[d]];
		}
		maxError = 0;
		for (let d = 0; d < shape.length; d++) {
			const sums = margin(table, shape, d);
			for (let k = 0; k < shape[d]; k++) maxError = Math.max(maxError, Math.abs(sums[k] - targets[d][k]));
		}
	}
	return { table, iterations, maxError, converged: maxError <= tolerance };
}
