// The lock the browser engine runs with, applied to DuckDB's Node build: a corpus of queries names a canary
// file and a canary URL in every place DuckDB takes a table, and none may reach either.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE_LOCK, ENGINE_REFUSAL } from './engine-lock';

const MARKER = 'canary_7f3a';

/** Every place a query can name a table, with `X` where the address goes. */
const POSITIONS = [
	"SELECT * FROM 'X'",
	"SELECT * FROM meetings, 'X'",
	"SELECT * FROM meetings m JOIN 'X' c ON true",
	"SELECT * FROM meetings WHERE year IN (SELECT 1 FROM 'X')",
	"WITH c AS (SELECT * FROM 'X') SELECT * FROM c",
	"DESCRIBE 'X'",
	"DESCRIBE SELECT * FROM 'X'",
	"SUMMARIZE 'X'",
	"PIVOT 'X' ON a USING count(*)",
	"UNPIVOT 'X' ON COLUMNS(*) INTO NAME k VALUE v",
	'SELECT * FROM "X"',
	"SELECT * FROM read_csv('X')",
	"SELECT * FROM read_csv_auto('X')",
	"SELECT * FROM read_text('X')",
	"SELECT * FROM read_blob('X')",
	"SELECT * FROM read_json('X')",
	"SELECT * FROM read_parquet('X')",
	"SELECT * FROM glob('X')",
	"SELECT * FROM sniff_csv('X')",
	"FROM 'X'",
	"SELECT (SELECT count(*) FROM 'X')",
	"SELECT * FROM meetings UNION ALL BY NAME SELECT * FROM 'X'"
];

async function allRows(conn: DuckDBConnection, sql: string): Promise<string> {
	const reader = await conn.runAndReadAll(sql);
	return JSON.stringify(reader.getRowsJson());
}

describe('the engine lock', () => {
	let conn: DuckDBConnection;
	let server: Server;
	let url: string;
	let file: string;
	const hits: string[] = [];
	beforeAll(async () => {
		server = createServer((req, res) => {
			hits.push(req.url ?? '');
			res.writeHead(200, { 'Content-Type': 'text/csv' }).end(`a\n${MARKER}\n`);
		});
		await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
		url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/canary.csv`;
		file = join(mkdtempSync(join(tmpdir(), 'igf-lock-')), 'canary.csv');
		writeFileSync(file, `a\n${MARKER}\n`);
		conn = await (await DuckDBInstance.create(':memory:')).connect();
		await conn.run('CREATE TABLE meetings AS SELECT 2006 AS year, 1350 AS onsite');
		for (const statement of ENGINE_LOCK) await conn.run(statement);
	});
	afterAll(() => {
		conn.closeSync();
		server.close();
	});

	it('lets no query read a file or reach a URL, wherever the address stands', async () => {
		let refused = 0;
		for (const position of POSITIONS) {
			for (const address of [file, url]) {
				const sql = position.replaceAll('X', address);
				try {
					expect(await allRows(conn, sql), sql).not.toContain(MARKER);
				} catch (e) {
					expect(String(e), sql).not.toContain(MARKER);
					refused++;
				}
			}
		}
		expect(hits, 'requests reaching the canary server').toEqual([]);
		// Each of these names the canary only: all are refused, none just happens to return nothing.
		expect(refused).toBe(POSITIONS.length * 2);
	});

	it('says it refused in its own words, which the console recognises', async () => {
		const error = await allRows(conn, `SELECT * FROM '${url}'`).catch((e) => String(e));
		expect(error).toMatch(ENGINE_REFUSAL);
	});

	it('cannot be unlocked by a query, and still answers plain ones', async () => {
		for (const sql of ['SET enable_external_access = true', 'RESET enable_external_access', 'SET lock_configuration = false', "INSTALL httpfs", "LOAD httpfs"])
			await expect(conn.run(sql), sql).rejects.toThrow();
		expect(await allRows(conn, "SELECT current_setting('enable_external_access') AS v")).toBe('[[false]]');
		expect(await allRows(conn, 'SELECT count(*) FROM meetings')).toBe('[["1"]]');
	});
});
