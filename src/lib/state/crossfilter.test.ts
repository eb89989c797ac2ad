import { describe, expect, it } from 'vitest';
import { Crossfilter } from './crossfilter.svelte';
import type { FilterSpec } from './url-filters';

const SPECS: FilterSpec[] = [
	{ key: 'year', kind: 'range', column: 'year', label: 'year', bounds: [2006, 2025], integer: true },
	{ key: 'region', kind: 'set', column: 'un_regional_group', label: 'region', options: ['African', 'WEOG'] }
];

describe('Crossfilter', () => {
	it('builds each panel its predicate without its own filter', () => {
		const cf = new Crossfilter(SPECS, new URLSearchParams('year=2010..2012&region=WEOG'));
		expect(cf.where()).toBe(`("year" BETWEEN 2010 AND 2012) AND (CAST("un_regional_group" AS VARCHAR) IN ('WEOG'))`);
		expect(cf.where('region')).toBe('("year" BETWEEN 2010 AND 2012)');
		cf.toggle('region', 'WEOG');
		expect(cf.where('year')).toBe('TRUE');
		expect(cf.toSearchParams().toString()).toBe('year=2010..2012');
	});

	it('clears one filter or all', () => {
		const cf = new Crossfilter(SPECS, new URLSearchParams('year=2010..2012&region=African'));
		cf.clear('year');
		expect(cf.toSearchParams().toString()).toBe('region=African');
		cf.clear();
		expect(cf.where()).toBe('TRUE');
	});

	it('refuses to set an undeclared filter', () => {
		expect(() => new Crossfilter(SPECS).set('nope', { kind: 'text', text: 'x' })).toThrow(/Unknown filter/);
	});
});
