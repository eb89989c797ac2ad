// Serves the app's static build at / and the benchmark's pages and data under /__bench/, on localhost only.
// Responses go as a static host sends them (scripts/static-files.js): the build's precompressed copies, and bytes
// made here compressed the same way. A bundled dataset can be swapped for a bigger file (useDataset): the app then loads it as its own.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileIn, sendBytes, sendFile } from '../../scripts/static-files.js';

export interface BenchServerOptions {
	buildDir: string;
	pagesDir: string;
	/** Folder of the Parquet files served under /__bench/data/. */
	dataDir: string;
	port: number;
}

export interface BenchServer {
	url: string;
	server: Server;
	/**
	 * Serves `file` (`rows` rows) as the build's dataset `name` (its Parquet file and its manifest entry),
	 * so the real app loads it as if bundled; `null` restores the bundled file.
	 */
	useDataset(name: string, swap: { file: string; rows: number } | null): void;
	/** Serves `bytes` at `pathname` instead of the build's file there (a file derived from a swapped dataset); `null` restores it. */
	serveBytes(pathname: string, bytes: Uint8Array | null): void;
}

/** The build's data folder, as the app fetches it (`${base}/datasets`, base ''). */
const DATASETS = '/datasets/';

export function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
	const mounts: [string, string][] = [
		['/__bench/pages/', resolve(options.pagesDir)],
		['/__bench/data/', resolve(options.dataDir)],
		['/', resolve(options.buildDir)]
	];
	const manifestPath = join(resolve(options.buildDir), DATASETS, 'manifest.json');
	type Entry = { name: string; file: string; rows: number; bytes: number; sha256: string };
	const readManifest = () => JSON.parse(readFileSync(manifestPath, 'utf8')) as { datasets: Entry[] };
	/** Swapped datasets by name: the file served instead, and the manifest fields that describe it. */
	const swaps = new Map<string, Omit<Entry, 'name'> & { served: string }>();
	const replaced = new Map<string, Uint8Array>();

	const server = createServer((req, res) => {
		const { pathname } = new URL(req.url ?? '/', 'http://localhost');
		if (swaps.size && pathname === `${DATASETS}manifest.json`) {
			const manifest = readManifest();
			for (const d of manifest.datasets) {
				const swap = swaps.get(d.name);
				if (swap) Object.assign(d, { rows: swap.rows, bytes: swap.bytes, sha256: swap.sha256 });
			}
			return sendBytes(req, res, pathname, Buffer.from(JSON.stringify(manifest)));
		}
		const bytes = replaced.get(pathname);
		if (bytes) return sendBytes(req, res, pathname, bytes);
		const swapped = [...swaps.values()].find((s) => pathname === `${DATASETS}${s.file}`);
		const mount = mounts.find(([prefix]) => pathname.startsWith(prefix));
		const file = swapped?.served ?? (mount ? fileIn(mount[1], pathname.slice(mount[0].length)) : null);
		if (!file) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
		sendFile(req, res, file);
	});
	const useDataset: BenchServer['useDataset'] = (name, swap) => {
		if (!swap) return void swaps.delete(name);
		const entry = readManifest().datasets.find((d) => d.name === name);
		if (!entry) throw new Error(`The build has no dataset "${name}" to swap`);
		const bytes = readFileSync(swap.file);
		swaps.set(name, {
			file: entry.file,
			served: resolve(swap.file),
			rows: swap.rows,
			bytes: bytes.length,
			sha256: createHash('sha256').update(bytes).digest('hex')
		});
	};
	const serveBytes: BenchServer['serveBytes'] = (pathname, bytes) =>
		void (bytes ? replaced.set(pathname, bytes) : replaced.delete(pathname));
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(options.port, '127.0.0.1', () =>
			ok({ url: `http://127.0.0.1:${options.port}`, server, useDataset, serveBytes })
		);
	});
}
