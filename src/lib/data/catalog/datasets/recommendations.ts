import type { DatasetSpec } from '../schema';

export const recommendations: DatasetSpec = {
	name: 'recommendations',
	title: 'CSTD recommendations on IGF improvements',
	description: 'Recommendations of the CSTD Working Group on Improvements to the IGF, grouped as in the seed presentation, and whether the dashboard covers them.',
	source: 'recommendations.csv',
	key: ['id'],
	sourceColumn: 'source',
	sources: ['CSTD Working Group on Improvements to the IGF, report A/67/65 (presented to the CSTD 15th session, May 2012)'],
	columns: [
		{ name: 'id', type: 'VARCHAR', required: true, description: 'Recommendation id, e.g. III.1' },
		{ name: 'area_id', type: 'VARCHAR', required: true, description: 'Area (roman numeral)' },
		{ name: 'area', type: 'VARCHAR', required: true, description: 'Area title' },
		{ name: 'text', type: 'VARCHAR', required: true, description: 'Recommendation' },
		{ name: 'covered_by_dashboard', type: 'BOOLEAN', required: true, description: 'Whether this dashboard addresses it' },
		{ name: 'source', type: 'VARCHAR', required: true, description: 'Citation ("same as I.1" repeats the first)' }
	]
};
