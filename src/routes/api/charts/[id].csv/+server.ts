import { error } from '@sveltejs/kit';
import { CHART_IDS } from '$lib/panels/chart-ids';
import { chartFiles } from '../chart-files';

// Written into the build as a static file per chart: the numbers behind it, unfiltered.
export const prerender = true;

export const entries = () => CHART_IDS.map((id) => ({ id }));

export async function GET({ params }) {
	const chart = (await chartFiles()).find(({ id }) => id === params.id);
	if (!chart) error(404, `No chart "${params.id}"`);
	return new Response(chart.csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
