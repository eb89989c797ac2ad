import { describe, expect, it } from 'vitest';
import { chartCsv, csvFields, type ChartColumn } from './chart-columns';

interface Row extends Record<string, unknown> {
	year: number;
	value: number | null;
	qualifier: string | null;
	donor: string;
}

const columns: ChartColumn<Row>[] = [
	{ key: 'year', label: 'Année', unit: 'year', meaning: 'Year' },
	{ key: 'donor', label: 'Donateur', unit: null, meaning: 'Donor', format: (r) => r.donor.toUpperCase() },
	{
		key: 'value',
		label: 'Montant',
		unit: 'USD',
		meaning: 'Money',
		numeric: true,
		format: (r) => `about ${r.value}`,
		also: [{ key: 'qualifier', unit: null, meaning: 'Confidence', value: (r) => r.qualifier }]
	},
	{ key: 'twice', label: 'Double', unit: 'USD', meaning: 'Twice', value: (r) => (r.value == null ? null : r.value * 2) }
];
const rows: Row[] = [
	{ year: 2019, donor: 'Ministry, Berlin', value: 1250.5, qualifier: 'approximate' },
	{ year: 2020, donor: '=HYPERLINK("x")', value: null, qualifier: null }
];

describe('csvFields', () => {
	it('lists each column, then the fields its cell folds in, with units and meanings', () => {
		expect(csvFields(columns).map((f) => [f.key, f.unit, f.meaning])).toEqual([
			['year', 'year', 'Year'],
			['donor', null, 'Donor'],
			['value', 'USD', 'Money'],
			['qualifier', null, 'Confidence'],
			['twice', 'USD', 'Twice']
		]);
	});
});

describe('chartCsv', () => {
	it('writes the raw values under machine-readable names, never the cells’ text or labels', () => {
		expect(chartCsv(columns, rows)).toBe(
			'year,donor,value,qualifier,twice\r\n' +
				'2019,"Ministry, Berlin",1250.5,approximate,2501\r\n' +
				// No figure is an empty field, not "—" or 0; a formula-like name is neutralised.
				`2020,"'=HYPERLINK(""x"")",,,\r\n`
		);
	});

	it('writes only the header when there are no rows', () => {
		expect(chartCsv(columns, [])).toBe('year,donor,value,qualifier,twice\r\n');
	});
});
