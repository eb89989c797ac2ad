import { describe, expect, it } from 'vitest';
import { dateFormat, serialToIso } from './excel-date';

describe('Excel date serials', () => {
	it('reads the 1900 system with its phantom 29 February 1900', () => {
		// Anchors as Excel shows them (DATE(y,m,d) gives these serials).
		const shown: [number, string][] = [
			[1, '1900-01-01'],
			[59, '1900-02-28'],
			[61, '1900-03-01'],
			[36526, '2000-01-01'],
			[43831, '2020-01-01'],
			[45658, '2025-01-01']
		];
		for (const [serial, iso] of shown) expect(serialToIso(serial, 'date'), String(serial)).toEqual({ ok: true, text: iso });
		expect(serialToIso(60, 'date')).toMatchObject({ ok: false, error: { code: 'date_1900_leap' } });
		expect(serialToIso(0, 'date')).toMatchObject({ ok: false });
		expect(serialToIso(-3, 'date')).toMatchObject({ ok: false });
	});

	it('reads the 1904 system, 1462 days behind', () => {
		expect(serialToIso(0, 'date', true)).toEqual({ ok: true, text: '1904-01-01' });
		expect(serialToIso(43831 - 1462, 'date', true)).toEqual({ ok: true, text: '2020-01-01' });
		expect(serialToIso(60, 'date', true)).toEqual({ ok: true, text: '1904-03-01' });
	});

	it('keeps the time of day only for a date-time format', () => {
		expect(serialToIso(43831.5, 'date')).toEqual({ ok: true, text: '2020-01-01' });
		expect(serialToIso(43831.75, 'date-time')).toEqual({ ok: true, text: '2020-01-01 18:00:00' });
		expect(serialToIso(43831 + 1 / 86400 / 3, 'date-time')).toEqual({ ok: true, text: '2020-01-01 00:00:00' });
	});

	it('tells date formats from others by id or code', () => {
		for (const id of [14, 15, 17, 30, 57]) expect(dateFormat(id), String(id)).toBe('date');
		expect(dateFormat(22)).toBe('date-time');
		for (const id of [0, 1, 2, 10, 20, 46, 49]) expect(dateFormat(id), String(id)).toBeNull();
		expect(dateFormat(164, 'dd/mm/yyyy')).toBe('date');
		expect(dateFormat(165, 'yyyy-mm-dd hh:mm')).toBe('date-time');
		expect(dateFormat(166, '[$-409]d-mmm-yy;@')).toBe('date');
		for (const code of ['0.00', '[Red]#,##0', '"days "0', '0\\d', 'h:mm:ss', 'General'])
			expect(dateFormat(170, code), code).toBeNull();
	});
});
