// Independent reading of the sourced CSVs with native DuckDB's own CSV reader: the reference tests compare against.
import { DuckDBInstance } from '@duckdb/node-api';
import { resolve } from 'node:path';

export async function sourceRows<T>(file: string, sql = 'SELECT * FROM src'): Promise<T[]> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	try {
		const path = resolve('data/sources', file).replaceAll("'", "''");
		await conn.run(`CREATE VIEW src AS SELECT * FROM read_csv('${path}', header = true, all_varchar = true)`);
		return (await conn.runAndReadAll(sql)).getRowObjectsJson() as T[];
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
}

/** Node database with every bundled Parquet file loaded, through the same loader the browser uses. */
export async function bundledDatabase() {
	const { readFileSync } = await import('node:fs');
	const { openNodeDatabaseWith } = await import('../../src/lib/data/db/duckdb-node');
	const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as {
		datasets: { name: string; file: string }[];
	};
	return openNodeDatabaseWith(Object.fromEntries(manifest.datasets.map((d) => [d.name, resolve('data', d.file)])));
}
