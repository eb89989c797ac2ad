import { error } from '@sveltejs/kit';
import { FUNDING_VIEWS, type FundingViewId } from '$lib/panels/funding/funding-views';
import { fundingInitialData } from '../../funding/initial-data';
import type { EntryGenerator } from './$types';

/** Every funding chart is prerendered at /embed/<id>. */
export const entries: EntryGenerator = () => FUNDING_VIEWS.map((c) => ({ chart: c.id }));

export async function load({ params }) {
	const chart = FUNDING_VIEWS.find((c) => c.id === params.chart);
	if (!chart) error(404, `No chart "${params.chart}"`);
	return { chart: chart.id as FundingViewId, ...(await fundingInitialData()) };
}
