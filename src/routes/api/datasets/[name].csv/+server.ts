import { datasetCsv, datasetEntries } from '../dataset-files';

// Written into the build as a static file per dataset: every row, as CSV.
export const prerender = true;

export const entries = datasetEntries;

export async function GET({ params }) {
	return new Response(await datasetCsv(params.name), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
