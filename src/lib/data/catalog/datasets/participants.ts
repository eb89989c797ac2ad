import type { DatasetSpec } from '../schema';
import { GENDERS, STAKEHOLDER_GROUPS, UN_REGIONAL_GROUPS } from '../vocabularies';

/** Generated participant records (scripts/synthesize.ts); every row is synthetic, never a real person. */
export const participants: DatasetSpec = {
	name: 'participants',
	title: 'Synthetic IGF participants (generated, not real records)',
	description:
		'Seeded synthetic participant records, one row per participant per IGF meeting, 2006–2025. Rows per year are proportional to published attendance (meetings.csv); per-year shares of region, stakeholder group, gender and first-time participation follow the published breakdowns (participation_breakdown.csv) where they exist and documented defaults elsewhere; the onsite share follows the figures each meeting publishes (onsite over online, total or registrations in meetings.csv), with no online rows for an in-person meeting and no onsite rows for an online one (see participants.targets.json, listed year by year on /data). Joint distributions are fitted by iterative proportional fitting; countries are drawn within their UN regional group, with the host country over-weighted in its year. For benchmarks and demonstrations only: no row describes a real person.',
	source: 'participants.csv',
	key: ['participant_id'],
	synthetic: true,
	rowLevel: true,
	columns: [
		{ name: 'participant_id', type: 'INTEGER', required: true, description: 'Row number, 1..N, in year order.' },
		{ name: 'year', type: 'INTEGER', required: true, description: 'Year of the IGF meeting attended.' },
		{ name: 'country_iso3', type: 'VARCHAR', required: true, description: 'Country of the participant (ISO alpha-3; see countries).' },
		{
			name: 'un_regional_group',
			type: 'VARCHAR',
			required: true,
			allowed: UN_REGIONAL_GROUPS,
			description: 'UN regional group of the country, as in countries.csv.'
		},
		{
			name: 'stakeholder_group',
			type: 'VARCHAR',
			required: true,
			allowed: STAKEHOLDER_GROUPS,
			description: 'Stakeholder group (published labels harmonised by data/sources/synthetic_targets_map.csv).'
		},
		{
			name: 'gender',
			type: 'VARCHAR',
			required: true,
			allowed: GENDERS,
			description: 'Gender as a participant would self-report it.'
		},
		{ name: 'mode', type: 'VARCHAR', required: true, allowed: ['onsite', 'online'], description: 'Attended onsite or online.' },
		{ name: 'first_time', type: 'BOOLEAN', required: true, description: 'First IGF meeting attended.' },
		{
			name: 'developing_country',
			type: 'BOOLEAN',
			required: true,
			description: 'The country is developing (countries.developing, M49 convention).'
		},
		{ name: 'synthetic', type: 'BOOLEAN', required: true, description: 'Always true: the row is generated.' }
	]
};
