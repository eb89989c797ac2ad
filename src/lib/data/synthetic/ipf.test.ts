import { describe, expect, it } from 'vitest';
import { apportion } from './apportion';
import { fitIpf, margin } from './ipf';

describe('fitIpf', () => {
	it('turns a uniform seed into the independence table', () => {
		const fit = fitIpf(new Float64Array(4).fill(1), [2, 2], [
			[30, 70],
			[40, 60]
		]);
		expect(fit.converged).toBe(true);
		expect([...fit.table].map((x) => +x.toFixed(6))).toEqual([12, 18, 28, 42]);
	});

	it('matches the margins and keeps the seed odds ratio (a known 2 × 2 example)', () => {
		const seed = Float64Array.from([40, 30, 35, 60]);
		const fit = fitIpf(seed, [2, 2], [
			[100, 100],
			[80, 120]
		]);
		expect(fit.converged).toBe(true);
		expect(margin(fit.table, [2, 2], 0).map((x) => +x.toFixed(6))).toEqual([100, 100]);
		expect(margin(fit.table, [2, 2], 1).map((x) => +x.toFixed(6))).toEqual([80, 120]);
		const odds = (t: ArrayLike<number>) => (t[0] * t[3]) / (t[1] * t[2]);
		expect(odds(fit.table)).toBeCloseTo(odds(seed), 6);
	});

	it('fits a three-dimensional table with a zero target', () => {
		const fit = fitIpf(Float64Array.from({ length: 12 }, (_, i) => 1 + (i % 5)), [2, 3, 2], [
			[60, 40],
			[50, 0, 50],
			[25, 75]
		]);
		expect(fit.converged).toBe(true);
		expect(margin(fit.table, [2, 3, 2], 1).map((x) => +x.toFixed(6))).toEqual([50, 0, 50]);
	});
});

describe('apportion', () => {
	it('gives whole counts that sum to the total', () => {
		const counts = apportion([1, 1, 1], 10);
		expect([...counts]).toEqual([4, 3, 3]);
		expect([...apportion([0.5, 0.25, 0.25], 7)].reduce((a, b) => a + b, 0)).toBe(7);
	});
});
