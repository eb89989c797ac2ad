import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';

type Options = { locale: Locale };
type Words = (o: Options) => string;

// Columns the specs share (datasets/shared-columns.ts), worded once.
const LEDGER: Record<string, Words> = {
	amount: (o) => m.data_col_amount({}, o),
	currency: (o) => m.data_col_currency({}, o),
	amount_usd: (o) => m.data_col_amount_usd({}, o),
	confidence: (o) => m.data_col_confidence({}, o),
	note: (o) => m.data_col_note({}, o),
	source_url: (o) => m.data_col_source_url({}, o)
};
const PERIOD: Record<string, Words> = {
	year: (o) => m.data_col_period_year({}, o),
	year_from: (o) => m.data_col_year_from({}, o),
	year_to: (o) => m.data_col_year_to({}, o)
};

const COLUMNS: Record<string, Record<string, Words>> = {
	meetings: {
		year: (o) => m.data_col_meeting_year({}, o),
		edition: (o) => m.data_col_meetings_edition({}, o),
		city: (o) => m.data_col_meetings_city({}, o),
		country: (o) => m.data_col_host_country({}, o),
		host_region: (o) => m.data_col_meetings_host_region({}, o),
		format: (o) => m.data_col_meetings_format({}, o),
		dates: (o) => m.data_col_meetings_dates({}, o),
		venue: (o) => m.data_col_meetings_venue({}, o),
		onsite: (o) => m.data_col_meetings_onsite({}, o),
		online: (o) => m.data_col_meetings_online({}, o),
		total: (o) => m.data_col_meetings_total({}, o),
		registrations: (o) => m.data_col_meetings_registrations({}, o),
		countries: (o) => m.data_col_meetings_countries({}, o),
		sessions: (o) => m.data_col_meetings_sessions({}, o),
		notes: (o) => m.data_col_meetings_notes({}, o),
		source_url: (o) => m.data_col_source_url_short({}, o),
		start_date: (o) => m.data_col_meetings_start_date({}, o),
		end_date: (o) => m.data_col_meetings_end_date({}, o)
	},
	participation_breakdown: {
		year: (o) => m.data_col_meeting_year({}, o),
		dimension: (o) => m.data_col_breakdown_dimension({}, o),
		category: (o) => m.data_col_breakdown_category({}, o),
		count_or_share: (o) => m.data_col_breakdown_count_or_share({}, o),
		unit: (o) => m.data_col_breakdown_unit({}, o),
		note: LEDGER.note,
		source_url: LEDGER.source_url,
		canonical_category: (o) => m.data_col_breakdown_canonical_category({}, o),
		value_kind: (o) => m.data_col_breakdown_value_kind({}, o),
		share_of: (o) => m.data_col_breakdown_share_of({}, o),
		value_qualifier: (o) => m.data_col_breakdown_value_qualifier({}, o)
	},
	contributions: {
		...LEDGER,
		year: (o) => m.data_col_contributions_year({}, o),
		flow_id: (o) => m.data_col_contributions_flow_id({}, o),
		donor: (o) => m.data_col_contributions_donor({}, o),
		donor_type: (o) => m.data_col_contributions_donor_type({}, o),
		recipient: (o) => m.data_col_contributions_recipient({}, o),
		canonical_donor_type: (o) => m.data_col_contributions_canonical_donor_type({}, o),
		derived: (o) => m.data_col_contributions_derived({}, o)
	},
	funding_totals: {
		...LEDGER,
		year: (o) => m.data_col_funding_totals_year({}, o),
		measure: (o) => m.data_col_funding_totals_measure({}, o)
	},
	expenditures: { ...LEDGER, ...PERIOD, category: (o) => m.data_col_expenditures_category({}, o) },
	host_costs: {
		...LEDGER,
		...PERIOD,
		host_country: (o) => m.data_col_host_country({}, o),
		item: (o) => m.data_col_host_costs_item({}, o),
		same_allocation_as: (o) => m.data_col_host_costs_same_allocation_as({}, o)
	},
	nris: {
		year: (o) => m.data_col_nris_year({}, o),
		as_of: (o) => m.data_col_nris_as_of({}, o),
		count: (o) => m.data_col_nris_count({}, o),
		qualifier: (o) => m.data_col_nris_qualifier({}, o),
		breakdown: (o) => m.data_col_nris_breakdown({}, o),
		context: (o) => m.data_col_nris_context({}, o),
		source_url: (o) => m.data_col_source_url_short({}, o),
		count_qualifier: (o) => m.data_col_nris_count_qualifier({}, o)
	},
	recommendations: {
		id: (o) => m.data_col_recommendations_id({}, o),
		area_id: (o) => m.data_col_recommendations_area_id({}, o),
		area: (o) => m.data_col_recommendations_area({}, o),
		text: (o) => m.data_col_recommendations_text({}, o),
		covered_by_dashboard: (o) => m.data_col_recommendations_covered_by_dashboard({}, o),
		source: (o) => m.data_col_recommendations_source({}, o)
	},
	countries: {
		iso3: (o) => m.data_col_countries_iso3({}, o),
		name: (o) => m.data_col_countries_name({}, o),
		un_regional_group: (o) => m.data_col_countries_un_regional_group({}, o),
		un_status: (o) => m.data_col_countries_un_status({}, o),
		m49_region: (o) => m.data_col_countries_m49_region({}, o),
		m49_subregion: (o) => m.data_col_countries_m49_subregion({}, o),
		m49_intermediate_region: (o) => m.data_col_countries_m49_intermediate_region({}, o),
		developing: (o) => m.data_col_countries_developing({}, o),
		ldc: (o) => m.data_col_countries_ldc({}, o),
		sids: (o) => m.data_col_countries_sids({}, o),
		note: (o) => m.data_col_countries_note({}, o),
		source_url: (o) => m.data_col_countries_source_url({}, o)
	},
	participants: {
		participant_id: (o) => m.data_col_participants_participant_id({}, o),
		year: (o) => m.data_col_participants_year({}, o),
		country_iso3: (o) => m.data_col_participants_country_iso3({}, o),
		un_regional_group: (o) => m.data_col_participants_un_regional_group({}, o),
		stakeholder_group: (o) => m.data_col_participants_stakeholder_group({}, o),
		gender: (o) => m.data_col_participants_gender({}, o),
		mode: (o) => m.data_col_participants_mode({}, o),
		first_time: (o) => m.data_col_participants_first_time({}, o),
		developing_country: (o) => m.data_col_participants_developing_country({}, o),
		synthetic: (o) => m.data_col_participants_synthetic({}, o)
	}
};

