import { describe, expect, it } from 'vitest';
import { locales } from '$lib/paraglide/runtime';
import { AGGREGATES } from '$lib/data/queries/explore';
import { describeExplore, type ExploreChoice } from '$lib/state/explore-url';
import type { FilterSpec } from '$lib/state/url-filters';
import type { FilterValue } from '$lib/data/sql/predicates';
import { exploreWords } from './explore-text';

const specs = [
	{ key: 'year', column: 'year', label: 'Year', kind: 'range', min: 2006, max: 2025, integer: true },
	{ key: 'donor_type', column: 'donor_type', label: 'Donor type', kind: 'set', options: ['government'] },
	{ key: 'donor', column: 'donor', label: 'Donor', kind: 'text' }
] as unknown as FilterSpec[];
const filters: Record<string, FilterValue> = {
	year: { kind: 'range', min: 2010, max: 2015 },
	donor_type: { kind: 'set', values: ['government', 'private_sector'] },
	donor: { kind: 'text', text: 'Swiss' }
};
const view = (aggregate: ExploreChoice['aggregate'], desc = true): ExploreChoice => ({
	groupBy: ['year', 'donor_type'],
	aggregate,
	sort: { column: 'amount_usd', desc },
	page: 1
});

describe("an /explore view in the reader's words", () => {
	it('is the English of file names and metadata on English pages', () => {
		for (const fn of AGGREGATES) {
			const choice = view({ fn, column: fn === 'count' ? null : 'amount_usd' }, fn === 'sum');
			expect(describeExplore(specs, filters, choice, exploreWords('en'))).toBe(describeExplore(specs, filters, choice));
		}
		expect(describeExplore(specs, filters, view(null))).toBe(
			'year 2010..2015; donor_type: government, private_sector; donor contains "Swiss"; group by year, donor_type; count; sorted by amount_usd descending'
		);
	});
	for (const locale of locales.filter((l) => l !== 'en'))
		it(`keeps column names and values, in other words, in ${locale}`, () => {
			for (const fn of AGGREGATES) {
				const choice = view({ fn, column: fn === 'count' ? null : 'amount_usd' });
				const text = describeExplore(specs, filters, choice, exploreWords(locale));
				for (const kept of [
					'year',
					'2010',
					'2015',
					'government',
					'private_sector',
					'Swiss',
					'donor_type',
					'amount_usd'
				])
					expect(text, fn).toContain(kept);
				expect(text).not.toMatch(/[{}]|group by|sorted by|contains/);
			}
		});
});
