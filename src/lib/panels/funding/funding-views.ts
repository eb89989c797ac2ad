import { m } from '$lib/paraglide/messages';
import { chartInfo, type ChartTexts } from '../chart-info';

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

const TEXTS: Record<FundingViewId, ChartTexts> = {
	'contributions-over-time': { title: () => m.chart_contributions_over_time(), basis: () => m.basis_contributions() },
	'donors-ranked': { title: () => m.chart_donors_ranked(), basis: () => m.basis_donors() },
	'funding-concentration': { title: () => m.chart_funding_concentration(), basis: () => m.basis_concentration() },
	'recipients-earmarking': { title: () => m.chart_recipients_earmarking(), basis: () => m.basis_recipients() },
	'host-support': { title: () => m.chart_host_support(), basis: () => m.basis_hosts() },
	'money-flows': { title: () => m.chart_money_flows(), basis: () => m.basis_flows() },
	'disclosure-coverage': { title: () => m.chart_disclosure_coverage(), basis: () => m.basis_coverage() }
};

/** A funding view with its title and basis in the page's language. */
export const fundingView = chartInfo(FUNDING_VIEWS, TEXTS);
