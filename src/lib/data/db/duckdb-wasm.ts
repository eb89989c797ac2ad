// Browser only: DuckDB-WASM in a Web Worker, every file served from the app's own origin.
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import parquetWasm from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import type { Database } from './database';
import { databaseFromConnection, type WasmConnection } from './connection';
import { createParquetDecoder } from './parquet-decoder';
import { ENGINE_LOCK } from './engine-lock';
import { fetchWithProgress } from './fetch-with-progress';

const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

export interface BrowserDatabaseOptions {
	/** Called once if the engine's worker dies after start-up (uncaught error, out of memory). */
	onstopped?: (error: Error) => void;
	/** Bytes of the engine's WASM files fetched so far, of their total, as they arrive. */
	onprogress?: (loaded: number, total: number) => void;
}

/**
 * Sums the progress of downloads that run at once, from when every one has its response (and so its size
 * on the wire): until then the total is unknown and nothing is reported.
 */
function combinedProgress(names: readonly string[], report: (loaded: number, total: number) => void) {
	const parts = new Map<string, { loaded: number; total: number }>();
	return (name: string) => (loaded: number, total: number) => {
		parts.set(name, { loaded, total });
		if (parts.size < names.length) return;
		let [sumLoaded, sumTotal] = [0, 0];
		for (const p of parts.values()) [sumLoaded, sumTotal] = [sumLoaded + p.loaded, sumTotal + p.total];
		report(sumLoaded, sumTotal);
	};
}

/** Boots DuckDB-WASM (the bundle this browser supports); Parquet is decoded in a worker of its own. */
export async function openBrowserDatabase(options: BrowserDatabaseOptions = {}): Promise<Database> {
	const bundle = await duckdb.selectBundle(BUNDLES);
	const duckdbBytes = bundle.mainModule === ehWasm ? __ENGINE_WASM_BYTES__.eh : __ENGINE_WASM_BYTES__.mvp;
	const progress = combinedProgress(['duckdb', 'parquet'], options.onprogress ?? (() => {}));
	// The page fetches both WASM files itself to count their bytes; DuckDB then reads its copy from a blob URL.
	const duckdbWasm = fetchWithProgress(bundle.mainModule, duckdbBytes, progress('duckdb'));
	const parquet = fetchWithProgress(parquetWasm, __ENGINE_WASM_BYTES__.parquet, progress('parquet'))
		.then((blob) => blob.arrayBuffer())
		.then((bytes) => WebAssembly.compile(bytes));
	parquet.catch(() => {}); // its error surfaces in the first decode
	const decoder = createParquetDecoder(parquet);
	const { db, stopped } = await bootDuckDB(bundle, await duckdbWasm, options);
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

async function lockEngine(db: duckdb.AsyncDuckDB) {
	const conn = await db.connect();
	try {
		for (const statement of ENGINE_LOCK) await conn.query(statement);
	} finally {
		await conn.close();
	}
}

async function bootDuckDB(
	bundle: duckdb.DuckDBBundle,
	wasm: Blob,
	{ onstopped }: BrowserDatabaseOptions
): Promise<{ db: duckdb.AsyncDuckDB; stopped: Promise<never> }> {
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	let started = false;
	// DuckDB's worker answers its own errors; an uncaught one means the worker failed to load or broke.
	const stopped = new Promise<never>((_, reject) =>
		worker.addEventListener(
			'error',
			(e) => {
				if (!started) return reject(new Error(`The DuckDB worker failed to start (${e.message || bundle.mainWorker})`));
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
		await Promise.race([db.instantiate(wasmUrl, bundle.pthreadWorker), stopped]);
	} finally {
		URL.revokeObjectURL(wasmUrl);
	}
	// Never reach for an extension repository: everything this app needs is built in.
	await db.open({ query: { castBigIntToDouble: false } });
	await lockEngine(db);
	started = true;
	return { db, stopped };
}
