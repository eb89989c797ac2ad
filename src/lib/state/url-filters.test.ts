import { describe, expect, it } from 'vitest';
import { decodeFilters, encodeFilters, type FilterSpec } from './url-filters';

const SPECS: FilterSpec[] = [
	{ key: 'year', kind: 'range', column: 'year', label: 'year', bounds: [2006, 2025], integer: true },
	{ key: 'region', kind: 'set', column: 'un_regional_group', label: 'region', options: ['African', 'WEOG', 'GRULAC'] },
	{ key: 'q', kind: 'text', column: 'donor', label: 'search', maxLength: 50 }
];

const decode = (qs: string) => decodeFilters(SPECS, new URLSearchParams(qs));

describe('URL filters', () => {
	it('round-trips every filter kind', () => {
		const values = decode('year=2010..2015&region=WEOG&region=African&q=Google').values;
		expect(values).toEqual({
			year: { kind: 'range', min: 2010, max: 2015 },
			region: { kind: 'set', values: ['WEOG', 'African'] },
			q: { kind: 'text', text: 'Google' }
		});
		expect(decode(encodeFilters(SPECS, values).toString()).values).toEqual(values);
	});

	it('leaves empty filters out of the URL', () => {
		expect(encodeFilters(SPECS, decode('').values).toString()).toBe('');
	});

	it('clamps huge values, swaps reversed ranges, keeps open ends', () => {
		expect(decode('year=2020..2008').values.year).toEqual({ kind: 'range', min: 2008, max: 2020 });
		expect(decode('year=1..99999999').values.year).toEqual({ kind: 'range', min: null, max: null });
		expect(decode('year=2015..').values.year).toEqual({ kind: 'range', min: 2015, max: null });
	});

	it('ignores and reports unknown keys, wrong types, unknown categories and control characters', () => {
		const { values, ignored } = decode(
			"foo=1&year=abc..2010&region=Atlantis&region=WEOG') OR 1=1&q=%00x&year=2010..2012"
		);
		expect(values.region).toEqual({ kind: 'set', values: [] });
		expect(values.q).toEqual({ kind: 'text', text: '' });
		expect(values.year).toEqual({ kind: 'range', min: 2010, max: 2012 });
		expect(ignored.map((i) => [i.param, i.reason])).toEqual([
			['foo', 'unknown_param'],
			['year', 'range_numbers'],
			['region', 'not_an_option'],
			['region', 'not_an_option'],
			['q', 'malformed']
		]);
	});

	it('passes through parameters a page handles itself', () => {
		expect(decodeFilters(SPECS, new URLSearchParams('view=table'), ['view']).ignored).toEqual([]);
	});
});
