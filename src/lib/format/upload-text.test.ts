import { describe, expect, it } from 'vitest';
import { locales } from '$lib/paraglide/runtime';
import type { UploadCode, UploadMessage } from '$lib/data/catalog/upload-message';
import type { Finding } from '$lib/data/catalog/finding';
import { m } from '$lib/paraglide/messages';
import { uploadText } from './upload-text';

type Samples = { [C in UploadCode]: Extract<UploadMessage, { code: C }> };
const file = 'ledger.csv';
const at = { cell: "'Trust Fund'!F3" };
const missing: Finding = { code: 'missing_column', column: 'amount_usd' };
const twenty: Finding = { code: 'wrong_type', column: 'year', type: 'INTEGER', value: 'twenty' };
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
	xlsx_unreadable: { code: 'xlsx_unreadable', file, detail: { code: 'no_sheet', sheet: 'Ledger', sheets: ['Notes'] } },
	not_text: { code: 'not_text', file, encoding: { name: 'UTF-16LE', noBom: true }, line: 417, byte: 90210 },
	csv_unreadable: {
		code: 'csv_unreadable',
		file,
		delimiter: ';',
		detail: { code: 'unterminated_quote' },
		at: { line: 417 }
	},
	sheet_unreadable: {
		code: 'sheet_unreadable',
		file,
		detail: { code: 'cell_error', formula: true, value: '#DIV/0!' },
		at
	},
	header_only: { code: 'header_only', file },
	schema_columns: {
		code: 'schema_columns',
		title: 'Ledger',
		dataset: 'contributions',
		problems: [missing]
	},
	schema_row: {
		code: 'schema_row',
		title: 'Ledger',
		dataset: 'contributions',
		row: 416,
		detail: twenty,
		at: { line: 417 },
		more: 3
	},
	row_fields: { code: 'row_fields', file, row: 416, fields: 5, header: 4 },
	duplicate_columns: { code: 'duplicate_columns', file },
	problem_row: { code: 'problem_row', row: 416, at, detail: twenty },
	problem_columns: { code: 'problem_columns', detail: missing },
	problem_at: { code: 'problem_at', at: { line: 417 }, row: 416, detail: { code: 'stray_quote' } },
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
/** A finding's names and values, as found in the file. */
const shownOf = (f: Finding): string[] =>
	Object.entries(f).flatMap(([key, value]) =>
		['column', 'value', 'sheet'].includes(key) ? [String(value)] : key === 'sheets' ? (value as string[]) : []
	);
/**
 * The parameters a reader needs to find the problem: file, place, a finding's names and values, and the
 * dataset's name appear as given (its title in the reader's language: tested below).
 */
const mustShow = (msg: UploadMessage): string[] =>
	// A problem with a place names the place, its row only when it has none.
	Object.entries(msg).flatMap(([key, value]) =>
		key === 'row' && msg.code === 'problem_at'
			? []
			: key === 'detail' && typeof value === 'object'
				? shownOf(value as Finding)
				: ['file', 'detail', 'dataset', 'name', 'sheet', 'line', 'byte', 'row'].includes(key)
					? [String(value)]
					: key === 'at' && value && 'cell' in value
						? [value.cell]
						: key === 'at' && value && 'line' in value
							? [String(value.line)]
							: key === 'problems'
								? (value as Finding[]).flatMap(shownOf)
								: key === 'encoding'
									? [(value as { name: string }).name]
									: []
	);

describe('upload messages', () => {
	for (const locale of locales)
		it(`words every code in ${locale}, with its parameters`, () => {
			for (const msg of Object.values(SAMPLES)) {
				const text = uploadText(msg, locale);
				expect(text, msg.code).not.toMatch(/^\s*$|[{}]/);
				for (const shown of mustShow(msg)) expect(text, `${locale} ${msg.code}`).toContain(shown);
				if (locale !== 'en') expect(text, `${locale} ${msg.code} is translated`).not.toBe(uploadText(msg, 'en'));
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
			'This file looks like "Financial contributions" (contributions) but does not match its schema: wrong type in row 416 (year: expected an INTEGER, got "twenty") at line 417, and 3 more problems.'
		);
		expect(uploadText(SAMPLES.too_large, 'en')).toBe(
			'ledger.csv is too large for this browser (300 MB; the limit is 200 MB).'
		);
	});

	it("names a catalog dataset by its title in the reader's language, an uploaded table by its own", () => {
		for (const locale of locales) {
			expect(uploadText(SAMPLES.schema_columns, locale)).toContain(m.dataset_contributions_title({}, { locale }));
			expect(uploadText(SAMPLES.replaced, locale)).toContain(m.dataset_contributions_title({}, { locale }));
		}
		expect(uploadText({ ...SAMPLES.replaced, dataset: 'upload_survey', title: 'Survey' }, 'ar')).toContain('Survey');
	});

	it("words a finding of each check in the reader's language", () => {
		expect(uploadText(SAMPLES.problem_columns, 'fr')).toBe('colonnes : colonne « amount_usd » manquante');
		expect(uploadText(SAMPLES.problem_at, 'ru')).toContain('лишняя кавычка');
		expect(uploadText(SAMPLES.sheet_unreadable, 'es')).toContain('el resultado de la fórmula es el error #DIV/0!');
		expect(uploadText(SAMPLES.schema_row, 'zh')).toContain('year：应为整数（INTEGER），实际为“twenty”');
		const near: Finding = {
			code: 'unexpected_column',
			column: 'amout_usd',
			dataset: 'contributions',
			suggestion: 'amount_usd'
		};
		expect(uploadText({ ...SAMPLES.schema_columns, problems: [near] }, 'ar')).toContain('هل تقصد «amount_usd»؟');
	});

	it('names the line in Spanish and Arabic, and counts with plural forms', () => {
		expect(uploadText(SAMPLES.csv_unreadable, 'es')).toContain('(línea 417)');
		expect(uploadText(SAMPLES.csv_unreadable, 'ar')).toContain('السطر 417');
		expect(uploadText({ code: 'replaced', file, title: 'T', dataset: 'd', rows: 5 }, 'ru')).toContain('5 строк.');
		expect(uploadText({ code: 'replaced', file, title: 'T', dataset: 'd', rows: 2 }, 'ru')).toContain('2 строки.');
		expect(uploadText({ code: 'more_problems', count: 1 }, 'fr')).toBe('… et 1 autre problème');
	});
});
