import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv } from '../data/catalog/parse-csv';
import { csvCell, toCsv } from './to-csv';

describe('toCsv (RFC 4180)', () => {
	it('writes a header and CRLF line ends', () => {
		expect(
			toCsv(
				['a', 'b'],
				[
					{ a: 1, b: 'x' },
					{ a: null, b: true }
				]
			)
		).toBe('a,b\r\n1,x\r\n,true\r\n');
	});

	it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
		expect(csvCell('Geneva, CH')).toBe('"Geneva, CH"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell('cr\r\nlf')).toBe('"cr\r\nlf"');
		expect(csvCell('plain')).toBe('plain');
	});

	it('neutralises spreadsheet formulas in text cells', () => {
		expect(csvCell('=1+2')).toBe("'=1+2");
		expect(csvCell('+SUM(A1)')).toBe("'+SUM(A1)");
		expect(csvCell('-2+3')).toBe("'-2+3");
		expect(csvCell('@cmd')).toBe("'@cmd");
		expect(csvCell('\tx')).toBe("'\tx");
		expect(csvCell('=HYPERLINK("http://x", "y")')).toBe('"\'=HYPERLINK(""http://x"", ""y"")"');
		// Numbers stay numbers.
		expect(csvCell(-5)).toBe('-5');
	});

	it('reads back to the same text for any safe cell (property)', () => {
		const safe = fc.string().filter((s) => !/^[=+\-@\t\r]/.test(s));
		fc.assert(
			fc.property(fc.array(fc.tuple(safe, safe), { minLength: 1, maxLength: 5 }), (pairs) => {
				const rows = pairs.map(([a, b]) => ({ a, b }));
				const parsed = parseCsv(toCsv(['a', 'b'], rows));
				expect(parsed.header).toEqual(['a', 'b']);
				// parseCsv drops blank records; a row of two empty cells is ",", not blank.
				expect(parsed.records.map((r) => r.fields)).toEqual(rows.map((r) => [r.a, r.b]));
			})
		);
	});
});
