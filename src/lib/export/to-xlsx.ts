// A minimal Office Open XML workbook (a data sheet and an "about" sheet), written with fflate: no spreadsheet library needed.
// Strings are inline strings (never formulas, so no formula injection); numbers are numbers; booleans
// are booleans; null is an empty cell. The provenance goes into the "about" sheet: machine-readable key/value
// rows, then the README in the reader's language, a line a row.
import { strToU8, zipSync } from 'fflate';
import { columnName } from '$lib/data/catalog/cell-ref';
import type { CsvValue } from './to-csv';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** XML 1.0 holds no C0 control other than tab, line feed and carriage return, and no U+FFFE/U+FFFF. */
function isXmlChar(ch: string): boolean {
	const code = ch.charCodeAt(0);
	return code >= 32 ? code !== 0xfffe && code !== 0xffff : code === 9 || code === 10 || code === 13;
}

/** XML text: escaped, and without the control characters XML 1.0 cannot hold. */
function text(value: string): string {
	return [...value]
		.filter(isXmlChar)
		.join('')
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
}

function cell(ref: string, value: CsvValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"><v>${value}</v></c>`;
	if (typeof value === 'boolean') return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
	return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${text(String(value))}</t></is></c>`;
}

function sheet(columns: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
	const lines = [columns.map((c, i) => cell(`${columnName(i)}1`, c)).join('')];
	rows.forEach((row, r) => lines.push(columns.map((c, i) => cell(`${columnName(i)}${r + 2}`, row[c])).join('')));
	const data = lines.map((cells, r) => `<row r="${r + 1}">${cells}</row>`).join('');
	return `${XML}<worksheet xmlns="${NS}"><sheetData>${data}</sheetData></worksheet>`;
}

/**
 * Rows → .xlsx bytes: sheet "data" with a header row, and sheet "about" with `about` as key/value rows,
 * then (after an empty row) `readme`'s lines in column A.
 */
export function toXlsx(
	columns: readonly string[],
	rows: readonly Record<string, CsvValue>[],
	about: Record<string, string> = {},
	readme = ''
): Uint8Array {
	const notes = readme ? ['', ...readme.trimEnd().split('\n')].map((line) => ({ key: line || null, value: null })) : [];
	const aboutRows = [...Object.entries(about).map(([key, value]) => ({ key, value })), ...notes];
	const sheets = ['data', 'about'];
	return zipSync({
		'[Content_Types].xml': strToU8(
			`${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
				'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
				'<Default Extension="xml" ContentType="application/xml"/>' +
				'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
				sheets
					.map(
						(_, i) =>
							`<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
					)
					.join('') +
				'</Types>'
		),
		'_rels/.rels': strToU8(
			`${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
				`<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
		),
		'xl/workbook.xml': strToU8(
			`${XML}<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>` +
				sheets.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
				'</sheets></workbook>'
		),
		'xl/_rels/workbook.xml.rels': strToU8(
			`${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
				sheets
					.map(
						(_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
					)
					.join('') +
				'</Relationships>'
		),
		'xl/worksheets/sheet1.xml': strToU8(sheet(columns, rows)),
		'xl/worksheets/sheet2.xml': strToU8(sheet(['key', 'value'], aboutRows))
	});
}
