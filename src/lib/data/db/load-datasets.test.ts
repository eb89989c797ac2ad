import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openNodeDatabase } from './duckdb-node';
import type { Database } from './database';
import { fetchManifest, loadDatasets, loadFraction, type DatasetLoadState } from './load-datasets';
import { inRowGroupsOf } from '../../../../tests/unit/parquet-groups';

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

	it('reports the rows inserted as a file loads in parts, up to the manifest count', async () => {
		db = await openNodeDatabase();
		const manifest = await fetchManifest('/datasets', fakeFetch());
		const participants = manifest.datasets.filter((d) => d.name === 'participants');
		const grouped = inRowGroupsOf('participants.parquet', Math.ceil(participants[0].rows / 5));
		const states: DatasetLoadState[] = [];
		await loadDatasets(db, participants, {
			dataUrl: '/datasets',
			fetch: fakeFetch({ 'participants.parquet': grouped }),
			onprogress: (_, s) => states.push(s)
		});
		const loading = states.filter((s) => s.state === 'loading');
		// One report before the first part, then one per part: five groups, five parts.
		expect(loading.map((s) => s.rows)).toEqual([0, 1, 2, 3, 4, 5].map((i) => Math.min(participants[0].rows, i * Math.ceil(participants[0].rows / 5))));
		expect(loading.every((s) => s.total === participants[0].rows)).toBe(true);
		expect(states.at(-1)).toEqual({ state: 'ready', rows: participants[0].rows });
		// The parts add up to the same table as the one-group file.
		const [a] = await db.query<{ n: number; ids: number }>('SELECT count(*) AS n, sum(participant_id) AS ids FROM participants');
		await db.loadParquet('whole', new Uint8Array(readFileSync('data/participants.parquet')));
		const [b] = await db.query<{ n: number; ids: number }>('SELECT count(*) AS n, sum(participant_id) AS ids FROM whole');
		expect(a).toEqual(b);
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

describe('loadFraction', () => {
	const sizes = { big: 900, small: 100 };

	it('weighs each dataset by its file size: fetched is half of it, inserted rows the other half', () => {
		expect(loadFraction({}, sizes)).toBe(0);
		expect(loadFraction({ big: { state: 'waiting' }, small: { state: 'ready', rows: 3 } }, sizes)).toBeCloseTo(0.1);
		expect(loadFraction({ big: { state: 'fetching', loaded: 450, total: 900 }, small: { state: 'ready', rows: 3 } }, sizes)).toBeCloseTo(
			0.1 + 0.9 * 0.25
		);
		expect(loadFraction({ big: { state: 'loading', rows: 250, total: 1000 }, small: { state: 'ready', rows: 3 } }, sizes)).toBeCloseTo(
			0.1 + 0.9 * 0.625
		);
		expect(loadFraction({ big: { state: 'ready', rows: 1000 }, small: { state: 'ready', rows: 3 } }, sizes)).toBe(1);
	});

	it('never goes back as a load moves through its states, and counts a failure as finished', () => {
		const steps: DatasetLoadState[] = [
			{ state: 'waiting' },
			{ state: 'fetching', loaded: 0, total: 900 },
			{ state: 'fetching', loaded: 900, total: 900 },
			{ state: 'loading', rows: 0, total: 10 },
			{ state: 'loading', rows: 10, total: 10 },
			{ state: 'ready', rows: 10 }
		];
		const fractions = steps.map((big) => loadFraction({ big }, sizes));
		expect(fractions).toEqual([...fractions].sort((x, y) => x - y));
		expect(fractions[0]).toBe(0);
		expect(fractions.at(-1)).toBe(1);
		expect(loadFraction({ big: { state: 'error', message: 'x' } }, sizes)).toBe(1);
	});

	it('gives a dataset of unknown size the average weight of the others', () => {
		expect(loadFraction({ big: { state: 'ready', rows: 1 }, small: { state: 'ready', rows: 1 }, other: { state: 'waiting' } }, sizes)).toBeCloseTo(
			1000 / 1500
		);
		expect(loadFraction({ a: { state: 'ready', rows: 1 }, b: { state: 'waiting' } }, {})).toBe(0.5);
	});
});
