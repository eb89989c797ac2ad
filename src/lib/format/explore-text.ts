import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import type { ExploreWords } from '$lib/state/explore-url';
import { clauseSeparator, listSeparator } from './locale';

/** An /explore view in the reader's language, for its chart's title (`describeExplore`). */
export function exploreWords(locale: Locale = getLocale()): ExploreWords {
	const o = { locale };
	const list = (names: readonly string[]) => names.join(listSeparator(locale));
	return {
		range: (column, min, max) => m.explore_view_range({ column, min, max }, o),
		set: (column, values) => m.explore_view_set({ column, values: list(values) }, o),
		contains: (column, text) => m.explore_view_contains({ column, text }, o),
		groupBy: (columns) => m.explore_view_group({ columns: list(columns) }, o),
		aggregate: (fn, column) => {
			if (column === null) return fn === 'share' ? m.explore_view_share_rows({}, o) : m.explore_view_count({}, o);
			switch (fn) {
				case 'sum':
					return m.explore_view_sum({ column }, o);
				case 'mean':
					return m.explore_view_mean({ column }, o);
				case 'min':
					return m.explore_view_min({ column }, o);
				case 'max':
					return m.explore_view_max({ column }, o);
				default:
					return m.explore_view_share({ column }, o);
			}
		},
		sortedBy: (column, desc) =>
			desc ? m.explore_view_sorted_desc({ column }, o) : m.explore_view_sorted({ column }, o),
		separator: clauseSeparator(locale)
	};
}
