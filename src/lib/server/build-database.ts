// Build time only: the database prerendering queries run against (DuckDB-WASM's Node build, same engine as the browser).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Database } from '$lib/data/db/database';
import type { Manifest } from '$lib/data/catalog/manifest';
import { openNodeDatabaseWith } from '$lib/data/db/duckdb-node';

export const DATA_DIR = resolve(process.env.IGF_DATA_DIR ?? 'data');
let opened: Promise<Database> | null = null;

export async function readManifest(): Promise<Manifest> {
	return JSON.parse(await readFile(resolve(DATA_DIR, 'manifest.json'), 'utf8')) as Manifest;
}

/** Every bundled dataset loaded once per build. */
export function buildDatabase(): Promise<Database> {
	opened ??= readManifest().then((manifest) =>
		openNodeDatabaseWith(Object.fromEntries(manifest.datasets.map((d) => [d.name, resolve(DATA_DIR, d.file)])))
	);
	return opened;
}
