// View 5: annual hosts and what is published of their costs: the Table view's and the CSV's columns, and the summary.
import type { HostRow } from '$lib/data/queries/funding';
import { hostLabel, type CountryNames } from '$lib/format/country-label';
import { formatInteger } from '$lib/format/number';
import { meetingFormatLabel, vocabularyLabel } from '$lib/format/vocabulary-label';
import { m } from '$lib/paraglide/messages';
import { yearColumn, type ChartColumn } from './chart-columns';

/** A UN regional group in the page's language, `none` when the data has none. */
export const regionOrNone = (r: string | null, none: string) => (r == null ? none : vocabularyLabel(r));

export const hostColumns = (countries: CountryNames): ChartColumn<HostRow>[] => [
	yearColumn(),
	{
		key: 'host',
		label: m.tbl_host(),
		unit: null,
		meaning: 'Host city and country of the meeting, in English as the data writes them',
		value: (r) => (r.city === r.country ? r.country : `${r.city}, ${r.country}`),
		format: (r) => hostLabel(countries, r.city, r.country),
		verbatim: true
	},
	{
		key: 'host_region',
		label: m.tbl_un_regional_group(),
		unit: null,
		meaning: 'UN regional group of the host country (empty when not stated)',
		format: (r) => regionOrNone(r.host_region, m.lbl_not_stated())
	},
	{
		key: 'format',
		label: m.tbl_format(),
		unit: null,
		meaning: 'Meeting format (in-person, in-person+remote, hybrid, online)',
		format: (r) => meetingFormatLabel(r.format)
	},
	{
		key: 'costs',
		label: m.tbl_host_costs(),
		unit: null,
		meaning: 'Published host-cost or in-kind figures, in the sources’ words (empty when nothing is published)',
		format: (r) => r.costs ?? m.lbl_nothing_published(),
		verbatim: true,
		also: [
			{
				key: 'cost_items',
				unit: 'count',
				meaning: 'Published host-cost figures, each allocation counted once',
				value: (r) => r.cost_items
			}
		]
	}
];

export function hostSummary(rows: readonly HostRow[]): string {
	const counts = new Map<string | null, number>();
	for (const r of rows) counts.set(r.host_region, (counts.get(r.host_region) ?? 0) + 1);
	const by = [...counts].map(([k, n]) => `${regionOrNone(k, m.lbl_not_stated())} ${formatInteger(n)}`);
	return m.sum_hosts({
		count: rows.length,
		meetings: formatInteger(rows.length),
		regions: by.join(m.lbl_list_separator()),
		costs: formatInteger(rows.filter((r) => r.cost_items > 0).length)
	});
}
