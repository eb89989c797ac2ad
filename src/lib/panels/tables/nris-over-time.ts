// National, regional and youth IGF initiatives over time: columns, figure text and summary.
import type { NriRow } from '$lib/data/queries/nris';
import { formatQualified } from '$lib/format/number';
import { m } from '$lib/paraglide/messages';
import { yearColumn, type ChartColumn } from './chart-columns';

/** A count with its qualifier, as the page writes it. */
export const nriCount = (r: NriRow) => formatQualified(r.count, r.qualifier);

export const nriColumns = (): ChartColumn<NriRow>[] => [
	yearColumn(),
	{
		key: 'as_of',
		label: m.tbl_as_of(),
		unit: 'date',
		meaning: 'Date the count was published for (ISO 8601; empty when only the year is known)',
		format: (r) => r.as_of ?? '—'
	},
	{
		key: 'count',
		label: m.tbl_nris(),
		numeric: true,
		unit: 'count',
		meaning: 'National, regional and youth IGF initiatives counted',
		format: nriCount,
		also: [
			{
				key: 'qualifier',
				unit: null,
				meaning: 'Confidence: exact, lower bound or approximate',
				value: (r) => r.qualifier
			}
		]
	},
	{
		key: 'qualifier_text',
		label: m.tbl_as_source_says(),
		verbatim: true,
		unit: null,
		meaning: 'The qualifier in the source’s words'
	},
	{
		key: 'breakdown',
		label: m.tbl_breakdown(),
		unit: null,
		meaning: 'Breakdown by kind of initiative, as published',
		format: (r) => r.breakdown ?? '',
		verbatim: true
	},
	{
		key: 'context',
		label: m.tbl_where_stated(),
		unit: null,
		meaning: 'Where the source states the count',
		format: (r) => r.context ?? '',
		verbatim: true
	}
];

export const nriSummary = (rows: readonly NriRow[]) =>
	m.sum_nris({ list: rows.map((r) => `${r.as_of ?? r.year} ${nriCount(r)}`).join(m.lbl_list_semicolon()) });
