import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openNodeDatabase } from './duckdb-node';
import type { Database } from './database';
import { fetchManifest, loadDatasets, type DatasetLoadState } from './load-datasets';

/** Serves data/ as the static site does, or fails the named files. */
function fakeFetch(broken: Record<string, Uint8Array | number> = {}): typeof fetch {
	return (async (input: RequestInfo | URL) => {
		const name = String(input).replace(/^.*\/datasets\//, '');
		const b = broken[name];
		if (typeof b === 'number') return new Response('nope', { status: b, statusText: 'Server Error' });
		return new Response((b ?? readFileSync(`data/${name}`)) as BodyInit);
	}) as typeof fetch;
}

describe('loadDatasets', () => {
	let db: Database;
	afterEach(() => db?.close());

	it('loads each requested dataset as a table with its manifest row count, reporting progress', async () => {
		db = await openNodeDatabase();
		const manifest = await fetchManifest('/datasets', fakeFetch());
		const wanted = manifest.datasets.filter((d) => ['meetings', 'contributions'].includes(d.name));
		const events: [string, DatasetLoadState['state']][] = [];
		await loadDatasets(db, wanted, { dataUrl: '/datasets', fetch: fakeFetch(), onprogress: (n, s) => events.push([n, s.state]) });
		for (const d of wanted) {
			const [{ n }] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${d.name}`);
			expect(n).toBe(d.rows);
			expect(events).toContainEqual([d.name, 'fetching']);
			expect(events).toContainEqual([d.name, 'ready']);
		}
	});

	it('names the dataset that failed: HTTP error or corrupt bytes', async () => {
		db = await openNodeDatabase();
		const manifest = await fetchManifest('/datasets', fakeFetch());
		const meetings = manifest.datasets.filter((d) => d.name === 'meetings');
		await expect(loadDatasets(db, meetings, { dataUrl: '/datasets', fetch: fakeFetch({ 'meetings.parquet': 500 }) })).rejects.toThrow(
			/Dataset "meetings" failed to load: .*500/
		);
		await expect(
			loadDatasets(db, meetings, { dataUrl: '/datasets', fetch: fakeFetch({ 'meetings.parquet': new Uint8Array([1, 2, 3]) }) })
		).rejects.toThrow(/Dataset "meetings" failed to load/);
	});
});
