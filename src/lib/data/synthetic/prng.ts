/** Seeded pseudo-random numbers (mulberry32): the same seed gives the same sequence on every platform. */
export interface Rng {
	/** Uniform float in [0, 1). */
	next(): number;
	/** Uniform integer in [0, n). */
	int(n: number): number;
}

export function createRng(seed: number): Rng {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return { next, int: (n) => Math.floor(next() * n) };
}

/** An independent stream seed for one purpose (e.g. one year), so streams do not overlap. */
export function deriveSeed(seed: number, stream: number): number {
	let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(stream + 1, 0x85ebca6b)) >>> 0;
	h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
	h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
	return (h ^ (h >>> 16)) >>> 0;
}

/** Fisher–Yates shuffle in place. */
export function shuffleInPlace(values: { length: number; [i: number]: number }, rng: Rng): void {
	for (let i = values.length - 1; i > 0; i--) {
		const j = rng.int(i + 1);
		const t = values[i];
		values[i] = values[j];
		values[j] = t;
	}
}
