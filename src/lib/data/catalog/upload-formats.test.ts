import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readParquet } from 'parquet-wasm/node';
import { LEDGER, LEDGER_COLUMNS, LEDGER_THOUSANDS, ledgerText, utf16le } from '../../../../tests/fixtures/ledger';
import { csvToCells, makeXlsx } from '../../../../tests/fixtures/make-xlsx';
import { readCategoryMap } from './category-map';
import { DATASETS } from './datasets';
import { readXlsx } from './read-xlsx';
import { validateUpload, type UploadOptions } from './validate-upload';
import { inEnglish } from '../../../../tests/unit/upload-in-english';

const options: UploadOptions = {
	specs: DATASETS,
	map: readCategoryMap(readFileSync('data/sources/category_map.csv', 'utf8'), 'category_map.csv').map,
	decodeParquet: (bytes) => readParquet(bytes).intoIPCStream(),
	readWorkbook: readXlsx
};
const text = (s: string) => new TextEncoder().encode(s);
// Read as an English page words it (format/upload-text.ts; every language is tested in upload-text.test.ts).
const check = (name: string, bytes: Uint8Array, o: Partial<UploadOptions> = {}) =>
	inEnglish(validateUpload(name, bytes, { ...options, ...o }));
const amounts = (r: ReturnType<typeof check>) => (r.ok ? r.rows.map((row) => row.amount_usd).sort() : []);
const usdOf = (rows: typeof LEDGER) => rows.map((r) => r[LEDGER_COLUMNS.indexOf('amount_usd')]).sort();
const expected = usdOf(LEDGER);

