// First-time participants, countries represented and members of parliament: columns, figure text and summary.
import type { IndicatorRow } from '$lib/data/queries/indicators';
import { formatPercentValue, formatQualified } from '$lib/format/number';
import { unitLabel } from '$lib/format/vocabulary-label';
import { m } from '$lib/paraglide/messages';
import { yearColumn, type ChartColumn } from './chart-columns';

const INDICATORS: Record<string, () => string> = {
	'countries represented': () => m.lbl_ind_countries(),
	'first-time participants': () => m.lbl_ind_first_time(),
	'members of parliament': () => m.lbl_ind_mps()
};
export const indicatorLabel = (k: string) => INDICATORS[k]?.() ?? k;
export const isPercent = (r: IndicatorRow) => r.unit.startsWith('percent');

/** A published figure with its qualifier, as the page writes it. */
export const indicatorFigure = (r: IndicatorRow) =>
	isPercent(r)
		? r.qualifier === 'approximate'
			? m.lbl_about({ value: formatPercentValue(r.value) })
			: formatPercentValue(r.value)
		: formatQualified(r.value, r.qualifier, r.relayed_by);

export const indicatorColumns = (): ChartColumn<IndicatorRow>[] => [
	yearColumn(),
	{
		key: 'indicator',
		label: m.tbl_indicator(),
		unit: null,
		meaning: 'Indicator: countries represented, first-time participants or members of parliament',
		format: (r) => indicatorLabel(r.indicator)
	},
	{
		key: 'value',
		label: m.tbl_figure(),
		numeric: true,
		unit: null,
		meaning: 'The published figure: a count, or a percent (0–100) when the column unit starts with "percent"',
		format: indicatorFigure,
		also: [
			{
				key: 'qualifier',
				unit: null,
				meaning: 'Confidence: exact, lower bound, approximate or secondary',
				value: (r) => r.qualifier
			},
			{ key: 'relayed_by', unit: null, meaning: 'Who relayed a secondary figure', value: (r) => r.relayed_by }
		]
	},
	{
		key: 'unit',
		label: m.tbl_basis(),
		unit: null,
		meaning: 'Published unit of the figure (count, percent_of_participants…)',
		format: (r) => unitLabel(r.unit)
	},
	{
		key: 'note',
		label: m.tbl_note(),
		unit: null,
		meaning: 'Note on the figure (English)',
		format: (r) => r.note ?? '',
		verbatim: true
	}
];

export function indicatorSummary(rows: readonly IndicatorRow[]): string {
	const list = (k: string) =>
		rows
			.filter((r) => r.indicator === k)
			.map((r) => `${r.year} ${indicatorFigure(r)}`)
			.join(m.lbl_list_separator()) || m.lbl_none();
	return m.sum_indicators({
		countries: list('countries represented'),
		first: list('first-time participants'),
		mps: list('members of parliament')
	});
}
