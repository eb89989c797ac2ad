// How a spreadsheet saved the CSV: its encoding, field delimiter and decimal mark, detected from the bytes.
import type { ParsedCsv } from './parse-csv';
import type { Encoding } from './upload-message';

export type Delimiter = ',' | ';' | '\t';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

export type Decoded =
	| { ok: true; text: string; encoding: Encoding }
	| { ok: false; encoding: Encoding; line: number; byte: number };

/**
 * UTF-8 (with or without BOM) or UTF-16 with a BOM, as Excel's "CSV UTF-8" and "Unicode text" save; UTF-16 without
 * one, as some exports write it, is told by its NUL bytes.
 */
export function decodeText(bytes: Uint8Array): Decoded {
	const bom = (a: number, b: number) => bytes[0] === a && bytes[1] === b;
	const guessed = bom(0xff, 0xfe) || bom(0xfe, 0xff) ? null : utf16WithoutBom(bytes);
	const encoding = bom(0xff, 0xfe) ? 'utf-16le' : bom(0xfe, 0xff) ? 'utf-16be' : (guessed ?? 'utf-8');
	const name: Encoding = encoding === 'utf-8' ? { name: 'UTF-8' } : guessed ? { name: guessed.toUpperCase(), noBom: true } : { name: 'UTF-16' };
	try {
		// TextDecoder drops the BOM itself (ignoreBOM is false by default).
		const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
		return { ok: true, text, encoding: name };
	} catch {
		const at = firstBadByte(bytes, encoding);
		const line = new TextDecoder(encoding).decode(bytes.subarray(0, at)).split('\n').length;
		return { ok: false, encoding: name, line, byte: at + 1 };
	}
}

/** Where the first bytes that are no character start (found by halving: any longer prefix fails as well). */
function firstBadByte(bytes: Uint8Array, encoding: string): number {
	const reads = (n: number, stream: boolean) => {
		try {
			new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, n), { stream });
			return true;
		} catch {
			return false;
		}
	};
	// The shortest prefix refused even with its last character unfinished…
	let [lo, hi] = [0, bytes.length];
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (reads(mid + 1, true)) lo = mid + 1;
		else hi = mid;
	}
	// …then back to where the last whole character ends: the bad sequence starts there.
	let start = lo;
	while (start > 0 && lo - start < 4 && !reads(start, false)) start--;
	return start;
}

/**
 * Text never holds NUL, but UTF-16 writes one beside every ASCII character: after it (little-endian) or before it
 * (big-endian). A third of the first KB's pairs with a NUL on one side, and few on the other, says which.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const pairs = Math.floor(Math.min(bytes.length, 1024) / 2);
	if (pairs === 0) return null;
	let even = 0;
	let odd = 0;
	for (let i = 0; i < pairs * 2; i += 2) {
		if (bytes[i] === 0) even++;
		if (bytes[i + 1] === 0) odd++;
	}
	const side = (nul: number, other: number) => nul >= pairs / 3 && other * 4 < nul;
	const guess = side(odd, even) ? 'utf-16le' : side(even, odd) ? 'utf-16be' : null;
	// Binary data has NULs too, but read as UTF-16 it gives control characters where text has none.
	const sample = guess ? new TextDecoder(guess).decode(bytes.subarray(0, pairs * 2)) : '';
	return guess && ![...sample].some(isControl) ? guess : null;
}

/** C0 and C1 control characters other than tab and line ends: not in any text a spreadsheet saves. */
function isControl(ch: string): boolean {
	const c = ch.charCodeAt(0);
	return (c < 0x20 && ch !== '\t' && ch !== '\n' && ch !== '\r') || (c >= 0x7f && c <= 0x9f);
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

export type DecimalMark = '.' | ',';

/** A number with a decimal comma and maybe grouped thousands: `1234,5`, `1.234,5`, `1 234,5`. */
const COMMA_NUMBER = /^[+-]?(\d{1,3}([. \u00a0\u202f]\d{3})+|\d+),\d+$/;
/** Whole thousands grouped as a decimal-comma locale groups them: `1.234`, `1 234 567`. */
const COMMA_GROUPED = /^[+-]?\d{1,3}([. \u00a0\u202f]\d{3})+$/;
const POINT_NUMBER = /^[+-]?\d+\.\d+$/;
/** `1,500` and `1.500`: a decimal mark or a thousands separator, the text alone cannot say which. */
const AMBIGUOUS = /^[+-]?\d{1,3}[.,]\d{3}$/;

export interface DecimalDetection {
	mark: DecimalMark;
	/** Columns whose numbers are written with a decimal comma (converted when `mark` is a comma). */
	columns: number[];
	/** False when some numbers read either way (`1.500`), or columns disagree: then the reader is asked. */
	sure: boolean;
}

/**
 * The decimal mark of a file's numbers. A column has a decimal comma when some value has one and none a decimal
 * point; only a file not separated by commas can have them unquoted, which is how spreadsheets write them.
 */
export function detectDecimalMark(table: ParsedCsv, delimiter: Delimiter): DecimalDetection {
	const columns = table.header.map((_, i) => table.records.map((r) => (r.fields[i] ?? '').trim()).filter((v) => v !== ''));
	const has = (values: string[], test: (v: string) => boolean) => values.some(test);
	const clearComma = (v: string) => COMMA_NUMBER.test(v) && !AMBIGUOUS.test(v);
	const clearPoint = (v: string) => POINT_NUMBER.test(v) && !AMBIGUOUS.test(v);
	const commas = columns.flatMap((vs, i) => (has(vs, (v) => COMMA_NUMBER.test(v)) && !has(vs, clearPoint) ? [i] : []));
	const points = columns.filter((vs) => has(vs, clearPoint));
	const clearlyComma = commas.some((i) => has(columns[i], clearComma));
	if (delimiter === ',' || commas.length === 0) {
		// `1.500` in a file that is not comma-separated may be a decimal-comma locale's fifteen hundred.
		const ambiguous = delimiter !== ',' && points.length === 0 && columns.some((vs) => has(vs, (v) => AMBIGUOUS.test(v)));
		return { mark: '.', columns: [], sure: !ambiguous };
	}
	return { mark: ',', columns: commas, sure: clearlyComma && points.length === 0 };
}

/** Columns holding numbers as a decimal-comma locale writes them, for a reader who says the file uses one. */
export function commaNumberColumns(table: ParsedCsv): number[] {
	const comma = (v: string) => COMMA_NUMBER.test(v.trim()) || COMMA_GROUPED.test(v.trim());
	return table.header.map((_, i) => i).filter((i) => table.records.some((r) => comma(r.fields[i] ?? '')));
}

/** `1.234,5` → `1234.5` and `1.234` → `1234` in the given columns; other values are left for validation to judge. */
export function withDecimalPoint(table: ParsedCsv, columns: readonly number[]): ParsedCsv {
	const fix = (v: string) => {
		const t = v.trim();
		if (!COMMA_NUMBER.test(t) && !COMMA_GROUPED.test(t)) return v;
		return t.replace(/[. \u00a0\u202f]/g, '').replace(',', '.');
	};
	return {
		...table,
		records: table.records.map((r) => ({ ...r, fields: r.fields.map((f, i) => (columns.includes(i) ? fix(f) : f)) }))
	};
}
