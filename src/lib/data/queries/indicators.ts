import type { Value } from '../db/database';

/** Datasets the broadening indicators read. */
export const INDICATOR_TABLES = ['participation_breakdown', 'meetings'] as const;

export const INDICATORS = ['countries represented', 'first-time participants', 'members of parliament'] as const;
export type Indicator = (typeof INDICATORS)[number];

/** One published indicator of broader participation (IV.4) for one meeting. */
export interface IndicatorRow {
	[key: string]: Value;
	year: number;
	indicator: Indicator;
	value: number;
	/** count, percent_of_participants, percent_of_registered_approx… as published. */
	unit: string;
	qualifier: string | null;
	/** Who relayed a secondary figure; null otherwise. */
	relayed_by: string | null;
	note: string | null;
	source_url: string;
}

/**
 * Countries represented (meetings.countries), first-time participants and members of parliament
 * (participation_breakdown), as published; years without a figure have no row.
 */
export function indicatorsQuery(): string {
	return `SELECT year, 'countries represented' AS indicator, CAST(countries AS DOUBLE) AS value, 'count' AS unit,
	countries_qualifier AS qualifier, countries_relayed_by AS relayed_by, NULL AS note, source_url
FROM meetings WHERE countries IS NOT NULL
UNION ALL
SELECT year, CASE dimension WHEN 'first_time' THEN 'first-time participants' ELSE 'members of parliament' END,
	count_or_share, unit, value_qualifier, NULL, note, source_url
FROM participation_breakdown
WHERE (dimension = 'first_time' AND category = 'first-time participants')
	OR (dimension = 'parliamentarians' AND category = 'members of parliament')
ORDER BY indicator, year`;
}
