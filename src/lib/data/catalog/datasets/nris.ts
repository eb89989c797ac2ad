import type { DatasetSpec, TypedRow } from '../schema';

/** The published qualifier is free text ("lower bound ('more than 137')"): its leading words give the class. */
function qualifierClass(row: TypedRow): string | null {
	const text = String(row.qualifier ?? '').toLowerCase();
	if (text.startsWith('exact')) return 'exact';
	if (text.startsWith('lower bound')) return 'lower bound';
	if (text.startsWith('approx')) return 'approximate';
	return null;
}

export const nris: DatasetSpec = {
	name: 'nris',
	title: 'National, regional and youth IGF initiatives',
	description: 'Published counts of recognised NRIs over time.',
	source: 'nris.csv',
	key: ['year', 'as_of'],
	columns: [
		{ name: 'year', type: 'INTEGER', required: true, description: 'Year of the count' },
		{ name: 'as_of', type: 'VARCHAR', description: 'Date or year the count refers to (precision varies)' },
		{ name: 'count', type: 'INTEGER', required: true, description: 'Number of initiatives' },
		{ name: 'qualifier', type: 'VARCHAR', required: true, description: 'How sure the count is, as written' },
		{ name: 'breakdown', type: 'VARCHAR', description: 'Breakdown by type when given' },
		{ name: 'context', type: 'VARCHAR', description: 'Where the count was stated' },
		{ name: 'source_url', type: 'VARCHAR', required: true, description: 'Address(es), several separated by " | "' },
		{
			name: 'count_qualifier',
			type: 'VARCHAR',
			derived: true,
			confidence: true,
			compute: qualifierClass,
			description: 'exact, lower bound or approximate (from qualifier)'
		}
	]
};
