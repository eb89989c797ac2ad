import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGIONS } from './categories';
import { countriesByRegion, parseCountries } from './country-table';

const countries = parseCountries(readFileSync('data/sources/countries.csv', 'utf8'));

describe('countries.csv', () => {
	it('covers the 193 UN member states plus two observer states', () => {
		expect(countries.filter((c) => c.unStatus === 'member')).toHaveLength(193);
		expect(countries.filter((c) => c.unStatus === 'observer').map((c) => c.iso3).sort()).toEqual(['PSE', 'VAT']);
	});

	it('has no duplicate iso3 and no empty name', () => {
		expect(new Set(countries.map((c) => c.iso3)).size).toBe(countries.length);
		expect(countries.every((c) => /^[A-Z]{3}$/.test(c.iso3) && c.name.length > 0)).toBe(true);
	});

	it('puts every member state in one of the five groups, each non-empty', () => {
		const members = countries.filter((c) => c.unStatus === 'member');
		expect(members.every((c) => (REGIONS as readonly string[]).includes(c.group))).toBe(true);
		const sizes = countriesByRegion(countries).map((list) => list.length);
		expect(sizes.every((n) => n > 0)).toBe(true);
		expect(Object.fromEntries(REGIONS.map((r, i) => [r, sizes[i]]))).toMatchObject({
			African: 54,
			'Eastern European': 23,
			GRULAC: 33
		});
	});

	it('records the documented special cases', () => {
		const group = (iso3: string) => countries.find((c) => c.iso3 === iso3)?.group;
		expect(group('KIR')).toBe('Asia-Pacific');
		expect([group('TUR'), group('ISR'), group('USA')]).toEqual(['WEOG', 'WEOG', 'WEOG']);
		expect(group('VAT')).toBe('');
	});
});
