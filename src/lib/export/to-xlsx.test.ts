import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { readXlsxSheet } from '../../../tests/unit/read-xlsx';
import { columnName } from '$lib/data/catalog/cell-ref';
import { toXlsx } from './to-xlsx';

describe('toXlsx', () => {
	const columns = ['year', 'donor', 'amount', 'earmarked'];
	const rows = [
		{ year: 2012, donor: 'Finland, Ministry <for> "Foreign" Affairs & Co', amount: 150000.5, earmarked: true },
		{ year: 2013, donor: '=HYPERLINK("http://evil")', amount: null, earmarked: false },
		{ year: 2014, donor: 'line\nbreak\u0007bell', amount: -5, earmarked: null }
	];

	it('reads back the same header and values, typed', () => {
		const sheet = readXlsxSheet(toXlsx(columns, rows));
		expect(sheet[0]).toEqual(columns);
		expect(sheet.slice(1)).toEqual([
			[2012, rows[0].donor, 150000.5, true],
			[2013, '=HYPERLINK("http://evil")', null, false],
			[2014, 'line\nbreakbell', -5]
		]);
	});

	it('keeps formula-like text as text: no cell of the workbook is a formula', () => {
		const files = unzipSync(toXlsx(columns, rows));
		for (const [name, bytes] of Object.entries(files)) expect(strFromU8(bytes), name).not.toMatch(/<f[ >]/);
	});

	it('is a workbook with a data sheet and an about sheet holding the provenance', () => {
		const bytes = toXlsx(columns, rows, { 'igf_metrics.dataset': 'contributions' });
		const files = unzipSync(bytes);
		expect(Object.keys(files).sort()).toEqual([
			'[Content_Types].xml',
			'_rels/.rels',
			'xl/_rels/workbook.xml.rels',
			'xl/workbook.xml',
			'xl/worksheets/sheet1.xml',
			'xl/worksheets/sheet2.xml'
		]);
		expect(strFromU8(files['xl/workbook.xml'])).toMatch(/<sheet name="data".*<sheet name="about"/);
		expect(readXlsxSheet(bytes, 2)).toEqual([
			['key', 'value'],
			['igf_metrics.dataset', 'contributions']
		]);
	});

	it('follows the provenance with the README, a line a row, so the about sheet reads in the reader’s language', () => {
		const bytes = toXlsx(columns, rows, { 'igf_metrics.dataset': 'contributions' }, 'Файл: x.xlsx\n\nИсточники:\n');
		expect(readXlsxSheet(bytes, 2)).toEqual([
			['key', 'value'],
			['igf_metrics.dataset', 'contributions'],
			[],
			['Файл: x.xlsx'],
			[],
			['Источники:']
		]);
	});

	it('names columns past Z', () => {
		expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
		const wide = Array.from({ length: 30 }, (_, i) => `c${i}`);
		const row = Object.fromEntries(wide.map((c, i) => [c, i]));
		expect(readXlsxSheet(toXlsx(wide, [row]))[1]).toEqual(wide.map((_, i) => i));
	});
});
