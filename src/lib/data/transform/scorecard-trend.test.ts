import { describe, expect, it } from 'vitest';
import { indicatorTrend } from './scorecard-trend';

const p = (year: number, value: number | null) => ({ indicator: 'x', year, value, qualifier: null, relayed_by: null });

describe('indicatorTrend', () => {
	it('takes the latest published value, skipping gaps, and compares it with the one before', () => {
		const t = indicatorTrend([p(2010, 5), p(2011, null), p(2012, 3), p(2013, null)]);
		expect(t.latest?.year).toBe(2012);
		expect(t.previous?.year).toBe(2010);
		expect(t.direction).toBe('down');
		expect([t.yearsWithData, t.years, t.firstYear, t.lastYear]).toEqual([2, 4, 2010, 2013]);
	});
	it('has no trend with fewer than two published values', () => {
		expect(indicatorTrend([p(2010, null), p(2011, 4)]).direction).toBeNull();
		expect(indicatorTrend([]).latest).toBeNull();
	});
});
