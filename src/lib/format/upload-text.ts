import { baseLocale, getLocale, type Locale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import type { DecimalMark, Delimiter } from '$lib/data/catalog/csv-dialect';
import type { Encoding, Place, UploadMessage } from '$lib/data/catalog/upload-message';
import { datasetTitle } from './dataset-text';
import { findingText } from './finding-text';
import { numberFormat } from './locale';
import { formatInteger } from './number';

type Options = { locale: Locale };

/** "comma-separated": a separator as the upload's notes and the separator choice name it. */
export function separatorName(d: Delimiter, o: Options = { locale: getLocale() }): string {
	return d === ',' ? m.upload_sep_comma({}, o) : d === ';' ? m.upload_sep_semicolon({}, o) : m.upload_sep_tab({}, o);
}

const separated = (d: Delimiter, o: Options) =>
	d === ','
		? m.upload_separated_comma({}, o)
		: d === ';'
			? m.upload_separated_semicolon({}, o)
			: m.upload_separated_tab({}, o);
const decimalName = (d: DecimalMark, o: Options) =>
	d === '.' ? m.upload_decimal_point({}, o) : m.upload_decimal_comma({}, o);
const encodingName = (e: Encoding, o: Options) => (e.noBom ? m.upload_no_bom({ name: e.name }, o) : e.name);
// Lines, rows and bytes are positions a reader looks up, not quantities: written without grouping, as editors show them.
const place = (p: Place, o: Options) => (p === null ? '' : 'line' in p ? m.upload_line({ line: p.line }, o) : p.cell);

/** Megabytes as the limit is stated: two decimals under one MB, whole ones above. */
function megabytes(bytes: number, locale: Locale): string {
	const n = bytes / 1024 / 1024;
	const digits = bytes < 1024 * 1024 ? 2 : 0;
	if (locale === baseLocale) return n.toFixed(digits);
	return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

function readCsv(note: Extract<UploadMessage, { code: 'read_csv' }>, o: Options): string {
	const what =
		note.guessDelimiter && note.guessDecimal
			? m.upload_guess_both({}, o)
			: note.guessDelimiter
				? m.upload_guess_separator({}, o)
				: m.upload_guess_decimal({}, o);
	return m.upload_read_csv(
		{
			separated: separated(note.delimiter, o),
			decimal: decimalName(note.decimal, o),
			chosen: note.chosen ? m.upload_as_chosen({}, o) : '',
			encoding: encodingName(note.encoding, o),
			guess: note.guessDelimiter || note.guessDecimal ? m.upload_guess({ what }, o) : ''
		},
		o
	);
}

/** The one place an upload's code and parameters become a sentence in the reader's language. */
export function uploadText(msg: UploadMessage, locale: Locale = getLocale()): string {
	const o = { locale };
	const count = (n: number) => formatInteger(n, locale);
	switch (msg.code) {
		case 'empty':
			return m.upload_empty({ file: msg.file }, o);
		case 'too_large':
			return m.upload_too_large(
				{ file: msg.file, size: megabytes(msg.bytes, locale), limit: megabytes(msg.limit, locale) },
				o
			);
		case 'too_many_rows':
			return m.upload_too_many_rows(
				{ file: msg.file, count: msg.rows, rows: count(msg.rows), limit: count(msg.limit) },
				o
			);
		case 'unknown_kind':
			return m.upload_unknown_kind({ file: msg.file }, o);
		case 'not_parquet':
			return m.upload_not_parquet({ file: msg.file }, o);
		case 'parquet_truncated':
			return m.upload_parquet_truncated({ file: msg.file }, o);
		case 'parquet_unreadable':
			return m.upload_parquet_unreadable({ file: msg.file, detail: msg.detail }, o);
		case 'not_xlsx':
			return m.upload_not_xlsx({ file: msg.file }, o);
		case 'xlsx_unreadable':
			return m.upload_xlsx_unreadable({ file: msg.file, detail: findingText(msg.detail, locale) }, o);
		case 'not_text':
			return m.upload_not_text(
				{ file: msg.file, encoding: encodingName(msg.encoding, o), line: msg.line, byte: msg.byte },
				o
			);
		case 'csv_unreadable':
			return m.upload_csv_unreadable(
				{
					file: msg.file,
					separated: separated(msg.delimiter, o),
					detail: findingText(msg.detail, locale),
					at: place(msg.at, o)
				},
				o
			);
		case 'sheet_unreadable':
			return m.upload_sheet_unreadable(
				{ file: msg.file, detail: findingText(msg.detail, locale), at: place(msg.at, o) },
				o
			);
		case 'header_only':
			return m.upload_header_only({ file: msg.file }, o);
		case 'schema_columns':
			return m.upload_schema_columns(
				{
					title: datasetTitle(msg.dataset, msg.title, locale),
					dataset: msg.dataset,
					problems: msg.problems.map((f) => findingText(f, locale)).join('; ')
				},
				o
			);
		case 'schema_row': {
			const params = {
				title: datasetTitle(msg.dataset, msg.title, locale),
				dataset: msg.dataset,
				row: msg.row,
				detail: findingText(msg.detail, locale),
				at: msg.at ? m.upload_schema_at({ at: place(msg.at, o) }, o) : '',
				more: msg.more > 0 ? m.upload_schema_more({ count: msg.more, n: count(msg.more) }, o) : ''
			};
			return msg.detail.code === 'wrong_type' ? m.upload_schema_type(params, o) : m.upload_schema_value(params, o);
		}
		case 'row_fields':
			return m.upload_row_fields(
				{ file: msg.file, row: msg.row, count: msg.fields, fields: count(msg.fields), header: count(msg.header) },
				o
			);
		case 'duplicate_columns':
			return m.upload_duplicate_columns({ file: msg.file }, o);
		case 'problem_row':
			return msg.at
				? m.upload_problem_row_at({ row: msg.row, at: place(msg.at, o), detail: findingText(msg.detail, locale) }, o)
				: m.upload_problem_row({ row: msg.row, detail: findingText(msg.detail, locale) }, o);
		case 'problem_columns':
			return m.upload_problem_columns({ detail: findingText(msg.detail, locale) }, o);
		case 'problem_at':
			return msg.at
				? `${place(msg.at, o)}: ${findingText(msg.detail, locale)}`
				: m.upload_problem_row({ row: msg.row, detail: findingText(msg.detail, locale) }, o);
		case 'more_problems':
			return m.upload_more_problems({ count: msg.count, n: count(msg.count) }, o);
		case 'read_parquet':
			return m.upload_read_parquet({}, o);
		case 'read_sheet':
			return m.upload_read_sheet({ sheet: msg.sheet, count: msg.count }, o);
		case 'read_csv':
			return readCsv(msg, o);
		case 'replaced':
			return m.upload_replaced(
				{
					file: msg.file,
					title: datasetTitle(msg.dataset, msg.title, locale),
					dataset: msg.dataset,
					count: msg.rows,
					rows: count(msg.rows)
				},
				o
			);
		case 'new_table':
			return m.upload_new_table({ file: msg.file, name: msg.name, count: msg.rows, rows: count(msg.rows) }, o);
		case 'load_failed':
			return m.upload_load_failed({ file: msg.file, detail: msg.detail }, o);
		case 'restored':
			return m.upload_restored({ name: msg.name }, o);
		case 'restored_all':
			return m.upload_restored_all({}, o);
	}
}

/** The part of a message that is a library's own English (the Parquet decoder's, DuckDB's), to mark as such. */
export const libraryDetail = (msg: UploadMessage): string | null =>
	msg.code === 'parquet_unreadable' || msg.code === 'load_failed' ? msg.detail : null;
