import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readParquet } from 'parquet-wasm/node';
import { readCategoryMap } from './category-map';
import { DATASETS } from './datasets';
import { validateUpload, type UploadOptions } from './validate-upload';
import { inEnglish } from '../../../../tests/unit/upload-in-english';

const options: UploadOptions = {
	specs: DATASETS,
	map: readCategoryMap(readFileSync('data/sources/category_map.csv', 'utf8'), 'category_map.csv').map,
	decodeParquet: (bytes) => readParquet(bytes).intoIPCStream()
};
const text = (s: string) => new TextEncoder().encode(s);
const contributionsCsv = readFileSync('data/sources/contributions.csv', 'utf8');
const [header, ...lines] = contributionsCsv.trimEnd().split('\n');
// Read as an English page words it (format/upload-text.ts; every language is tested in upload-text.test.ts).
const check = (name: string, bytes: Uint8Array, o: Partial<UploadOptions> = {}) =>
	inEnglish(validateUpload(name, bytes, { ...options, ...o }));

describe('validateUpload', () => {
	it('accepts a full contributions ledger as a replacement, deriving its derived columns', () => {
		const r = check('my-ledger.csv', text(contributionsCsv));
		expect(r).toMatchObject({ ok: true, target: 'replace', spec: { name: 'contributions' } });
		if (!r.ok || r.target !== 'replace') return;
		expect(r.rows).toHaveLength(lines.length);
		expect(r.columns.map((c) => c.name)).toContain('canonical_donor_type');
		expect(r.rows.every((row) => 'derived' in row)).toBe(true);
	});

	it('accepts the bundled Parquet file as a replacement (derived columns recomputed)', () => {
		const r = check('contributions.parquet', new Uint8Array(readFileSync('data/contributions.parquet')));
		expect(r).toMatchObject({ ok: true, target: 'replace', spec: { name: 'contributions' } });
		if (r.ok) expect(r.rows).toHaveLength(lines.length);
	});

	it('says a file is empty, or has no rows', () => {
		expect(check('x.csv', new Uint8Array())).toMatchObject({ ok: false, error: 'x.csv is empty.' });
		expect(check('x.csv', text(`${header}\n`))).toMatchObject({ ok: false, error: 'x.csv has a header but no rows.' });
	});

	it('says a file is not Parquet, or a truncated one', () => {
		expect(check('x.parquet', text('a,b\n1,2\n'))).toMatchObject({ ok: false, error: expect.stringMatching(/not a Parquet file/) });
		const bytes = new Uint8Array(readFileSync('data/contributions.parquet'));
		expect(check('x.parquet', bytes.subarray(0, bytes.length - 100))).toMatchObject({ ok: false, error: expect.stringMatching(/truncated/) });
		expect(check('x.xlsx', text('hello'))).toMatchObject({ ok: false, error: expect.stringMatching(/not an Excel workbook/) });
		expect(check('x.doc', text('hello'))).toMatchObject({ ok: false, error: expect.stringMatching(/not a file this page reads/) });
	});

	it('names missing and unexpected columns of a file meant for a dataset', () => {
		const cols = header.split(',');
		const renamed = [cols.map((c) => (c === 'amount_usd' ? 'usd' : c)).join(','), ...lines].join('\n');
		const r = check('contributions.csv', text(renamed));
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.error).toMatch(/Financial contributions.*wrong or missing columns/);
		expect(r.error).toMatch(/unexpected column "usd"/);
		expect(r.error).toMatch(/missing column "amount_usd"/);
	});

	it('names the row and the column of a wrong type', () => {
		const cols = header.split(',');
		const at = cols.indexOf('year');
		const bad = lines.map((l, i) => (i === 4 ? l.replace(/^[^,]*/, 'twenty') : l));
		expect(at).toBe(0);
		const r = check('ledger.csv', text([header, ...bad].join('\n')));
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.error).toMatch(/wrong type in row 5 \(year: expected an INTEGER, got "twenty"\)/);
		expect(r.details[0]).toMatch(/^row 5 \(line 6\): year/);
	});

	it('refuses a file too large for this browser', () => {
		expect(check('big.csv', text(contributionsCsv), { maxBytes: 100 })).toMatchObject({ ok: false, error: expect.stringMatching(/too large for this browser/) });
		expect(check('big.csv', text(contributionsCsv), { maxRows: 3 })).toMatchObject({ ok: false, error: expect.stringMatching(/too large.*rows/) });
	});

	it('loads a file like no dataset as a new table with inferred column types', () => {
		const r = check('My Survey 2024.csv', text('country,respondents,share,when,remote\nKenya,12,0.5,2024-06-01,true\n"Viet Nam, SR",7,,2024-06-02,false\n'));
		expect(r).toMatchObject({
			ok: true,
			target: 'new',
			name: 'upload_my_survey_2024',
			columns: [
				{ name: 'country', type: 'VARCHAR' },
				{ name: 'respondents', type: 'INTEGER' },
				{ name: 'share', type: 'DOUBLE' },
				{ name: 'when', type: 'DATE' },
				{ name: 'remote', type: 'BOOLEAN' }
			]
		});
		if (r.ok) expect(r.rows[1]).toEqual({ country: 'Viet Nam, SR', respondents: 7, share: null, when: '2024-06-02', remote: false });
	});
});