describe('uploads as spreadsheets save them', () => {
	it('reads a semicolon, decimal-comma ledger and says so', () => {
		const r = check('ledger.csv', text(ledgerText({ delimiter: ';', decimalComma: true })));
		expect(r).toMatchObject({ ok: true, target: 'replace', spec: { name: 'contributions' } });
		expect(r.readAs?.note).toBe('read as semicolon-separated, decimal comma, UTF-8');
		expect(r.readAs).toMatchObject({ decimal: ',', decimalUnsure: false });
		expect(amounts(r)).toEqual(expected);
		if (r.ok) expect(r.rows.map((row) => row.note)).toContain('paid; in two parts');
	});

	it('reads a tab-separated ledger, and UTF-16 text with a BOM', () => {
		const tsv = ledgerText({ delimiter: '\t' });
		expect(amounts(check('ledger.tsv', text(tsv)))).toEqual(expected);
		const r = check('ledger.txt', utf16le(tsv));
		expect(r.readAs?.note).toBe('read as tab-separated, decimal point, UTF-16');
		expect(amounts(r)).toEqual(expected);
		expect(check('bom.csv', text('\ufeff' + ledgerText())).readAs?.note).toBe('read as comma-separated, decimal point, UTF-8');
	});

	it('reads UTF-16 without a BOM, little- or big-endian, and says so', () => {
		const tsv = ledgerText({ delimiter: '\t' });
		const le = check('ledger.txt', utf16le(tsv, { bom: false }));
		expect(le.readAs?.note).toBe('read as tab-separated, decimal point, UTF-16LE (no BOM)');
		expect(amounts(le)).toEqual(expected);
		const be = check('ledger.txt', utf16le(tsv, { bom: false, bigEndian: true }));
		expect(be.readAs?.note).toBe('read as tab-separated, decimal point, UTF-16BE (no BOM)');
		expect(amounts(be)).toEqual(expected);
	});

	it('refuses Latin-1 text with the line and byte where it stops being UTF-8', () => {
		const csv = ledgerText().replace('Civic Org', 'Cívic Org');
		const latin1 = Uint8Array.from(csv, (c) => c.charCodeAt(0));
		const line = csv.slice(0, csv.indexOf('í')).split('\n').length;
		const r = check('ledger.csv', latin1);
		expect(r).toMatchObject({
			ok: false,
			error: `ledger.csv is not UTF-8 text (line ${line}, byte ${csv.indexOf('í') + 1}), so it cannot be read as CSV: save it from the spreadsheet as "CSV UTF-8".`
		});
	});

	it('says when the decimal mark is a guess, and reads with the one the reader chooses', () => {
		// `2.000`, `50.000`: fifteen hundred in German settings, or a decimal number; nothing in the file says.
		const german = text(ledgerText({ delimiter: ';', germanNumbers: true, rows: LEDGER_THOUSANDS }));
		const guessed = check('spenden.csv', german);
		expect(guessed.readAs).toMatchObject({ decimal: '.', decimalUnsure: true });
		expect(guessed.readAs?.note).toMatch(/^read as semicolon-separated, decimal point, UTF-8; a guess for the decimal mark/);
		const chosen = check('spenden.csv', german, { decimal: ',' });
		expect(chosen.readAs).toMatchObject({ decimal: ',', decimalUnsure: false, note: 'read as semicolon-separated, decimal comma (as chosen), UTF-8' });
		expect(amounts(chosen)).toEqual(usdOf(LEDGER_THOUSANDS));
		expect(amounts(guessed)).toEqual(usdOf(LEDGER_THOUSANDS).map((n) => Number(n) / 1000).sort());
		// A decimal-comma file read with a point, as the reader chose, is refused at the first such number.
		const point = check('ledger.csv', text(ledgerText({ delimiter: ';', decimalComma: true })), { decimal: '.' });
		expect(point).toMatchObject({ ok: false, error: expect.stringMatching(/wrong type in row 1 \(amount: .*"2000,25"\) at line 2/) });
	});

	it('matches headers in any case and with spaces around them', () => {
		const header = LEDGER_COLUMNS.map((c, i) => (i % 2 ? ` ${c.toUpperCase()} ` : c[0].toUpperCase() + c.slice(1) + ' '));
		const r = check('export.csv', text(ledgerText({ header })));
		expect(r).toMatchObject({ ok: true, target: 'replace', spec: { name: 'contributions' } });
		expect(amounts(r)).toEqual(expected);
	});

	it('names a near-miss header instead of loading the file as a new table', () => {
		const header = LEDGER_COLUMNS.map((c) => (c === 'amount_usd' ? 'amout_usd' : c));
		const r = check('export.csv', text(ledgerText({ header })));
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.error).toMatch(/Financial contributions.*unexpected column "amout_usd" \(did you mean "amount_usd"\?\).*missing column "amount_usd"/);
	});

	it('says when the delimiter is a guess, and reads with the one the reader chooses', () => {
		const r = check('one.csv', text('a;b,c\n1;2,3\n'));
		expect(r.readAs).toMatchObject({ unsure: true });
		const chosen = check('one.csv', text('a;b,c\n1;2,3\n'), { delimiter: ';' });
		expect(chosen).toMatchObject({ ok: true, target: 'new', columns: [{ name: 'a' }, { name: 'b,c' }] });
		expect(chosen.readAs?.unsure).toBe(false);
	});

	it('reads the first sheet of a workbook, or the sheet the reader picks, with sheet!cell positions', () => {
		const book = makeXlsx([
			{ name: 'notes', rows: [['about'], ['made by the test']] },
			{ name: 'ledger', rows: csvToCells(ledgerText().replaceAll('\r\n', '\n')) }
		]);
		const first = check('book.xlsx', book);
		expect(first).toMatchObject({ ok: true, target: 'new', readAs: { sheets: ['notes', 'ledger'], sheet: 'notes' } });
		const r = check('book.xlsx', book, { sheet: 'ledger' });
		expect(r).toMatchObject({ ok: true, target: 'replace', spec: { name: 'contributions' } });
		expect(amounts(r)).toEqual(expected);
		const bad = csvToCells(ledgerText().replaceAll('\r\n', '\n'));
		bad[3][0] = 'twenty';
		const refused = check('book.xlsx', makeXlsx([{ name: 'ledger', rows: bad }]));
		expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/wrong type in row 3 \(year: .*"twenty"\) at ledger!A4/) });
	});

	it('refuses a formula whose cached value is an error, naming its cell', () => {
		const rows = csvToCells(ledgerText().replaceAll('\r\n', '\n'));
		rows[2][5] = { formula: 'D3/0', error: '#DIV/0!' };
		const r = check('book.xlsx', makeXlsx([{ name: 'Trust Fund', rows }]));
		expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/is the error #DIV\/0! \('Trust Fund'!F3\)/) });
	});

	it('reads date-formatted cells as ISO dates, in either date system, and refuses a date that never was', () => {
		const sheet = (serial: number, format: number | string) => [
			['event', 'day'],
			['opening', { serial, format }],
			['closing', { serial: serial + 3, format }]
		];
		// 2020-01-01 is serial 43831 counted from 1900 and 42369 from 1904, whatever format shows it.
		for (const [book, format] of [
			[makeXlsx([{ name: 'days', rows: sheet(43831, 14) }]), 14],
			[makeXlsx([{ name: 'days', rows: sheet(42369, 'dd/mm/yyyy') }], { date1904: true }), 'dd/mm/yyyy']
		] as const) {
			const r = check('days.xlsx', book);
			expect(r, String(format)).toMatchObject({ ok: true, target: 'new', columns: [{ type: 'VARCHAR' }, { name: 'day', type: 'DATE' }] });
			if (r.ok) expect(r.rows.map((row) => row.day)).toEqual(['2020-01-01', '2020-01-04']);
		}
		// Without a date format the same number is a number.
		expect(check('days.xlsx', makeXlsx([{ name: 'days', rows: [['day'], [43831]] }]))).toMatchObject({ ok: true, columns: [{ type: 'INTEGER' }] });
		const phantom = check('days.xlsx', makeXlsx([{ name: 'days', rows: sheet(57, 14) }]));
		expect(phantom).toMatchObject({ ok: false, error: expect.stringMatching(/29 February 1900.*\(days!B3\)/) });
	});

	it('lists at most five problems and counts the rest', () => {
		const bad = ledgerText().replace(/\r\n(\d{4})/g, '\r\nyear$1');
		const many = [bad, ...Array(3).fill(bad.split('\r\n').slice(1).join('\r\n'))].join('');
		const r = check('ledger.csv', text(many));
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.details).toHaveLength(6);
		expect(r.details[5]).toMatch(/^… and \d+ more problems$/);
	});
});
