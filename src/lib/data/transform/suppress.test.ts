import { describe, expect, it } from 'vitest';
import { configuredThreshold, formatSuppressed, suppressSmallCells } from './suppress';

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

	it('formats a suppressed cell as "<threshold"', () => {
		expect(formatSuppressed(null)).toBe('<5');
		expect(formatSuppressed(null, 10)).toBe('<10');
		expect(formatSuppressed(1234)).toBe('1,234');
	});
});

describe('configuredThreshold (VITE_SMALL_CELL_THRESHOLD)', () => {
	it('defaults to 5 and accepts a whole number of at least 2', () => {
		expect(configuredThreshold(undefined)).toBe(5);
		expect(configuredThreshold('')).toBe(5);
		expect(configuredThreshold('10')).toBe(10);
	});
	it('refuses values that would weaken or break suppression', () => {
		for (const bad of ['1', '0', '-3', '2.5', 'five', 'NaN']) expect(() => configuredThreshold(bad), bad).toThrow(/VITE_SMALL_CELL_THRESHOLD/);
	});
});
