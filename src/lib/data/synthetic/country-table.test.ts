import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { REGIONS } from './categories';
import { countriesByRegion, parseCountries } from './country-table';
import { hostIso3 } from './host-countries';
import { parseMeetings } from './inputs';

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

	it('displays the UN short names and keeps the ISO alpha-3 keys of the sourced mapping', () => {
		const name = (iso3: string) => countries.find((c) => c.iso3 === iso3)?.name;
		expect(['CPV', 'CZE', 'GMB', 'TUR'].map(name)).toEqual(['Cabo Verde', 'Czechia', 'Gambia', 'Türkiye']);
		const mapping = csvParse(readFileSync('data/sources/un_groups.csv', 'utf8')).map((r) => r.iso3);
		expect(countries.map((c) => c.iso3).sort()).toEqual(mapping.sort());
	});

	it('notes the scheduled LDC graduations while keeping the countries on the list', () => {
		const rows = csvParse(readFileSync('data/sources/countries.csv', 'utf8'));
		for (const [iso3, year] of [['BGD', 2026], ['LAO', 2026], ['NPL', 2026], ['SLB', 2027]] as const) {
			const row = rows.find((r) => r.iso3 === iso3)!;
			expect(row.ldc, iso3).toBe('true');
			expect(row.note, iso3).toContain(`scheduled to graduate from the LDC category in ${year}`);
		}
	});
});

describe('hostIso3', () => {
	it('resolves every host of meetings.csv, by its UN short name or an older English name', () => {
		const meetings = parseMeetings(readFileSync('data/sources/meetings.csv', 'utf8'));
		const unresolved = meetings.filter((m) => !hostIso3(m, countries)).map((m) => m.year);
		expect(unresolved).toEqual([2020]);
		const as = (country: string) => hostIso3({ ...meetings[0], country }, countries);
		expect([as('Türkiye'), as('Turkey')]).toEqual(['TUR', 'TUR']);
	});
});
