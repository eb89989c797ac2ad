import { describe, expect, it } from 'vitest';
import { concentrationByYear, herfindahl, topShare } from './concentration';

describe('concentration measures on known inputs', () => {
	it('a single donor is full concentration', () => {
		expect(herfindahl([500])).toBe(1);
		expect(topShare([500], 1)).toBe(1);
	});
	it('n equal donors give HHI 1/n', () => {
		expect(herfindahl([10, 10, 10, 10])).toBeCloseTo(0.25, 12);
		expect(topShare([10, 10, 10, 10], 3)).toBeCloseTo(0.75, 12);
	});
	it('60/30/10 gives 0.36 + 0.09 + 0.01 = 0.46', () => {
		expect(herfindahl([30, 60, 10])).toBeCloseTo(0.46, 12);
		expect(topShare([30, 60, 10], 1)).toBeCloseTo(0.6, 12);
	});
	it('nothing to share is null, not zero', () => {
		expect(herfindahl([])).toBeNull();
		expect(herfindahl([0, 0])).toBeNull();
		expect(topShare([], 3)).toBeNull();
	});
	it('groups by year, adds a donor’s rows and leaves empty years out', () => {
		const rows = [
			{ year: 2013, donor: 'A', value: 50 },
			{ year: 2013, donor: 'A', value: 10 },
			{ year: 2013, donor: 'B', value: 40 },
			{ year: 2012, donor: 'C', value: 7 },
			{ year: 2014, donor: 'D', value: 0 }
		];
		const out = concentrationByYear(rows);
		expect(out.map((r) => r.year)).toEqual([2012, 2013]);
		expect(out[1]).toMatchObject({ donors: 2, total: 100, top1: 0.6, top3: 1 });
		expect(out[1].hhi).toBeCloseTo(0.52, 12);
	});
});
