// Build time: every funding view's rows under the default filters, so the charts are in the prerendered HTML.
import { buildDatabase } from '$lib/server/build-database';
import {
	contributionsByYearQuery,
	disclosureCoverageQuery,
	donorSharesQuery,
	donorTotalsQuery,
	flowLinksQuery,
	flowRowsQuery,
	hostsQuery,
	recipientsQuery,
	type CoverageRow,
	type DonorTotalRow,
	type FlowLinkRow,
	type FlowRow,
	type HostRow,
	type RecipientRow,
	type YearDonorRow,
	type YearTypeRow
} from '$lib/data/queries/funding';

export async function fundingInitialData() {
	const db = await buildDatabase();
	const f = { where: 'TRUE', basis: 'usd' as const };
	return {
		byYear: await db.query<YearTypeRow>(contributionsByYearQuery(f)),
		donors: await db.query<DonorTotalRow>(donorTotalsQuery(f)),
		flows: await db.query<FlowRow>(flowRowsQuery(f)),
		shares: await db.query<YearDonorRow>(donorSharesQuery(f)),
		recipients: await db.query<RecipientRow>(recipientsQuery(f)),
		links: await db.query<FlowLinkRow>(flowLinksQuery(f)),
		hosts: await db.query<HostRow>(hostsQuery('TRUE')),
		coverage: await db.query<CoverageRow>(disclosureCoverageQuery('TRUE'))
	};
}

export type FundingInitialData = Awaited<ReturnType<typeof fundingInitialData>>;