describe('rowsToArrow', () => {
	it('writes every column type so DuckDB reads back the same rows', async () => {
		const { rowsToArrow } = await import('./arrow-records');
		const { openNodeDatabase } = await import('../db/duckdb-node');
		const pq = await import('parquet-wasm/node');
		const columns = [
			{ name: 's', type: 'VARCHAR' as const },
			{ name: 'i', type: 'INTEGER' as const },
			{ name: 'b', type: 'BIGINT' as const },
			{ name: 'd', type: 'DOUBLE' as const },
			{ name: 't', type: 'BOOLEAN' as const },
			{ name: 'day', type: 'DATE' as const }
		];
		const rows = [
			{ s: 'Zürich, "CH"', i: -3, b: 9007199254740991, d: 1.5, t: true, day: '2024-02-29' },
			{ s: null, i: null, b: null, d: null, t: null, day: null },
			{ s: '', i: 7, b: 1, d: -0.25, t: false, day: '1970-01-01' }
		];
		const db = await openNodeDatabase();
		await db.loadParquet('x', pq.writeParquet(pq.Table.fromIPCStream(rowsToArrow(columns, rows))));
		expect(await db.query('SELECT * FROM x')).toEqual(rows);
		await db.close();
	});

	it('keeps columns whose names are special on a JS object, from upload to the rows DuckDB returns', async () => {
		const { rowsToArrow } = await import('./arrow-records');
		const { openNodeDatabase } = await import('../db/duckdb-node');
		const pq = await import('parquet-wasm/node');
		const r = check('odd.csv', text('__proto__,constructor,toString,n\nx,y,z,1\n,w,,2\n'));
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.columns.map((c) => c.name)).toEqual(['__proto__', 'constructor', 'toString', 'n']);
		expect(Object.keys(r.rows[0])).toEqual(['__proto__', 'constructor', 'toString', 'n']);
		expect(Object.getPrototypeOf(r.rows[0])).toBe(Object.prototype);
		const db = await openNodeDatabase();
		await db.loadParquet('odd', pq.writeParquet(pq.Table.fromIPCStream(rowsToArrow(r.columns, r.rows))));
		const back = await db.query('SELECT * FROM odd ORDER BY n');
		expect(back.map((row) => Object.entries(row))).toEqual([
			[['__proto__', 'x'], ['constructor', 'y'], ['toString', 'z'], ['n', 1]],
			[['__proto__', null], ['constructor', 'w'], ['toString', null], ['n', 2]]
		]);
		await db.close();
	});
});
