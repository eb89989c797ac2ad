// Excel stores a date as a number of days (a serial) and says it is a date only through the cell's number format.
import type { Finding } from './finding';

/** Built-in number formats that show a date (ECMA-376 18.8.30; 27–36 and 50–58 are East Asian dates). */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 22, ...range(27, 36), ...range(50, 58)]);
/** Built-in formats that show a time of day as well: 22 `m/d/yy h:mm`. */
const BUILTIN_DATE_TIMES = new Set([22]);

function range(from: number, to: number): number[] {
	return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export type DateFormat = 'date' | 'date-time' | null;

/** Whether a number format shows a date (and a time), from its id and, for custom ids, its code. */
export function dateFormat(id: number, code?: string): DateFormat {
	if (code === undefined) return BUILTIN_DATES.has(id) ? (BUILTIN_DATE_TIMES.has(id) ? 'date-time' : 'date') : null;
	// Quoted text, escaped characters and [colour]/[$-locale] tags are not date parts ("d" in "[Red]").
	const parts = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '').split(';')[0];
	if (!/[dy]/i.test(parts)) return null;
	return /[hs]/i.test(parts) ? 'date-time' : 'date';
}

const DAY_MS = 86_400_000;
/** Day 0 of each date system: 1900 counts from 1899-12-31, 1904 from 1904-01-01. */
const EPOCH_1900 = Date.UTC(1899, 11, 31);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

export type SerialDate = { ok: true; text: string } | { ok: false; error: Finding };

/**
 * A serial as ISO text: `2020-01-01`, or `2020-01-01 12:30:00` for a date-time format.
 * The 1900 system counts a 29 February 1900 that never was (Lotus 1-2-3's bug, kept by Excel): serials from 61 on
 * are one day ahead, and 60 is that day.
 */
export function serialToIso(serial: number, format: Exclude<DateFormat, null>, date1904 = false): SerialDate {
	if (!Number.isFinite(serial) || serial < (date1904 ? 0 : 1))
		return { ok: false, error: { code: 'date_not_date', serial } };
	if (!date1904 && Math.floor(serial) === 60)
		return { ok: false, error: { code: 'date_1900_leap' } };
	const days = date1904 || serial < 60 ? serial : serial - 1;
	// Rounded to the second, as the spreadsheet shows it; a date format alone drops the time of day.
	const ms = Math.round((days * DAY_MS) / 1000) * 1000;
	const iso = new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + ms).toISOString();
	return { ok: true, text: format === 'date' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}` };
}
