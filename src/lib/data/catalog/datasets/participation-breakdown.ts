import type { DatasetSpec } from '../schema';
import { note, sourceUrl } from './shared-columns';

type Kind = 'count' | 'percent' | 'sessions' | 'years';
type Qualifier = 'exact' | 'lower bound' | 'upper bound' | 'approximate';

/** Basis of each published unit: what kind of figure, a share of whom, and how sure. */
const UNITS: Record<string, { kind: Kind; share_of: string | null; qualifier: Qualifier }> = {
	count: { kind: 'count', share_of: null, qualifier: 'exact' },
	count_lower_bound: { kind: 'count', share_of: null, qualifier: 'lower bound' },
	count_approx: { kind: 'count', share_of: null, qualifier: 'approximate' },
	sessions: { kind: 'sessions', share_of: null, qualifier: 'exact' },
	sessions_lower_bound: { kind: 'sessions', share_of: null, qualifier: 'lower bound' },
	years: { kind: 'years', share_of: null, qualifier: 'exact' },
	percent_of_participants: { kind: 'percent', share_of: 'participants', qualifier: 'exact' },
	percent_of_participants_approx: { kind: 'percent', share_of: 'participants', qualifier: 'approximate' },
	percent_upper_bound: { kind: 'percent', share_of: 'participants', qualifier: 'upper bound' },
	percent_of_registered_approx: { kind: 'percent', share_of: 'registered participants', qualifier: 'approximate' },
	percent_of_moderators: { kind: 'percent', share_of: 'moderators', qualifier: 'exact' },
	percent_of_session_organisers: { kind: 'percent', share_of: 'session organisers', qualifier: 'exact' }
};

/** Which category-map vocabulary a published dimension is harmonised with; other dimensions (programme…) are not. */
function vocabularyOfDimension(dimension: string): string | null {
	if (/^(stakeholder_group|session_organiser_stakeholder)/.test(dimension)) return 'stakeholder_group';
	if (/^(region|session_organiser_region)/.test(dimension)) return 'region';
	if (/^gender/.test(dimension)) return 'gender';
	return null;
}

const unitOf = (unit: unknown) => UNITS[String(unit)] ?? null;

export const participationBreakdown: DatasetSpec = {
	name: 'participation_breakdown',
	title: 'Participation breakdowns',
	description:
		'Published breakdowns of participants (stakeholder group, region, gender, first-time…) and programme counts, one published figure per row. Percent and count rows are never converted into each other.',
	source: 'participation_breakdown.csv',
	key: ['year', 'dimension', 'category', 'unit'],
	shareCheck: {
		value: 'count_or_share',
		unit: 'unit',
		isShare: (unit) => unitOf(unit)?.kind === 'percent',
		groupBy: ['year', 'dimension'],
		min: 90,
		max: 110
	},
	columns: [
		{ name: 'year', type: 'INTEGER', required: true, description: 'Year of the meeting' },
		{ name: 'dimension', type: 'VARCHAR', required: true, description: 'What is broken down (stakeholder_group, region, gender, programme…), with its basis when it differs' },
		{ name: 'category', type: 'VARCHAR', required: true, description: 'Category label as published' },
		{ name: 'count_or_share', type: 'DOUBLE', required: true, description: 'The figure: a count or a percentage, see unit' },
		{ name: 'unit', type: 'VARCHAR', required: true, allowed: Object.keys(UNITS), description: 'Basis of the figure (count, percent_of_participants, count_lower_bound…)' },
		note,
		sourceUrl,
		{
			name: 'canonical_category',
			type: 'VARCHAR',
			derived: true,
			harmonise: { from: 'category', vocabulary: (r) => vocabularyOfDimension(String(r.dimension)) },
			description: 'Canonical category from data/sources/category_map.csv (UN regional group, stakeholder group or gender); null for combined, partial or non-harmonised labels'
		},
		{ name: 'value_kind', type: 'VARCHAR', derived: true, compute: (r) => unitOf(r.unit)?.kind ?? null, description: 'count, percent, sessions or years (from unit)' },
		{ name: 'share_of', type: 'VARCHAR', derived: true, compute: (r) => unitOf(r.unit)?.share_of ?? null, description: 'For percentages: the base (participants, moderators…)' },
		{ name: 'value_qualifier', type: 'VARCHAR', derived: true, confidence: true, compute: (r) => unitOf(r.unit)?.qualifier ?? null, description: 'exact, lower bound, upper bound or approximate (from unit)' }
	]
};
