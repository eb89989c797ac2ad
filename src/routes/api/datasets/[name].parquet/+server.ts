import { datasetEntries, datasetParquet } from '../dataset-files';

// Written into the build as a static file per dataset: the release's Parquet file itself.
export const prerender = true;

export const entries = datasetEntries;

export async function GET({ params }) {
	return new Response(await datasetParquet(params.name), {
		headers: { 'content-type': 'application/vnd.apache.parquet' }
	});
}
