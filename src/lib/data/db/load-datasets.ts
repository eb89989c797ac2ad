import type { Database } from './database';
import type { DatasetInfo, Manifest } from '../catalog/manifest';

export type DatasetLoadState =
	| { state: 'waiting' }
	| { state: 'fetching'; loaded: number; total: number }
	/** Fetched; decoding and inserting: `rows` of `total` (the manifest's count) in the table so far. */
	| { state: 'loading'; rows: number; total: number }
	| { state: 'ready'; rows: number }
	| { state: 'error'; message: string };

export interface LoadOptions {
	/** Folder URL the data files are served from, ending without a slash. */
	dataUrl: string;
	fetch?: typeof fetch;
	onprogress?: (name: string, state: DatasetLoadState) => void;
}

export async function fetchManifest(dataUrl: string, fetcher: typeof fetch = fetch): Promise<Manifest> {
	const res = await fetcher(`${dataUrl}/manifest.json`);
	if (!res.ok) throw new Error(`Could not fetch the data manifest (${res.status} ${res.statusText})`);
	return (await res.json()) as Manifest;
}

/** Fetches each dataset's Parquet file in order and loads it as a table, reporting progress per dataset. */
export async function loadDatasets(db: Database, datasets: readonly DatasetInfo[], options: LoadOptions) {
	const report = options.onprogress ?? (() => {});
	for (const d of datasets) report(d.name, { state: 'waiting' });
	for (const d of datasets) {
		try {
			const bytes = await fetchBytes(`${options.dataUrl}/${d.file}`, d.bytes, options.fetch ?? fetch, (loaded, total) =>
				report(d.name, { state: 'fetching', loaded, total })
			);
			report(d.name, { state: 'loading', rows: 0, total: d.rows });
			const rows = await db.loadParquet(d.name, bytes, (n) =>
				report(d.name, { state: 'loading', rows: n, total: d.rows })
			);
			report(d.name, { state: 'ready', rows });
		} catch (e) {
			const message = `Dataset "${d.name}" failed to load: ${e instanceof Error ? e.message : String(e)}`;
			report(d.name, { state: 'error', message });
			throw new Error(message, { cause: e });
		}
	}
}

async function fetchBytes(
	url: string,
	expected: number,
	fetcher: typeof fetch,
	onprogress: (loaded: number, total: number) => void
): Promise<Uint8Array> {
	const res = await fetcher(url);
	if (!res.ok || !res.body) throw new Error(`${url}: ${res.status} ${res.statusText}`);
	const total = Number(res.headers.get('content-length')) || expected;
	const reader = res.body.getReader();
	const chunks: Uint8Array[] = [];
	let loaded = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		loaded += value.length;
		onprogress(loaded, total);
	}
	const bytes = new Uint8Array(loaded);
	let offset = 0;
	for (const c of chunks) {
		bytes.set(c, offset);
		offset += c.length;
	}
	return bytes;
}

/**
 * How far a set of loads has got, 0–1: each dataset weighs its file size (the manifest's bytes), and is
 * half done once fetched, the other half as its rows are inserted. Datasets missing from `sizes` weigh
 * as much as the average of the others (1 when none is known).
 */
export function loadFraction(
	progress: Readonly<Record<string, DatasetLoadState>>,
	sizes: Readonly<Record<string, number>>
): number {
	const names = Object.keys(progress);
	if (names.length === 0) return 0;
	const sizeOf = (name: string) => (Object.hasOwn(sizes, name) && sizes[name] > 0 ? sizes[name] : undefined);
	const known = names.map(sizeOf).filter((b) => b != null);
	const fallback = known.length ? known.reduce((a, b) => a + b, 0) / known.length : 1;
	let done = 0;
	let total = 0;
	for (const name of names) {
		const weight = sizeOf(name) ?? fallback;
		total += weight;
		done += weight * datasetFraction(progress[name]);
	}
	return done / total;
}

function datasetFraction(p: DatasetLoadState): number {
	switch (p.state) {
		case 'fetching':
			return p.total > 0 ? Math.min(1, p.loaded / p.total) / 2 : 0;
		case 'loading':
			return 0.5 + (p.total > 0 ? Math.min(1, p.rows / p.total) / 2 : 0);
		case 'ready':
		case 'error':
			return 1;
		default:
			return 0;
	}
}
