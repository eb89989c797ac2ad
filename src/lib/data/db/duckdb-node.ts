// Node only (tests, prerender, scripts): the same DuckDB-WASM engine as the browser, blocking build.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFile } from 'node:fs/promises';
import * as pq from 'parquet-wasm/node';
import type { Database } from './database';
import { databaseFromConnection, type WasmConnection } from './connection';
import { chunkGroups } from './parquet-protocol';
import { readRowGroups, rowGroupCount } from './parquet-parts';

const require = createRequire(import.meta.url);

/** Opens an in-memory DuckDB-WASM database in Node. */
export async function openNodeDatabase(): Promise<Database> {
	const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
	const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
	const bundles = {
		mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
		eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') }
	};
	const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await db.instantiate();
	const conn = db.connect() as WasmConnection;
	const arrow = require('apache-arrow');
	const inner = databaseFromConnection(conn, decodeInParts, arrow.tableToIPC);
	return { ...inner, close: async () => (await inner.close(), db.reset?.()) };
}

/** Parquet as Arrow IPC streams, a few row groups each: the parts the browser's decoding worker yields. */
async function* decodeInParts(bytes: Uint8Array): AsyncIterable<Uint8Array> {
	const groups = await rowGroupCount(pq, bytes);
	for (const part of chunkGroups(groups)) yield readRowGroups(pq, bytes, groups, part);
}

/** Opens a Node database with the given Parquet files loaded as tables. */
export async function openNodeDatabaseWith(files: Record<string, string>): Promise<Database> {
	const db = await openNodeDatabase();
	for (const [name, path] of Object.entries(files)) {
		await db.loadParquet(name, new Uint8Array(await readFile(path)));
	}
	return db;
}
