import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';

type Worded = { title: string; description: string };

/**
 * A catalog dataset's title and description in the reader's language. The catalog's own English stays the
 * build's and the manifest's; a table uploaded in the session has no other words than its own.
 */
export function datasetWords(name: string, fallback: Worded, locale: Locale = getLocale()): Worded {
	const o = { locale };
	switch (name) {
		case 'contributions':
			return { title: m.dataset_contributions_title({}, o), description: m.dataset_contributions_about({}, o) };
		case 'countries':
			return { title: m.dataset_countries_title({}, o), description: m.dataset_countries_about({}, o) };
		case 'expenditures':
			return { title: m.dataset_expenditures_title({}, o), description: m.dataset_expenditures_about({}, o) };
		case 'funding_totals':
			return { title: m.dataset_funding_totals_title({}, o), description: m.dataset_funding_totals_about({}, o) };
		case 'host_costs':
			return { title: m.dataset_host_costs_title({}, o), description: m.dataset_host_costs_about({}, o) };
		case 'meetings':
			return { title: m.dataset_meetings_title({}, o), description: m.dataset_meetings_about({}, o) };
		case 'nris':
			return { title: m.dataset_nris_title({}, o), description: m.dataset_nris_about({}, o) };
		case 'participants':
			return { title: m.dataset_participants_title({}, o), description: m.dataset_participants_about({}, o) };
		case 'participation_breakdown':
			return {
				title: m.dataset_participation_breakdown_title({}, o),
				description: m.dataset_participation_breakdown_about({}, o)
			};
		case 'recommendations':
			return { title: m.dataset_recommendations_title({}, o), description: m.dataset_recommendations_about({}, o) };
		default:
			return fallback;
	}
}

/** A dataset's title in the reader's language (an uploaded table's own name otherwise). */
export const datasetTitle = (name: string, fallback: string, locale: Locale = getLocale()): string =>
	datasetWords(name, { title: fallback, description: '' }, locale).title;
