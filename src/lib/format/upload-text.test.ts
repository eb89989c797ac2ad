import { describe, expect, it } from 'vitest';
import { locales } from '$lib/paraglide/runtime';
import type { UploadCode, UploadMessage } from '$lib/data/catalog/upload-message';
import { uploadText } from './upload-text';

type Samples = { [C in UploadCode]: Extract<UploadMessage, { code: C }> };
const file = 'ledger.csv';
const at = { cell: "'Trust Fund'!F3" };
/** One message of every code (the type fails to compile when a code is missing), with distinctive parameters. */
const SAMPLES: Samples = {
	empty: { code: 'empty', file },
	too_large: { code: 'too_large', file, bytes: 300 * 1024 * 1024, limit: 200 * 1024 * 1024 },
	too_many_rows: { code: 'too_many_rows', file, rows: 7, limit: 3 },
	unknown_kind: { code: 'unknown_kind', file },
	not_parquet: { code: 'not_parquet', file },
	parquet_truncated: { code: 'parquet_truncated', file },
	parquet_unreadable: { code: 'parquet_unreadable', file, detail: 'bad footer' },
	not_xlsx: { code: 'not_xlsx', file },
	xlsx_unreadable: { code: 'xlsx_unreadable', file, detail: 'it has no sheets' },
	not_text: { code: 'not_text', file, encoding: { name: 'UTF-16LE', noBom: true }, line: 417, byte: 90210 },
	csv_unreadable: {
		code: 'csv_unreadable',
		file,
		delimiter: ';',
		detail: 'unterminated quoted field',
		at: { line: 417 }
	},
	sheet_unreadable: { code: 'sheet_unreadable', file, detail: 'is the error #DIV/0!', at },
	header_only: { code: 'header_only', file },
	schema_columns: {
		code: 'schema_columns',
		title: 'Ledger',
		dataset: 'contributions',
		problems: ['missing column "x"']
	},
	schema_row: {
		code: 'schema_row',
		title: 'Ledger',
		dataset: 'contributions',
		wrongType: true,
		row: 416,
		detail: 'year: expected an INTEGER, got "twenty"',
		at: { line: 417 },
		more: 3
	},
	row_fields: { code: 'row_fields', file, row: 416, fields: 5, header: 4 },
	duplicate_columns: { code: 'duplicate_columns', file },
	problem_row: { code: 'problem_row', row: 416, at, detail: 'amount: expected a DOUBLE' },
	problem_columns: { code: 'problem_columns', detail: 'missing column "x"' },
	problem_at: { code: 'problem_at', at: { line: 417 }, row: 416, detail: 'stray quote' },
	problem_text: { code: 'problem_text', detail: "'Trust Fund'!F3: is the error #DIV/0!" },
	more_problems: { code: 'more_problems', count: 12 },
	read_parquet: { code: 'read_parquet' },
	read_sheet: { code: 'read_sheet', sheet: 'Trust Fund', count: 2 },
	read_csv: {
		code: 'read_csv',
		delimiter: '\t',
		decimal: ',',
		chosen: true,
		encoding: { name: 'UTF-8' },
		guessDelimiter: true,
		guessDecimal: false
	},
	replaced: { code: 'replaced', file, title: 'Ledger', dataset: 'contributions', rows: 3 },
	new_table: { code: 'new_table', file, name: 'upload_survey', rows: 1 },
	load_failed: { code: 'load_failed', file, detail: 'out of memory' },
	restored: { code: 'restored', name: 'meetings' },
	restored_all: { code: 'restored_all' }
};
/** The parameters a reader needs to find the problem: file, place, detail and names appear as given. */
const mustShow = (msg: UploadMessage): string[] =>
	// A problem with a place names the place, its row only when it has none.
	Object.entries(msg).flatMap(([key, value]) =>
		key === 'row' && msg.code === 'problem_at'
			? []
			: ['file', 'detail', 'title', 'dataset', 'name', 'sheet', 'line', 'byte', 'row'].includes(key)
				? [String(value)]
				: key === 'at' && value && 'cell' in value
					? [value.cell]
					: key === 'at' && value && 'line' in value
						? [String(value.line)]
						: key === 'problems'
							? (value as string[])
							: key === 'encoding'
								? [(value as { name: string }).name]
								: []
	);
// Messages whose whole text is the reader's own place and detail, the same in every language.
const LANGUAGE_FREE = new Set<UploadCode>(['problem_text']);

describe('upload messages', () => {
	for (const locale of locales)
		it(`words every code in ${locale}, with its parameters`, () => {
			for (const msg of Object.values(SAMPLES)) {
				const text = uploadText(msg, locale);
				expect(text, msg.code).not.toMatch(/^\s*$|[{}]/);
				for (const shown of mustShow(msg)) expect(text, `${locale} ${msg.code}`).toContain(shown);
				if (locale !== 'en' && !LANGUAGE_FREE.has(msg.code))
					expect(text, `${locale} ${msg.code} is translated`).not.toBe(uploadText(msg, 'en'));
			}
		});

	it('says in English what the upload tests and e2e specs read', () => {
		expect(uploadText(SAMPLES.not_text, 'en')).toBe(
			'ledger.csv is not UTF-16LE (no BOM) text (line 417, byte 90210), so it cannot be read as CSV: save it from the spreadsheet as "CSV UTF-8".'
		);
		expect(uploadText(SAMPLES.read_csv, 'en')).toBe(
			'read as tab-separated, decimal comma (as chosen), UTF-8; a guess for the separator: choose another if the columns or numbers look wrong'
		);
		expect(uploadText(SAMPLES.schema_row, 'en')).toBe(
			'This file looks like "Ledger" (contributions) but does not match its schema: wrong type in row 416 (year: expected an INTEGER, got "twenty") at line 417, and 3 more problems.'
		);
		expect(uploadText(SAMPLES.too_large, 'en')).toBe(
			'ledger.csv is too large for this browser (300 MB; the limit is 200 MB).'
		);
	});

	it('names the line in Spanish and Arabic, and counts with plural forms', () => {
		expect(uploadText(SAMPLES.csv_unreadable, 'es')).toContain('(línea 417)');
		expect(uploadText(SAMPLES.csv_unreadable, 'ar')).toContain('السطر 417');
		expect(uploadText({ code: 'replaced', file, title: 'T', dataset: 'd', rows: 5 }, 'ru')).toContain('5 строк.');
		expect(uploadText({ code: 'replaced', file, title: 'T', dataset: 'd', rows: 2 }, 'ru')).toContain('2 строки.');
		expect(uploadText({ code: 'more_problems', count: 1 }, 'fr')).toBe('… et 1 autre problème');
	});
});
