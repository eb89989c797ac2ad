import type { Value } from '../db/database';
import { literal } from '../sql/sql';

/** Datasets the composition queries read. */
export const COMPOSITION_TABLES = ['participation_breakdown', 'meetings'] as const;

/** Published breakdowns that are harmonised with a canonical vocabulary. */
export type CompositionDimension = 'stakeholder_group' | 'region' | 'gender';

/** One published breakdown figure with its harmonised category and the meeting's host region. */
export interface CompositionRow {
	[key: string]: Value;
	year: number;
	/** The label as published. */
	category: string;
	/** Canonical category from category_map.csv; null for combined, partial or non-harmonised labels. */
	canonical_category: string | null;
	value: number;
	/** Published unit (percent_of_participants, count, …). */
	unit: string;
	/** count or percent. */
	value_kind: string | null;
	value_qualifier: string | null;
	note: string | null;
	source_url: string;
	host_region: string | null;
}

/**
 * Published breakdown of participants along one dimension (only the dimension itself, not
 * third-party or partial lists such as `stakeholder_group_registrations_thirdparty`), as published.
 */
export function compositionQuery(dimension: CompositionDimension): string {
	return `SELECT b.year, b.category, b.canonical_category, b.count_or_share AS value, b.unit, b.value_kind,
	b.value_qualifier, b.note, b.source_url, m.host_region
FROM participation_breakdown b LEFT JOIN meetings m ON m.year = b.year
WHERE b.dimension = ${literal(dimension)}
ORDER BY b.year, b.value_kind DESC, b.count_or_share DESC, b.category`;
}
