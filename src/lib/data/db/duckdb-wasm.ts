// Browser only: DuckDB-WASM in a Web Worker, every file served from the app's own origin.
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import type { Database } from './database';
import { databaseFromConnection, type WasmConnection } from './connection';
import { createParquetDecoder } from './parquet-decoder';

const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

/** Boots DuckDB-WASM (the bundle this browser supports); Parquet is decoded in a worker of its own. */
export async function openBrowserDatabase(): Promise<Database> {
	const decoder = createParquetDecoder();
	const db = await bootDuckDB();
	const conn = (await db.connect()) as unknown as WasmConnection;
	const inner = databaseFromConnection(conn, decoder);
	return {
		...inner,
		close: async () => {
			await inner.close();
			await db.terminate();
			decoder.terminate();
		}
	};
}

async function bootDuckDB(): Promise<duckdb.AsyncDuckDB> {
	const bundle = await duckdb.selectBundle(BUNDLES);
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	// A worker that fails to load or crashes while booting would otherwise leave instantiate() pending forever.
	const crashed = new Promise<never>((_, reject) =>
		worker.addEventListener('error', (e) => reject(new Error(`The DuckDB worker failed to start (${e.message || bundle.mainWorker})`)), {
			once: true
		})
	);
	await Promise.race([db.instantiate(bundle.mainModule, bundle.pthreadWorker), crashed]);
	// Never reach for an extension repository: everything this app needs is built in.
	await db.open({ query: { castBigIntToDouble: false } });
	return db;
}
