import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { allReleases } from '$lib/server/releases';
import { CHART_IDS } from '$lib/panels/chart-ids';
import { chartFiles } from '../chart-files';
import { chartMetadata } from '../chart-metadata';

// Written into the build as a static file per chart: what its CSV holds, where it comes from, how to cite it.
export const prerender = true;

export const entries = () => CHART_IDS.map((id) => ({ id }));

export async function GET({ params }) {
	const chart = (await chartFiles()).find(({ id }) => id === params.id);
	if (!chart) error(404, `No chart "${params.id}"`);
	const metadata = chartMetadata(chart, allReleases()[0] ?? null, base);
	return new Response(`${JSON.stringify(metadata, null, '\t')}\n`, {
		headers: { 'content-type': 'application/json' }
	});
}
