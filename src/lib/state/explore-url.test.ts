import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeExplore, encodeExplore, type ExploreChoice } from './explore-url';
import { filterSpecsFor } from './filter-specs';

const COLUMNS = [
	{ name: 'year', type: 'INTEGER' },
	{ name: 'amount_usd', type: 'DOUBLE' },
	{ name: 'donor_type', type: 'VARCHAR' },
	{ name: 'donor', type: 'VARCHAR' }
];
const SPECS = filterSpecsFor(COLUMNS, {
	bounds: { year: [2006, 2025], amount_usd: [0, 1e7] },
	distinct: { donor_type: 3, donor: 500 },
	options: { donor_type: ['government', 'private_sector', 'civil_society'] }
});
const decode = (qs: string) => decodeExplore(new URLSearchParams(qs), COLUMNS, SPECS);

describe('explore URL state', () => {
	it('picks a filter kind per column: range, multi-select, search', () => {
		expect(SPECS.map((s) => [s.key, s.kind])).toEqual([
			['f.year', 'range'],
			['f.amount_usd', 'range'],
			['f.donor_type', 'set'],
			['f.donor', 'text']
		]);
	});

	it('round-trips every filter type and every view choice', () => {
		const qs =
			'dataset=contributions&f.year=2010..2015&f.amount_usd=1000..&f.donor_type=government&f.donor_type=civil_society&f.donor=Goo+gle&group=donor_type&agg=sum:amount_usd&sort=-sum_amount_usd&page=3';
		const d = decode(qs);
		expect(d.ignored).toEqual([]);
		expect(d.choice).toEqual({
			groupBy: ['donor_type'],
			aggregate: { fn: 'sum', column: 'amount_usd' },
			sort: { column: 'sum_amount_usd', desc: true },
			page: 3
		});
		expect(d.filters['f.donor']).toEqual({ kind: 'text', text: 'Goo gle' });
		const again = encodeExplore('contributions', d.choice, SPECS, d.filters);
		expect(again.toString()).toBe(new URLSearchParams(qs).toString());
		expect(decode(again.toString())).toEqual(d);
	});

	it('round-trips any valid choice (property)', () => {
		const choice = fc.record({
			groupBy: fc.uniqueArray(fc.constantFrom('year', 'donor_type', 'donor'), { maxLength: 3 }),
			aggregate: fc.option(
				fc.constantFrom(
					{ fn: 'count' as const, column: null },
					{ fn: 'mean' as const, column: 'amount_usd' },
					{ fn: 'share' as const, column: null }
				),
				{ nil: null }
			),
			sort: fc.constant(null),
			page: fc.integer({ min: 1, max: 9999 })
		});
		fc.assert(
			fc.property(choice, (c: ExploreChoice) => {
				const d = decode(encodeExplore('t', c, SPECS, {}).toString());
				expect(d.ignored).toEqual([]);
				expect(d.choice).toEqual(c);
			})
		);
	});

	it('ignores and reports unknown and malformed parameters, keeping the rest', () => {
		const d = decode(
			'dataset=x&utm=1&group=nope&agg=median:year&sort=ghost&page=-2&f.year=abc&f.donor_type=martians&f.donor_type=government&agg2=x'
		);
		expect(d.choice).toEqual({ groupBy: [], aggregate: null, sort: null, page: 1 });
		expect(d.filters['f.donor_type']).toEqual({ kind: 'set', values: ['government'] });
		expect(d.ignored.map((i) => i.param).sort()).toEqual([
			'agg',
			'agg2',
			'f.donor_type',
			'f.year',
			'group',
			'page',
			'sort',
			'utm'
		]);
		expect(decode('agg=sum').ignored[0].reason).toBe('agg_needs_column');
		expect(decode('agg=sum:donor').ignored[0].reason).toBe('agg_needs_numeric');
		expect(decode('agg=count:year').ignored[0].reason).toBe('count_no_column');
	});

	it('only sorts by columns of the table shown', () => {
		expect(decode('sort=donor').choice.sort).toEqual({ column: 'donor', desc: false });
		expect(decode('group=year&sort=donor').ignored.map((i) => i.param)).toEqual(['sort']);
		expect(decode('group=year&sort=-count').choice.sort).toEqual({ column: 'count', desc: true });
	});
});
