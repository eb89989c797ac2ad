import { describe, expect, it } from 'vitest';
import { normalisedShannon } from './diversity';

describe('normalisedShannon', () => {
	it('is 1 for equal shares and 0 when everyone is in one category', () => {
		expect(normalisedShannon([20, 20, 20, 20, 20])).toBeCloseTo(1, 12);
		expect(normalisedShannon([100, 0, 0, 0, 0])).toBe(0);
		expect(normalisedShannon([100], 5)).toBe(0);
	});

	it('matches a hand computation for a known distribution', () => {
		// p = (0.5, 0.25, 0.25): H = 1.5 ln 2; K = 4 → 1.5 ln 2 / ln 4 = 0.75
		expect(normalisedShannon([50, 25, 25], 4)).toBeCloseTo(0.75, 12);
		// Two of two equal: 1; 90/10 over two: −(.9 ln .9 + .1 ln .1) / ln 2
		expect(normalisedShannon([90, 10])).toBeCloseTo(-(0.9 * Math.log(0.9) + 0.1 * Math.log(0.1)) / Math.log(2), 12);
	});

	it('does not depend on whether shares are percentages, fractions or counts', () => {
		expect(normalisedShannon([0.44, 0.21, 0.15], 5)).toBeCloseTo(normalisedShannon([44, 21, 15], 5)!, 12);
	});

	it('is null without any figure and refuses invalid input', () => {
		expect(normalisedShannon([0, 0, 0])).toBeNull();
		expect(() => normalisedShannon([1, -1])).toThrow();
		expect(() => normalisedShannon([1], 1)).toThrow();
		expect(() => normalisedShannon([1, 2, 3], 2)).toThrow();
	});
});
