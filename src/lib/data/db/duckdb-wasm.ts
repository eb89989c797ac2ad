// Browser only: DuckDB-WASM in a Web Worker, every file served from the app's own origin.
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import initParquet, { readParquet } from 'parquet-wasm/esm';
import parquetWasm from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import type { Database } from './database';
import { databaseFromConnection, type WasmConnection } from './connection';

const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

/** Boots DuckDB-WASM (the bundle this browser supports) and parquet-wasm in parallel. */
export async function openBrowserDatabase(): Promise<Database> {
	const [db] = await Promise.all([bootDuckDB(), initParquet({ module_or_path: parquetWasm })]);
	const conn = (await db.connect()) as unknown as WasmConnection;
	const inner = databaseFromConnection(conn, (bytes) => readParquet(bytes).intoIPCStream());
	return {
		...inner,
		close: async () => {
			await inner.close();
			await db.terminate();
		}
	};
}

async function bootDuckDB(): Promise<duckdb.AsyncDuckDB> {
	const bundle = await duckdb.selectBundle(BUNDLES);
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	// Never reach for an extension repository: everything this app needs is built in.
	await db.open({ query: { castBigIntToDouble: false } });
	return db;
}
