import { describe, expect, it } from 'vitest';
import { suppressSmallCells, suppressWithComplement } from './suppress';

describe('suppressSmallCells', () => {
	const rows = [1, 4, 5, 6, 0, 120].map((n) => ({ key: `k${n}`, n }));

	it('hides counts from 1 to threshold − 1 (default 5) and keeps the others', () => {
		const out = suppressSmallCells(rows);
		expect(out.map((c) => c.n)).toEqual([null, null, 5, 6, 0, 120]);
		expect(out.map((c) => c.suppressed)).toEqual([true, true, false, false, false, false]);
		expect(out[0].row.key).toBe('k1');
	});

	it('takes a configurable threshold', () => {
		expect(suppressSmallCells(rows, 10).map((c) => c.n)).toEqual([null, null, null, null, 0, 120]);
		expect(suppressSmallCells(rows, 1).map((c) => c.n)).toEqual([1, 4, 5, 6, 0, 120]);
		expect(() => suppressSmallCells(rows, 0)).toThrow();
		expect(() => suppressSmallCells(rows, 2.5)).toThrow();
	});
});

describe('suppressWithComplement', () => {
	const shown = (ns: number[], k = 5) =>
		suppressWithComplement(ns.map((n) => ({ n })), k).map((c) => (c.complement ? 'C' : c.suppressed ? 'S' : c.n));

	it('hides the smallest other cell with a single small one, so the total cannot give it away', () => {
		expect(shown([3, 40, 50])).toEqual(['S', 'C', 50]);
		expect(shown([50, 3, 40])).toEqual([50, 'S', 'C']);
	});
	it('keeps hiding while the hidden cells add up to fewer than the threshold', () => {
		expect(shown([1, 2, 40, 50])).toEqual(['S', 'S', 'C', 50]);
		expect(shown([2, 3, 40])).toEqual(['S', 'S', 40]);
	});
	it('leaves zeros (nobody) and tables without small cells alone', () => {
		expect(shown([0, 3, 40, 60])).toEqual([0, 'S', 'C', 60]);
		expect(shown([6, 7, 100])).toEqual([6, 7, 100]);
		expect(shown([3])).toEqual(['S']);
		expect(shown([3, 3, 3])).toEqual(['S', 'S', 'S']);
	});
	it('never shows a count below the threshold, and no hidden cell can be recovered as total − shown', () => {
		for (let seed = 1; seed < 200; seed++) {
			const ns = Array.from({ length: 1 + (seed % 7) }, (_, i) => ((seed * 7919 + i * 104729) % 23) - 3).map((n) => Math.max(0, n));
			const out = suppressWithComplement(ns.map((n) => ({ n })));
			expect(out.every((c) => c.n === null || c.n === 0 || c.n >= 5), String(ns)).toBe(true);
			const hidden = out.filter((c) => c.suppressed);
			const hiddenSum = hidden.reduce((a, c) => a + c.row.n, 0);
			expect(hidden.length === 0 || hidden.length > 1 || out.every((c) => c.suppressed || c.n === 0), String(ns)).toBe(true);
			if (hidden.length > 1 && out.some((c) => !c.suppressed && c.row.n > 0)) expect(hiddenSum, String(ns)).toBeGreaterThanOrEqual(5);
		}
	});
});
