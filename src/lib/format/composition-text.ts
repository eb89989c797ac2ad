import { NOT_HARMONISED, NOT_PUBLISHED, type YearShares } from '$lib/data/transform/composition-shares';
import { m } from '$lib/paraglide/messages';
import { formatInteger, formatWholePercent } from './number';
import { vocabularyLabel } from './vocabulary-label';

/** A stacked-shares segment's category as the reader sees it, gaps included. */
export function shareCategoryLabel(category: string): string {
	if (category === NOT_HARMONISED) return m.lbl_not_harmonised();
	if (category === NOT_PUBLISHED) return m.lbl_not_published();
	return vocabularyLabel(category);
}

/** One sentence for the chart's text alternative: years covered, and the host region's share where marked. */
export function compositionSummary(stacks: readonly YearShares[], what: string, hostRegion: boolean): string {
	if (!stacks.length) return m.sum_composition_none({ what });
	const host = hostRegion
		? stacks
				.filter((s) => s.host_region)
				.map((s) =>
					m.sum_composition_host_year({
						year: String(s.year),
						share: formatWholePercent(s.shares.find((x) => x.category === s.host_region)?.share ?? 0),
						region: vocabularyLabel(s.host_region!)
					})
				)
		: [];
	return m.sum_composition({
		what,
		count: stacks.length,
		years: formatInteger(stacks.length),
		list: stacks.map((s) => s.year).join(m.lbl_list_separator()),
		host: host.length ? m.sum_composition_host({ list: host.join(m.lbl_list_semicolon()) }) : ''
	});
}
