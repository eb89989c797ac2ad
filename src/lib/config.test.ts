import { describe, expect, it } from 'vitest';
import { configuredThreshold } from './config';

describe('configuredThreshold (VITE_SMALL_CELL_THRESHOLD)', () => {
	it('defaults to 5 and accepts a whole number of at least 2', () => {
		expect(configuredThreshold(undefined)).toBe(5);
		expect(configuredThreshold('')).toBe(5);
		expect(configuredThreshold('10')).toBe(10);
	});
	it('refuses values that would weaken or break suppression', () => {
		for (const bad of ['1', '0', '-3', '2.5', 'five', 'NaN'])
			expect(() => configuredThreshold(bad), bad).toThrow(/VITE_SMALL_CELL_THRESHOLD/);
	});
});
