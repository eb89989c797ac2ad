import type { DatasetSpec } from '../schema';
import { confidence, money, note, sourceUrl } from './shared-columns';

export const DONOR_TYPES = ['government', 'intergovernmental', 'private_sector', 'technical_community', 'civil_society', 'association'] as const;

export const contributions: DatasetSpec = {
	name: 'contributions',
	title: 'Financial contributions',
	description:
		'Money flows found in public sources (donor → recipient), including flows through the IGF Support Association: summing all rows double-counts. Ready for the Trust Fund ledger (same schema).',
	source: 'contributions.csv',
	// A row's identity across releases: every other field may be corrected (the changelog shows it changed).
	key: ['flow_id'],
	columns: [
		{ name: 'year', type: 'INTEGER', description: 'Year of the flow; empty when undated or spanning years (see note)' },
		{ name: 'donor', type: 'VARCHAR', required: true, description: 'Donor as named in the source' },
		{ name: 'donor_type', type: 'VARCHAR', required: true, allowed: DONOR_TYPES, description: 'Donor type as recorded' },
		...money,
		{ name: 'recipient', type: 'VARCHAR', required: true, description: 'Where the money went (Trust Fund, Secretariat, IGFSA, NRIs, fellowships…)' },
		confidence,
		note,
		sourceUrl,
		{
			name: 'flow_id',
			type: 'VARCHAR',
			required: true,
			optional: true,
			description: 'Stable id of the row across data releases (F001…; a new row takes the next, none is reused); a ledger may leave the column out'
		},
		{
			name: 'canonical_donor_type',
			type: 'VARCHAR',
			derived: true,
			harmonise: { from: 'donor_type', vocabulary: 'donor_type' },
			description: 'Stakeholder group of the donor from category_map.csv; null for the multistakeholder IGFSA'
		},
		{
			name: 'derived',
			type: 'BOOLEAN',
			derived: true,
			compute: (r) => /^DERIVED\b/.test(String(r.note ?? '')),
			description: 'True when the amount was computed by the compilers (note starts with "DERIVED:"), not stated by the source'
		}
	]
};
