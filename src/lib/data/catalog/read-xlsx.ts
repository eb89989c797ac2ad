// Reads one sheet of an .xlsx workbook as the same header + records a CSV gives. Loaded on first use only.
import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { columnIndex } from './cell-ref';
import { dateFormat, serialToIso, type DateFormat } from './excel-date';
import { FindingError, type Finding } from './finding';
import type { CsvRecord, ParsedCsv } from './parse-csv';

export interface Workbook {
	/** Sheet names in the workbook's order. */
	sheets: string[];
	/** The sheet read. */
	sheet: string;
	/** Record lines are sheet row numbers; issue columns are 1-based sheet columns. */
	table: ParsedCsv;
}

/** Larger unpacked parts would not fit in a browser tab; also stops a "zip bomb". */
const MAX_PART_BYTES = 512 * 1024 * 1024;
const ARRAYS = new Set(['sheet', 'Relationship', 'si', 'r', 'row', 'c', 'numFmt', 'xf']);
const xml = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: false,
	isArray: (name) => ARRAYS.has(name)
});

type Node = Record<string, unknown>;
const text = (n: unknown): string =>
	typeof n === 'string' ? n : n && typeof n === 'object' ? String((n as Node)['#text'] ?? '') : '';

/** Text of a shared or inline string: plain `<t>` or rich-text runs `<r><t>`. */
const stringOf = (si: Node): string => (si.t !== undefined ? text(si.t) : ((si.r as Node[] | undefined) ?? []).map((r) => text(r.t)).join(''));

/** Throws a FindingError when the bytes are not a workbook; `sheet` defaults to the first. */
export function readXlsx(bytes: Uint8Array, sheet?: string): Workbook {
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes, {
			filter: (f) => {
				if (f.originalSize > MAX_PART_BYTES)
					throw new FindingError({ code: 'part_too_large', part: f.name, megabytes: MAX_PART_BYTES / 1048576 });
				return /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/.test(f.name);
			}
		});
	} catch (e) {
		throw e instanceof FindingError ? e : new FindingError({ code: 'not_workbook' }, { cause: e });
	}
	const part = (name: string) => {
		const b = files[name];
		return b ? (xml.parse(new TextDecoder().decode(b)) as Node) : null;
	};
	const workbook = part('xl/workbook.xml');
	const rels = part('xl/_rels/workbook.xml.rels');
	if (!workbook || !rels) throw new FindingError({ code: 'not_workbook' });
	const entries = (((workbook.workbook as Node)?.sheets as Node)?.sheet as Node[] | undefined) ?? [];
	const sheets = entries.map((s) => String(s['@name']));
	const chosen = sheet ?? sheets[0];
	const entry = entries.find((s) => s['@name'] === chosen);
	if (!entry) throw new FindingError(sheets.length ? { code: 'no_sheet', sheet: chosen, sheets } : { code: 'no_sheets' });
	const rel = (((rels.Relationships as Node)?.Relationship as Node[] | undefined) ?? []).find((r) => r['@Id'] === entry['@r:id']);
	const target = String(rel?.['@Target'] ?? '');
	const data = part(target.startsWith('/') ? target.slice(1) : `xl/${target}`);
	if (!data) throw new FindingError({ code: 'sheet_missing', sheet: chosen });
	const shared = ((((part('xl/sharedStrings.xml') ?? {}).sst as Node | undefined)?.si as Node[] | undefined) ?? []).map(stringOf);
	const pr = (workbook.workbook as Node)?.workbookPr as Node | undefined;
	const dates: Dates = { styles: styleDates(part('xl/styles.xml')), date1904: ['1', 'true'].includes(String(pr?.['@date1904'])) };
	return { sheets, sheet: chosen, table: sheetTable(data, shared, dates) };
}

/** Which cell styles show a date, and which date system the workbook counts in. */
type Dates = { styles: DateFormat[]; date1904: boolean };

/** Per cell style (a cell's `s`), whether its number format is a date: the only sign a number is a date. */
function styleDates(styles: Node | null): DateFormat[] {
	const sheet = styles?.styleSheet as Node | undefined;
	const custom = new Map(((((sheet?.numFmts as Node)?.numFmt as Node[] | undefined) ?? []).map((f) => [Number(f['@numFmtId']), String(f['@formatCode'])])));
	return (((sheet?.cellXfs as Node)?.xf as Node[] | undefined) ?? []).map((xf) => {
		const id = Number(xf['@numFmtId'] ?? 0);
		return dateFormat(id, custom.get(id));
	});
}

function sheetTable(data: Node, shared: string[], dates: Dates): ParsedCsv {
	const rows = ((((data.worksheet as Node)?.sheetData as Node)?.row as Node[] | undefined) ?? []);
	const issues: ParsedCsv['issues'] = [];
	const grid: CsvRecord[] = [];
	rows.forEach((row, r) => {
		const line = Number(row['@r'] ?? r + 1);
		const fields: string[] = [];
		((row.c as Node[] | undefined) ?? []).forEach((c, i) => {
			const ref = /^([A-Z]+)(\d+)$/.exec(String(c['@r'] ?? ''));
			const col = ref ? columnIndex(ref[1]) : i;
			const value = cellValue(c, shared, dates);
			if (value.error) issues.push({ line, column: col + 1, finding: value.error });
			while (fields.length < col) fields.push('');
			fields[col] = value.text;
		});
		if (fields.some((f) => f.trim() !== '')) grid.push({ line, fields });
	});
	const [head, ...records] = grid;
	const width = head ? head.fields.length : 0;
	// Trailing empty cells are not written by spreadsheets: pad short rows to the header's width.
	for (const rec of records) while (rec.fields.length < width) rec.fields.push('');
	return { header: head ? head.fields : [], records, issues };
}

/** A cell as CSV-like text; a formula's cached error (`#DIV/0!`) or missing result is refused, not read as a value. */
function cellValue(c: Node, shared: string[], dates: Dates): { text: string; error?: Finding } {
	const v = text(c.v);
	switch (c['@t']) {
		case 'e':
			return { text: '', error: { code: 'cell_error', formula: c.f !== undefined, value: v } };
		case 's':
			return { text: shared[Number(v)] ?? '' };
		case 'inlineStr':
			return { text: stringOf((c.is as Node) ?? {}) };
		case 'b':
			return { text: v === '1' ? 'true' : v === '0' ? 'false' : v };
		default:
			if (c.f !== undefined && c.v === undefined) return { text: '', error: { code: 'formula_no_result' } };
			return numberText(v, dates.styles[Number(c['@s'] ?? 0)] ?? null, dates.date1904);
	}
}

/** A number as written, or as the ISO date its date format shows (a column of them is then a DATE column). */
function numberText(v: string, format: DateFormat, date1904: boolean): { text: string; error?: Finding } {
	if (!format || v.trim() === '') return { text: v };
	const date = serialToIso(Number(v), format, date1904);
	return date.ok ? { text: date.text } : { text: '', error: date.error };
}
