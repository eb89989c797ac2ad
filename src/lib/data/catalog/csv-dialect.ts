// How a spreadsheet saved the CSV: its encoding, field delimiter and decimal mark, detected from the bytes.
import type { ParsedCsv } from './parse-csv';

export type Delimiter = ',' | ';' | '\t';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];
export const DELIMITER_NAMES: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; error: string };

/** UTF-8 (with or without BOM) or UTF-16 with a BOM, as Excel's "CSV UTF-8" and "Unicode text" save. */
export function decodeText(bytes: Uint8Array): Decoded {
	const bom = (a: number, b: number) => bytes[0] === a && bytes[1] === b;
	const encoding = bom(0xff, 0xfe) ? 'utf-16le' : bom(0xfe, 0xff) ? 'utf-16be' : 'utf-8';
	try {
		// TextDecoder drops the BOM itself (ignoreBOM is false by default).
		const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
		return { ok: true, text, encoding: encoding === 'utf-8' ? 'UTF-8' : 'UTF-16' };
	} catch {
		return { ok: false, error: `is not ${encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'} text` };
	}
}

/** Counts of a character outside quotes on each of the first lines. */
function countsPerLine(text: string, ch: string, maxLines = 20): number[] {
	const counts: number[] = [];
	let n = 0;
	let quoted = false;
	for (let i = 0; i < text.length && counts.length < maxLines; i++) {
		const c = text[i];
		if (c === '"') quoted = !quoted;
		else if (!quoted && c === ch) n++;
		else if (!quoted && c === '\n') {
			counts.push(n);
			n = 0;
		}
	}
	if (n > 0 && counts.length < maxLines) counts.push(n);
	return counts;
}

/**
 * The delimiter that splits the header and the first rows into the same number of fields, more than one.
 * `sure` is false when two delimiters fit equally well, or none does: then the reader is asked.
 */
export function detectDelimiter(text: string): { delimiter: Delimiter; sure: boolean } {
	const fits = DELIMITERS.map((d) => {
		const counts = countsPerLine(text, d).filter((c, i, all) => i === 0 || c > 0 || i < all.length - 1);
		const consistent = counts.length > 0 && counts[0] > 0 && counts.every((c) => c === counts[0]);
		return { d, consistent, fields: counts[0] ?? 0 };
	});
	const good = fits.filter((f) => f.consistent);
	if (good.length === 1) return { delimiter: good[0].d, sure: true };
	if (good.length > 1) {
		const best = [...good].sort((a, b) => b.fields - a.fields)[0];
		return { delimiter: best.d, sure: false };
	}
	const most = [...fits].sort((a, b) => b.fields - a.fields)[0];
	return { delimiter: most.fields > 0 ? most.d : ',', sure: false };
}

const COMMA_NUMBER = /^[+-]?(\d{1,3}([. \u00a0\u202f]\d{3})+|\d+),\d+$/;
const POINT_NUMBER = /^[+-]?\d+\.\d+$/;

/**
 * Columns written with a decimal comma (`1234,5`, `1.234,5`): some value has one and none a decimal point.
 * Only a file not separated by commas can have them unquoted, which is how spreadsheets write them.
 */
export function decimalCommaColumns(table: ParsedCsv): number[] {
	return table.header
		.map((_, i) => i)
		.filter((i) => {
			const values = table.records.map((r) => (r.fields[i] ?? '').trim()).filter((v) => v !== '');
			return values.some((v) => COMMA_NUMBER.test(v)) && !values.some((v) => POINT_NUMBER.test(v));
		});
}

/** `1.234,5` → `1234.5` in the given columns; other values are left for validation to judge. */
export function withDecimalPoint(table: ParsedCsv, columns: readonly number[]): ParsedCsv {
	const fix = (v: string) => (COMMA_NUMBER.test(v.trim()) ? v.trim().replace(/[. \u00a0\u202f]/g, '').replace(',', '.') : v);
	return {
		...table,
		records: table.records.map((r) => ({ ...r, fields: r.fields.map((f, i) => (columns.includes(i) ? fix(f) : f)) }))
	};
}
