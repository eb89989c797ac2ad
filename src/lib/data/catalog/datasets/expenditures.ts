import type { DatasetSpec } from '../schema';
import { confidence, money, note, period, sourceUrl } from './shared-columns';

export const expenditures: DatasetSpec = {
	name: 'expenditures',
	title: 'Published spending figures',
	description: 'Spending figures found in public sources: grants to national and regional initiatives, travel support, IGFSA spending; grant ceilings are caps, not spend.',
	source: 'expenditures.csv',
	key: ['year', 'category'],
	columns: [
		...period,
		{ name: 'category', type: 'VARCHAR', required: true, description: 'What was spent on, as described' },
		...money,
		confidence,
		note,
		sourceUrl
	]
};
