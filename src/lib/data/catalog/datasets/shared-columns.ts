import type { ColumnSpec, TypedRow } from '../schema';
import { CONFIDENCE } from '../vocabularies';

export const sourceUrl: ColumnSpec = {
	name: 'source_url',
	type: 'VARCHAR',
	required: true,
	description: 'Address(es) the row was read from; several are separated by " | "'
};

export const note: ColumnSpec = { name: 'note', type: 'VARCHAR', description: 'What the source says, caveats' };

export const confidence: ColumnSpec = {
	name: 'confidence',
	type: 'VARCHAR',
	required: true,
	allowed: CONFIDENCE,
	confidence: true,
	description: 'How sure the figure is: exact, lower bound, approximate, secondary, pledge or decision'
};

/** Money as published plus its USD value (never converted by the build). */
export const money: ColumnSpec[] = [
	{ name: 'amount', type: 'DOUBLE', description: 'Amount in the published currency' },
	{ name: 'currency', type: 'VARCHAR', description: 'Published currency (ISO code, or as stated)' },
	{ name: 'amount_usd', type: 'DOUBLE', description: 'USD value as given by the source (or by the note), not converted here' }
];

/** `year` may be a period "2014-2015": it is kept as published and split into two derived integer columns. */
function periodBound(row: TypedRow, end: 0 | 1): number | null {
	const m = /^(\d{4})(?:-(\d{4}))?$/.exec(String(row.year ?? ''));
	return m ? Number(m[1 + end] ?? m[1]) : null;
}

export const period: ColumnSpec[] = [
	{
		name: 'year',
		type: 'VARCHAR',
		required: true,
		pattern: /^\d{4}(-\d{4})?$/,
		description: 'Year or period (YYYY or YYYY-YYYY) as published'
	},
	{ name: 'year_from', type: 'INTEGER', derived: true, compute: (r) => periodBound(r, 0), description: 'First year of the period' },
	{ name: 'year_to', type: 'INTEGER', derived: true, compute: (r) => periodBound(r, 1), description: 'Last year of the period' }
];
