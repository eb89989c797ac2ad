import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv';

describe('parseCsv', () => {
	it('reads header and records with their starting line', () => {
		const csv = parseCsv('a,b\n1,2\n3,4\n');
		expect(csv.header).toEqual(['a', 'b']);
		expect(csv.records).toEqual([
			{ line: 2, fields: ['1', '2'] },
			{ line: 3, fields: ['3', '4'] }
		]);
		expect(csv.issues).toEqual([]);
	});

	it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
		const csv = parseCsv('a,b\n"x, y","say ""hi"""\n"two\nlines",z\nlast,row');
		expect(csv.records.map((r) => r.fields)).toEqual([
			['x, y', 'say "hi"'],
			['two\nlines', 'z'],
			['last', 'row']
		]);
		// the record after a two-line field starts on line 5
		expect(csv.records.map((r) => r.line)).toEqual([2, 3, 5]);
	});

	it('handles CRLF, a BOM, empty fields and a missing final newline', () => {
		const csv = parseCsv('\uFEFFa,b,c\r\n,,\r\n"",x,\r\n');
		expect(csv.header).toEqual(['a', 'b', 'c']);
		expect(csv.records.map((r) => r.fields)).toEqual([
			['', '', ''],
			['', 'x', '']
		]);
	});

	it('skips blank lines but counts them', () => {
		const csv = parseCsv('a\n1\n\n2\n');
		expect(csv.records).toEqual([
			{ line: 2, fields: ['1'] },
			{ line: 4, fields: ['2'] }
		]);
	});

	it('reports an unterminated quote at the line where it opened', () => {
		const csv = parseCsv('a,b\n1,"open\nstill open');
		expect(csv.issues).toEqual([{ line: 2, column: 2, finding: { code: 'unterminated_quote' } }]);
	});

	it('reports stray quotes and text after a closing quote', () => {
		const csv = parseCsv('a,b\n1,ab"c\n"x"y,2');
		expect(csv.issues.map((i) => [i.line, i.column])).toEqual([
			[2, 2],
			[3, 1]
		]);
	});
});
