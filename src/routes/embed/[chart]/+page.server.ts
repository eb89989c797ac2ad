import { error } from '@sveltejs/kit';
import { FUNDING_CHARTS, type FundingChartId } from '$lib/panels/funding/charts';
import { fundingInitialData } from '../../funding/initial-data';
import type { EntryGenerator } from './$types';

/** Every funding chart is prerendered at /embed/<id>. */
export const entries: EntryGenerator = () => FUNDING_CHARTS.map((c) => ({ chart: c.id }));

export async function load({ params }) {
	const chart = FUNDING_CHARTS.find((c) => c.id === params.chart);
	if (!chart) error(404, `No chart "${params.chart}"`);
	return { chart: chart.id as FundingChartId, ...(await fundingInitialData()) };
}
