// DuckDB-WASM booted the plain way, Parquet decoded on the main thread: the baseline the app is compared with.
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import initParquet, { readParquet } from 'parquet-wasm/esm';
import parquetWasm from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';

export interface MainThreadDuckDB {
	db: duckdb.AsyncDuckDB;
	conn: duckdb.AsyncDuckDBConnection;
	/** Parquet → Arrow IPC on the main thread, in one piece. */
	decode(bytes: Uint8Array): Uint8Array;
	/** Inserts Arrow IPC as table `name` (the ingest-alone measure). */
	ingest(name: string, ipc: Uint8Array): Promise<void>;
	loadMainThread(name: string, bytes: Uint8Array): Promise<void>;
}

export async function openMainThreadDuckDB(): Promise<MainThreadDuckDB> {
	const bundles = {
		mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	};
	const bundle = await duckdb.selectBundle(bundles);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker!));
	await Promise.all([db.instantiate(bundle.mainModule), initParquet({ module_or_path: parquetWasm })]);
	await db.open({ query: { castBigIntToDouble: false } });
	const conn = await db.connect();
	const decode = (bytes: Uint8Array) => readParquet(bytes).intoIPCStream();
	const ingest = async (name: string, ipc: Uint8Array) => {
		await conn.query(`DROP TABLE IF EXISTS ${name}`);
		await conn.insertArrowFromIPCStream(ipc, { name, create: true });
	};
	return { db, conn, decode, ingest, loadMainThread: (name, bytes) => ingest(name, decode(bytes)) };
}
