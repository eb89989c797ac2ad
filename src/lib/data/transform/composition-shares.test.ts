import { describe, expect, it } from 'vitest';
import type { CompositionRow } from '../queries/composition';
import { diversityByYear, NOT_HARMONISED, NOT_PUBLISHED, yearShares } from './composition-shares';

const row = (year: number, category: string, canonical: string | null, value: number, kind = 'percent'): CompositionRow => ({
	year,
	category,
	canonical_category: canonical,
	value,
	unit: kind === 'percent' ? 'percent_of_participants' : 'count',
	value_kind: kind,
	value_qualifier: 'exact',
	note: null,
	source_url: 'https://example.org',
	host_region: 'African'
});
const V = ['a', 'b', 'c'];
const share = (s: { shares: { category: string; share: number }[] }, c: string) => s.shares.find((x) => x.category === c)!.share;

describe('yearShares', () => {
	it('keeps published percentages, groups non-harmonised labels and shows the unpublished rest', () => {
		const [s] = yearShares([row(2010, 'A', 'a', 50), row(2010, 'AB', null, 20), row(2010, 'c', 'c', 10)], V);
		expect(s.basis).toBe('percent');
		expect(share(s, 'a')).toBeCloseTo(0.5);
		expect(share(s, 'b')).toBe(0);
		expect(share(s, NOT_HARMONISED)).toBeCloseTo(0.2);
		expect(share(s, NOT_PUBLISHED)).toBeCloseTo(0.2);
		expect(s.harmonised).toBeCloseTo(0.6);
	});

	it('uses counts as shares of the published counts when no percentages exist, and prefers percentages', () => {
		const [counts, both] = yearShares([row(2012, 'a', 'a', 30, 'count'), row(2012, 'b', 'b', 10, 'count'), row(2013, 'a', 'a', 100), row(2013, 'b', 'b', 7, 'count')], V);
		expect(counts.basis).toBe('count');
		expect(share(counts, 'a')).toBeCloseTo(0.75);
		expect(both.basis).toBe('percent');
		expect(share(both, 'a')).toBe(1);
		expect(share(both, 'b')).toBe(0);
	});

	it('leaves out years without any harmonised category', () => {
		expect(yearShares([row(2008, 'Asia', null, 71)], V)).toEqual([]);
	});
});

describe('diversityByYear', () => {
	it('scores only years at least 90% harmonised', () => {
		const stacks = yearShares([row(1, 'a', 'a', 50), row(1, 'b', 'b', 50), row(2, 'a', 'a', 50), row(2, 'x', null, 50)], V);
		const d = diversityByYear(stacks, 3);
		expect(d.map((x) => x.year)).toEqual([1]);
		expect(d[0].index).toBeCloseTo(Math.log(2) / Math.log(3), 12);
	});
});
