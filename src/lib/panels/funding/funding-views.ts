/** The funding views' titles and recommendations, under stable ids for anchors, embeds (/embed/<id>) and the overview's links. */
export const FUNDING_VIEWS = [
	{ id: 'contributions-over-time', title: 'Contributions over time, by donor type', recommendation: 'III.1' },
	{ id: 'donors-ranked', title: 'Donors ranked by what they gave', recommendation: 'III.1 III.2' },
	{
		id: 'funding-concentration',
		title: 'Funding concentration: dependency on the largest donors',
		recommendation: 'III.1'
	},
	{ id: 'recipients-earmarking', title: 'Earmarked and unearmarked money, by recipient', recommendation: 'III.2' },
	{
		id: 'host-support',
		title: 'Host countries by UN regional group, and what is published about their support',
		recommendation: 'III.3'
	},
	{ id: 'money-flows', title: 'Money flows: donor → intermediary → recipient', recommendation: 'III.2' },
	{ id: 'disclosure-coverage', title: 'Disclosure coverage: what is published for each year', recommendation: 'III.2' }
] as const;

export type FundingViewId = (typeof FUNDING_VIEWS)[number]['id'];

export const fundingView = (id: FundingViewId) => FUNDING_VIEWS.find((c) => c.id === id)!;
