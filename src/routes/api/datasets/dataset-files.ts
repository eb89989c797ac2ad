// Build time: every dataset of the current release as /api/datasets/<name>.parquet and <name>.csv.
import { error } from '@sveltejs/kit';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ident } from '$lib/data/sql/sql';
import { toCsv } from '$lib/export/to-csv';
import { buildDatabase, DATA_DIR, readManifest } from '$lib/server/build-database';

/** Every dataset in the manifest, for the endpoints' prerender entries. */
export const datasetEntries = async () => (await readManifest()).datasets.map(({ name }) => ({ name }));

async function dataset(name: string) {
	const found = (await readManifest()).datasets.find((d) => d.name === name);
	if (!found) error(404, `No dataset "${name}"`);
	return found;
}

/** The Parquet file as built and recorded in the release (same bytes, same SHA-256). */
export async function datasetParquet(name: string): Promise<Uint8Array<ArrayBuffer>> {
	const bytes = await readFile(resolve(DATA_DIR, (await dataset(name)).file));
	return new Uint8Array(bytes);
}

/** Every row of the dataset as CSV, columns in the dataset's order. */
export async function datasetCsv(name: string): Promise<string> {
	const { columns } = await dataset(name);
	const rows = await (await buildDatabase()).query(`SELECT * FROM ${ident(name)}`);
	return toCsv(
		columns.map((c) => c.name),
		rows
	);
}
