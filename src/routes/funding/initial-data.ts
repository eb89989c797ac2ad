// Build time: every funding view's rows under the default filters, so the charts are in the prerendered HTML.
import { buildDatabase } from '$lib/server/build-database';
import {
	contributionsByYearQuery,
	disclosureCoverageQuery,
	FUNDING_TABLES,
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
import { getLocale } from '$lib/paraglide/runtime';
import { countryNames, iso3Codes } from '$lib/server/country-names';

export async function fundingInitialData() {
	const db = await buildDatabase();
	const f = { where: 'TRUE', basis: 'usd' as const };
	const hosts = await db.query<HostRow>(hostsQuery('TRUE'));
	return {
		liveTables: FUNDING_TABLES,
		byYear: await db.query<YearTypeRow>(contributionsByYearQuery(f)),
		donors: await db.query<DonorTotalRow>(donorTotalsQuery(f)),
		flows: await db.query<FlowRow>(flowRowsQuery(f)),
		shares: await db.query<YearDonorRow>(donorSharesQuery(f)),
		recipients: await db.query<RecipientRow>(recipientsQuery(f)),
		links: await db.query<FlowLinkRow>(flowLinksQuery(f)),
		hosts,
		coverage: await db.query<CoverageRow>(disclosureCoverageQuery('TRUE')),
		// The hosts' codes on the timeline (the rows keep the data's English names).
		hostCodes: iso3Codes(hosts.map((r) => r.country)),
		// The hosts named in the page's language; the rows keep the data's English names.
		countries: countryNames(
			hosts.map((r) => r.country),
			getLocale()
		)
	};
}

export type FundingInitialData = Awaited<ReturnType<typeof fundingInitialData>>;
