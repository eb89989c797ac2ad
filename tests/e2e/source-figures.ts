// An independent reading of the source CSVs (DuckDB's own CSV reader), to check what the pages show.
import { DuckDBInstance } from '@duckdb/node-api';
import { resolve } from 'node:path';

export async function readSourceCsv<T>(file: string, sql = 'SELECT * FROM src'): Promise<T[]> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	const path = resolve('data/sources', file).replaceAll("'", "''");
	await conn.run(`CREATE VIEW src AS SELECT * FROM read_csv('${path}', header = true, all_varchar = true)`);
	const reader = await conn.runAndReadAll(sql);
	const rows = reader.getRowObjectsJson() as T[];
	conn.closeSync();
	instance.closeSync();
	return rows;
}

/** Money as the funding pages write it: cents only where the source gives them. */
export const usd = (n: number) =>
	`USD ${n.toLocaleString('en-US', Number.isInteger(Math.round(n * 100) / 100) ? { maximumFractionDigits: 0 } : { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
