import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import { AGGREGATES } from '$lib/data/queries/explore';
import { CURRENCY_BASES } from '$lib/data/queries/funding';
import { MAX_GROUP_BY } from '$lib/state/explore-url';
import type { IgnoredParam } from '$lib/state/url-filters';

/** The one place an ignored URL parameter's reason becomes words in the reader's language. */
export function ignoredReasonText(ignored: IgnoredParam, locale: Locale = getLocale()): string {
	const o = { locale };
	// An aggregate is written `fn:column` in the address; its function is named as written.
	const fn = ignored.value.split(':')[0];
	switch (ignored.reason) {
		case 'unknown_param':
			return m.url_ignored_unknown_param({}, o);
		case 'malformed':
			return m.url_ignored_malformed({}, o);
		case 'not_an_option':
			return m.url_ignored_not_an_option({}, o);
		case 'repeated':
			return m.url_ignored_repeated({}, o);
		case 'range_form':
			return m.url_ignored_range_form({ example: '2010..2015' }, o);
		case 'range_numbers':
			return m.url_ignored_range_numbers({}, o);
		case 'no_column':
			return m.url_ignored_no_column({}, o);
		case 'group_limit':
			return m.url_ignored_group_limit({ max: MAX_GROUP_BY }, o);
		case 'agg_unknown':
			return m.url_ignored_not_one_of({ allowed: AGGREGATES.join(', ') }, o);
		case 'count_no_column':
			return m.url_ignored_count_no_column({}, o);
		case 'agg_needs_column':
			return m.url_ignored_agg_needs_column({ fn, example: `${fn}:amount` }, o);
		case 'agg_needs_numeric':
			return m.url_ignored_agg_needs_numeric({ fn }, o);
		case 'sort_column':
			return m.url_ignored_sort_column({}, o);
		case 'page_number':
			return m.url_ignored_page_number({}, o);
		case 'basis_unknown':
			return m.url_ignored_not_one_of({ allowed: CURRENCY_BASES.join(', ') }, o);
	}
}
