import { m } from '$lib/paraglide/messages';

/** The funding views and their recommendations, under stable ids for anchors, embeds (/embed/<id>) and the overview's links. */
export const FUNDING_VIEWS = [
	{ id: 'contributions-over-time', recommendation: 'III.1' },
	{ id: 'donors-ranked', recommendation: 'III.1 III.2' },
	{ id: 'funding-concentration', recommendation: 'III.1' },
	{ id: 'recipients-earmarking', recommendation: 'III.2' },
	{ id: 'host-support', recommendation: 'III.3' },
	{ id: 'money-flows', recommendation: 'III.2' },
	{ id: 'disclosure-coverage', recommendation: 'III.2' }
] as const;

export type FundingViewId = (typeof FUNDING_VIEWS)[number]['id'];

// Called when a page renders, so that each title is in that page's language.
const TITLES: Record<FundingViewId, () => string> = {
	'contributions-over-time': () => m.chart_contributions_over_time(),
	'donors-ranked': () => m.chart_donors_ranked(),
	'funding-concentration': () => m.chart_funding_concentration(),
	'recipients-earmarking': () => m.chart_recipients_earmarking(),
	'host-support': () => m.chart_host_support(),
	'money-flows': () => m.chart_money_flows(),
	'disclosure-coverage': () => m.chart_disclosure_coverage()
};

/** A funding view with its title in the page's language. */
export const fundingView = (id: FundingViewId) => ({
	...FUNDING_VIEWS.find((c) => c.id === id)!,
	title: TITLES[id]()
});
