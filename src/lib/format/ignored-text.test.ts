import { describe, expect, it } from 'vitest';
import { locales } from '$lib/paraglide/runtime';
import type { IgnoredReason } from '$lib/state/url-filters';
import { ignoredReasonText } from './ignored-text';

const REASONS: Record<IgnoredReason, string> = {
	unknown_param: 'x',
	malformed: 'x',
	not_an_option: 'Atlantis',
	repeated: '2010..2012',
	range_form: '2010',
	range_numbers: 'abc..2010',
	no_column: 'ghost',
	group_limit: 'year',
	agg_unknown: 'median:year',
	count_no_column: 'count:year',
	agg_needs_column: 'sum',
	agg_needs_numeric: 'mean:donor',
	sort_column: 'ghost',
	page_number: '-2',
	basis_unknown: 'eur'
};
const text = (reason: IgnoredReason, locale: (typeof locales)[number]) =>
	ignoredReasonText({ param: 'p', value: REASONS[reason], reason }, locale);

describe('ignored URL parameters', () => {
	for (const locale of locales)
		it(`words every reason in ${locale}`, () => {
			for (const reason of Object.keys(REASONS) as IgnoredReason[]) {
				expect(text(reason, locale), reason).not.toMatch(/^\s*$|[{}]/);
				if (locale !== 'en') expect(text(reason, locale), `${locale} ${reason}`).not.toBe(text(reason, 'en'));
			}
			expect(text('agg_needs_column', locale)).toContain('sum:amount');
			expect(text('agg_needs_numeric', locale)).toContain('mean');
			expect(text('agg_unknown', locale)).toContain('count, sum, mean, min, max, share');
			expect(text('basis_unknown', locale)).toContain('usd, original');
		});
});
