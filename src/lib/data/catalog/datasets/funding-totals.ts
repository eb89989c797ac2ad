import type { DatasetSpec } from '../schema';
import { confidence, money, note, sourceUrl } from './shared-columns';

export const fundingTotals: DatasetSpec = {
	name: 'funding_totals',
	title: 'Published funding totals',
	description: 'Totals of money raised or spent in a year, as published (only 2012, second-hand, so far).',
	source: 'funding_totals.csv',
	key: ['year', 'measure'],
	columns: [
		{ name: 'year', type: 'INTEGER', required: true, description: 'Year' },
		{ name: 'measure', type: 'VARCHAR', required: true, description: 'What the total measures' },
		...money,
		confidence,
		note,
		sourceUrl
	]
};
