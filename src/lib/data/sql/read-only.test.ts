import { describe, expect, it } from 'vitest';
import { sqlRefusalText } from '$lib/format/sql-text';
import { guardReadOnly, guardTables, tablesNamed } from './read-only';

const refused = (sql: string) => {
	const r = guardReadOnly(sql);
	return r.ok ? null : sqlRefusalText(r.reason, 'en');
};

describe('guardReadOnly', () => {
	it('lets read queries through', () => {
		for (const sql of [
			'SELECT * FROM meetings',
			'select year, count(*) from participants group by 1;',
			'WITH t AS (SELECT 1 AS x) SELECT x FROM t',
			'FROM meetings LIMIT 3',
			'DESCRIBE meetings',
			'SUMMARIZE contributions',
			"SELECT replace(city, 'a', 'b') FROM meetings WHERE note = 'DROP TABLE x; --'",
			'SELECT "update" FROM t -- delete this comment'
		])
			expect(guardReadOnly(sql), sql).toMatchObject({ ok: true });
	});

	it('refuses writes, attaches and settings with a clear message', () => {
		expect(refused('DELETE FROM meetings')).toMatch(/DELETE is not allowed.*read-only/);
		expect(refused('INSERT INTO meetings VALUES (1)')).toMatch(/INSERT/);
		expect(refused('CREATE TABLE x AS SELECT 1')).toMatch(/CREATE/);
		expect(refused("ATTACH 'x.db'")).toMatch(/ATTACH/);
		expect(refused("COPY meetings TO 'x.csv'")).toMatch(/COPY/);
		expect(refused('INSTALL httpfs')).toMatch(/INSTALL/);
		expect(refused('LOAD httpfs')).toMatch(/LOAD/);
		expect(refused('SET threads = 1')).toMatch(/SET/);
		expect(refused('PRAGMA version')).toMatch(/PRAGMA/);
		expect(refused('WITH x AS (DELETE FROM t RETURNING *) SELECT * FROM x')).toMatch(/DELETE/);
	});

	it('refuses more than one statement, even hidden after a comment', () => {
		expect(refused('SELECT 1; DROP TABLE meetings')).toMatch(/DROP|one statement/);
		expect(refused('SELECT 1 /* ; */ ; SELECT 2')).toMatch(/one statement/);
	});

	it('refuses file-system and network functions, however they are spelled', () => {
		expect(refused("SELECT * FROM read_csv('/etc/passwd')")).toMatch(/read_csv\(\) reads files/);
		expect(refused("SELECT * FROM READ_PARQUET('https://x/y.parquet')")).toMatch(/READ_PARQUET/);
		expect(refused("SELECT * FROM \"read_json\" ('x')")).toMatch(/read_json/);
		expect(refused("SELECT * FROM glob('*')")).toMatch(/glob/);
		expect(refused("SELECT * FROM 'data.csv'")).toMatch(/file by name/);
		expect(refused("SELECT * FROM query('DROP TABLE t')")).toMatch(/query/);
		expect(refused("SELECT * FROM parquet_metadata('x')")).toMatch(/parquet_metadata/);
	});

	it('refuses what it cannot read and empty input', () => {
		expect(refused('')).toMatch(/Type a query/);
		expect(refused("SELECT 'open")).toMatch(/unterminated string/);
		expect(refused('SELECT 1 /* open')).toMatch(/unterminated/);
	});
});

describe('guardTables (person-level uploads stay out of the console)', () => {
	it('refuses the table, its cubes and quoted or string spellings, in any case', () => {
		for (const sql of [
			'SELECT count(*) FROM participants',
			'select * from PARTICIPANTS p join meetings m using (year)',
			'SELECT * FROM "participants"',
			'SELECT * FROM participants_cube',
			'SELECT * FROM "Participants_Country_Cube"',
			"SELECT * FROM duckdb_columns() WHERE table_name = 'participants'"
		])
			expect(guardTables(sql, ['participants']), sql).toEqual({
				ok: false,
				reason: { code: 'person_level', table: 'participants' }
			});
	});
	it('lets other tables and near names through', () => {
		for (const sql of ['SELECT * FROM meetings', "SELECT 'participant' AS word", 'SELECT my_participants FROM t'])
			expect(guardTables(sql, ['participants']), sql).toEqual({ ok: true, sql });
		expect(guardTables('SELECT * FROM participants', []).ok).toBe(true);
	});
});

describe('tablesNamed (what an exported query was drawn from)', () => {
	const tables = ['meetings', 'contributions', 'participants'];
	it('finds tables named as words or quoted identifiers, in any case', () => {
		expect(tablesNamed('SELECT * FROM Meetings m JOIN "contributions" c ON m.year = c.year', tables)).toEqual([
			'meetings',
			'contributions'
		]);
	});
	it('ignores names inside strings, comments and longer words', () => {
		expect(tablesNamed("SELECT 'participants' AS w, my_meetings FROM t -- contributions", tables)).toEqual([]);
	});
});