/** A meeting figure's qualifier and relay columns (`onsite_qualifier`, `onsite_relayed_by`), named after the figure. */
function meetingFigureColumn(column: string, o: Options): string | null {
	const [, figure, kind] = /^(\w+)_(qualifier|relayed_by)$/.exec(column) ?? [];
	if (!figure) return null;
	return kind === 'qualifier'
		? m.data_col_meetings_qualifier({ column: figure }, o)
		: m.data_col_meetings_relayed_by({ column: figure }, o);
}

/**
 * A catalog column's description in the reader's language, by dataset and column; null for a column the
 * catalog does not describe. The spec's English (datasets/*.ts) stays the build's and the manifest's.
 */
export function columnDescription(dataset: string, column: string, locale: Locale = getLocale()): string | null {
	const o = { locale };
	const words = COLUMNS[dataset];
	if (!words) return null;
	if (Object.hasOwn(words, column)) return words[column](o);
	return dataset === 'meetings' ? meetingFigureColumn(column, o) : null;
}

type Described = { name: string; columns: readonly { name: string; description: string }[] };

/**
 * Every column's description in the reader's language, dataset by dataset (the spec's English where none is
 * worded). Built while the page is prerendered, so the page ships its own language's words only.
 */
export function columnDescriptions(
	datasets: readonly Described[],
	locale: Locale = getLocale()
): Record<string, Record<string, string>> {
	return Object.fromEntries(
		datasets.map((d) => [
			d.name,
			Object.fromEntries(d.columns.map((c) => [c.name, columnDescription(d.name, c.name, locale) ?? c.description]))
		])
	);
}
