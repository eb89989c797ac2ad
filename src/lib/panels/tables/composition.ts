// Stakeholder, regional and gender composition per year: the Table view's and the CSV's columns.
import type { CompositionRow } from '$lib/data/queries/composition';
import { NOT_HARMONISED } from '$lib/data/transform/composition-shares';
import { shareCategoryLabel } from '$lib/format/composition-text';
import { formatInteger, formatPercentValue } from '$lib/format/number';
import { unitLabel, vocabularyLabel } from '$lib/format/vocabulary-label';
import { m } from '$lib/paraglide/messages';
import { yearColumn, type ChartColumn } from './chart-columns';

/** `markHost`: the regional chart also lists the host's UN regional group. */
export const compositionColumns = (markHost: boolean): ChartColumn<CompositionRow>[] => [
	yearColumn(),
	{ key: 'category', label: m.tbl_as_published(), verbatim: true, unit: null, meaning: 'Category as published' },
	{
		key: 'canonical_category',
		label: m.tbl_charted_as(),
		unit: null,
		meaning: 'Harmonised category the chart draws it as (empty when not harmonised)',
		format: (r) => shareCategoryLabel(r.canonical_category ?? NOT_HARMONISED)
	},
	{
		key: 'value',
		label: m.tbl_figure(),
		numeric: true,
		unit: null,
		meaning: 'The published figure: a percent (0–100) or a count, as the column unit says',
		format: (r) => (r.value_kind === 'percent' ? formatPercentValue(r.value) : formatInteger(r.value)),
		also: [
			{
				key: 'value_qualifier',
				unit: null,
				meaning: 'Confidence of the figure as published (e.g. approximate); empty when exact',
				value: (r) => r.value_qualifier
			}
		]
	},
	{
		key: 'unit',
		label: m.tbl_basis(),
		unit: null,
		meaning: 'Published unit of the figure (percent_of_participants, count…)',
		format: (r) => (r.value_kind === 'percent' ? unitLabel(r.unit) : m.lbl_unit_count())
	},
	...(markHost
		? [
				{
					key: 'host_region',
					label: m.tbl_host_region(),
					unit: null,
					meaning: 'UN regional group of the meeting’s host country',
					format: (r: CompositionRow) => (r.host_region ? vocabularyLabel(r.host_region) : '—')
				}
			]
		: []),
	{
		key: 'note',
		label: m.tbl_note(),
		unit: null,
		meaning: 'Note on the figure, in the source’s or our words (English)',
		format: (r) => r.note ?? '',
		verbatim: true
	}
];
