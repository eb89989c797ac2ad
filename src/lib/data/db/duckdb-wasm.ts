// Browser only: DuckDB-WASM in a Web Worker, every file served from the app's own origin.
import * as duckdb from '@duckdb/duckdb-wasm';
import duckdbWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?parts';
import duckdbWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import parquetWasm from 'parquet-wasm/esm/parquet_wasm_bg.wasm?parts';
import type { Database } from './database';
import { databaseFromConnection, type WasmConnection } from './connection';
import { createParquetDecoder } from './parquet-decoder';
import { ENGINE_LOCK } from './engine-lock';
import type { FileParts } from './fetch-with-progress';
import DownloadWorker from './download-worker?worker';
import type { DownloadReply, DownloadRequest } from './download-worker';

/** Said when the browser lacks WebAssembly exception handling (Chrome 95, Firefox 100 and Safari 15.2 have it). */
export const UNSUPPORTED_BROWSER =
	'This browser cannot run the query engine (it lacks WebAssembly exception handling); the charts and tables on the page still work';

export interface BrowserDatabaseOptions {
	/** Called once if the engine's worker dies after start-up (uncaught error, out of memory). */
	onstopped?: (error: Error) => void;
	/** Bytes of the engine's WASM files fetched so far, of their total, as they arrive. */
	onprogress?: (loaded: number, total: number) => void;
}

/**
 * Boots DuckDB-WASM; Parquet is decoded in a worker of its own. Only DuckDB's bundle with WebAssembly
 * exceptions ships (every current browser has them; the other bundle is bigger).
 */
export async function openBrowserDatabase(options: BrowserDatabaseOptions = {}): Promise<Database> {
	if (typeof WebAssembly !== 'object' || !(await duckdb.getPlatformFeatures()).wasmExceptions) {
		throw new Error(UNSUPPORTED_BROWSER);
	}
	// Both WASM files are downloaded in a worker, in parts a static host accepts, counting their bytes;
	// DuckDB's worker then reads its module from a blob: URL, and the Parquet worker compiles its own.
	const files = downloadFiles([duckdbWasm, parquetWasm], options.onprogress ?? (() => {}));
	const decoder = createParquetDecoder(files.then(([, parquet]) => parquet));
	const { db, stopped } = await bootDuckDB((await files)[0], options);
	const conn = (await db.connect()) as unknown as WasmConnection;
	const inner = databaseFromConnection(conn, decoder);
	// A dead worker never answers: every call in flight or to come fails with the reason instead of hanging.
	const guard = <T>(work: Promise<T>) => Promise.race([work, stopped]);
	return {
		query: (sql) => guard(inner.query(sql)),
		queryArrow: (sql) => guard(inner.queryArrow(sql)),
		loadParquet: (name, bytes, onrows) => guard(inner.loadParquet(name, bytes, onrows)),
		cancel: () => inner.cancel(),
		close: async () => {
			await inner.close();
			await db.terminate();
			decoder.terminate();
		}
	};
}

/** Downloads the files in a worker of their own, passing on its progress; resolves with each file. */
function downloadFiles(files: FileParts[], onprogress: (loaded: number, total: number) => void): Promise<Blob[]> {
	const worker = new DownloadWorker();
	return new Promise<Blob[]>((resolve, reject) => {
		worker.onmessage = ({ data }: MessageEvent<DownloadReply>) => {
			if (data.type === 'progress') return onprogress(data.loaded, data.total);
			worker.terminate();
			if (data.type === 'done') resolve(data.blobs);
			else reject(new Error(`The query engine could not be downloaded: ${data.message}`));
		};
		worker.onerror = (e) => {
			worker.terminate();
			reject(new Error(`The query engine's download worker failed (${e.message || 'no message'})`));
		};
		worker.postMessage({ files } satisfies DownloadRequest);
	});
}

async function lockEngine(db: duckdb.AsyncDuckDB) {
	const conn = await db.connect();
	try {
		for (const statement of ENGINE_LOCK) await conn.query(statement);
	} finally {
		await conn.close();
	}
}

async function bootDuckDB(
	wasm: Blob,
	{ onstopped }: BrowserDatabaseOptions
): Promise<{ db: duckdb.AsyncDuckDB; stopped: Promise<never> }> {
	const worker = new Worker(duckdbWorker);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	let started = false;
	// DuckDB's worker answers its own errors; an uncaught one means the worker failed to load or broke.
	const stopped = new Promise<never>((_, reject) =>
		worker.addEventListener(
			'error',
			(e) => {
				if (!started) return reject(new Error(`The DuckDB worker failed to start (${e.message || duckdbWorker})`));
				const error = new Error(`The data engine stopped: its worker crashed (${e.message || 'no message'})`);
				worker.terminate();
				onstopped?.(error);
				reject(error);
			},
			{ once: true }
		)
	);
	stopped.catch(() => {});
	const wasmUrl = URL.createObjectURL(wasm);
	try {
		await Promise.race([db.instantiate(wasmUrl), stopped]);
	} finally {
		URL.revokeObjectURL(wasmUrl);
	}
	// Never reach for an extension repository: everything this app needs is built in.
	await db.open({ query: { castBigIntToDouble: false } });
	await lockEngine(db);
	started = true;
	return { db, stopped };
}
