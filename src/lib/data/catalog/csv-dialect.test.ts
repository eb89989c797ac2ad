import { describe, expect, it } from 'vitest';
import { utf16le } from '../../../../tests/fixtures/ledger';
import { decodeText, detectDecimalMark, withDecimalPoint, type Delimiter } from './csv-dialect';
import { parseCsv } from './parse-csv';

const utf8 = (s: string) => new TextEncoder().encode(s);
const SAMPLE = 'année;pays;montant\n2019;Côte d’Ivoire;1,5\n';

describe('decodeText', () => {
	it('reads UTF-8 with or without a BOM, and UTF-16 with one', () => {
		expect(decodeText(utf8(SAMPLE))).toEqual({ ok: true, text: SAMPLE, encoding: { name: 'UTF-8' } });
		expect(decodeText(utf8('\ufeff' + SAMPLE))).toEqual({ ok: true, text: SAMPLE, encoding: { name: 'UTF-8' } });
		expect(decodeText(utf16le(SAMPLE))).toEqual({ ok: true, text: SAMPLE, encoding: { name: 'UTF-16' } });
		expect(decodeText(utf16le(SAMPLE, { bigEndian: true }))).toEqual({ ok: true, text: SAMPLE, encoding: { name: 'UTF-16' } });
	});

	it('tells UTF-16 without a BOM by where its NUL bytes are', () => {
		expect(decodeText(utf16le(SAMPLE, { bom: false }))).toEqual({
			ok: true,
			text: SAMPLE,
			encoding: { name: 'UTF-16LE', noBom: true }
		});
		expect(decodeText(utf16le(SAMPLE, { bom: false, bigEndian: true }))).toEqual({
			ok: true,
			text: SAMPLE,
			encoding: { name: 'UTF-16BE', noBom: true }
		});
		// Cyrillic has no NUL beside it, but the digits and separators of a CSV still do.
		const russian = 'год;донор;сумма\n2019;Россия;1500\n2020;Казахстан;250\n';
		expect(decodeText(utf16le(russian, { bom: false }))).toMatchObject({ ok: true, text: russian });
	});

	it('refuses bytes that are neither, naming the encoding it tried and where the first bad byte is', () => {
		const latin1 = Uint8Array.from([...'year;donor\n2019;Z', 0xfc, ...'rich\n'].map((c) => (typeof c === 'number' ? c : c.charCodeAt(0))));
		expect(decodeText(latin1)).toEqual({ ok: false, encoding: { name: 'UTF-8' }, line: 2, byte: 18 });
		// A lone surrogate (D800) where line 2 starts: the NULs say UTF-16, the content is not.
		const broken = utf16le('year;amount\n2019;1\n', { bom: false });
		broken.set([0x00, 0xd8], 24);
		expect(decodeText(broken)).toEqual({ ok: false, encoding: { name: 'UTF-16LE', noBom: true }, line: 2, byte: 25 });
	});

	it('does not take binary data with NULs for UTF-16', () => {
		const binary = Uint8Array.from({ length: 512 }, (_, i) => (i % 2 ? 0 : (i * 37) % 256));
		expect(decodeText(binary)).toMatchObject({ ok: false, encoding: { name: 'UTF-8' } });
	});
});

describe('detectDecimalMark', () => {
	const detect = (text: string, delimiter: Delimiter = ';') => detectDecimalMark(parseCsv(text, delimiter), delimiter);

	it('finds decimal-comma columns, grouped thousands and all, and is sure of them', () => {
		const text = 'year;amount;usd;note\n2019;1.234,5;1 500,25;a\n2020;50.000;12,75;b\n';
		expect(detect(text)).toEqual({ mark: ',', columns: [1, 2], sure: true });
		const table = withDecimalPoint(parseCsv(text, ';'), [1, 2]);
		expect(table.records.map((r) => r.fields)).toEqual([
			['2019', '1234.5', '1500.25', 'a'],
			['2020', '50000', '12.75', 'b']
		]);
	});

	it('reads a decimal point where the numbers have one, and in a comma-separated file', () => {
		expect(detect('year;amount\n2019;1234.5\n2020;7\n')).toEqual({ mark: '.', columns: [], sure: true });
		expect(detect('year,amount\n2019,"1,500"\n', ',')).toEqual({ mark: '.', columns: [], sure: true });
	});

	it('is unsure when every mark could be a thousands separator, or columns disagree', () => {
		expect(detect('year;amount\n2019;1.500\n2020;2.000\n')).toEqual({ mark: '.', columns: [], sure: false });
		expect(detect('year;amount\n2019;1,500\n2020;2,000\n')).toEqual({ mark: ',', columns: [1], sure: false });
		expect(detect('year;a;b\n2019;1,25;3.75\n')).toEqual({ mark: ',', columns: [1], sure: false });
	});
});
