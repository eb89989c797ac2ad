import type { Value } from '../db/database';
import { disclosureCoverageQuery, flowsCte, INTERMEDIARY } from './funding';
import { literal } from '../sql/sql';

/** Datasets the overview scorecard reads. */
export const SCORECARD_TABLES = ['recommendations', 'contributions', 'meetings', 'host_costs', 'expenditures', 'funding_totals', 'nris'] as const;

export interface RecommendationRow {
	[key: string]: Value;
	id: string;
	area_id: string;
	area: string;
	text: string;
	source: string;
}

/** The CSTD WG recommendations this dashboard evidences, with their texts as stored in recommendations.csv. */
export function coveredRecommendationsQuery(): string {
	// "same as I.1" in the source column points at another row's citation: resolve it.
	return `SELECT r.id, r.area_id, r.area, r.text,
	COALESCE((SELECT s.source FROM recommendations s WHERE r.source LIKE 'same as %' AND s.id = TRIM(SUBSTR(r.source, 9))), r.source) AS source
FROM recommendations r WHERE r.covered_by_dashboard ORDER BY r.area_id, r.id`;
}

/** One indicator on the scorecard: what it measures and where its charts are. */
export interface IndicatorSpec {
	key: string;
	recommendation: string;
	label: string;
	unit: 'usd' | 'count' | 'of5';
	/** Route and chart id of the evidence. */
	href: string;
}

export const INDICATORS: IndicatorSpec[] = [
	{ key: 'money', recommendation: 'III.1', label: 'Money reaching IGF bodies in public sources (USD, received)', unit: 'usd', href: '/funding#contributions-over-time' },
	{ key: 'donors', recommendation: 'III.1', label: 'Donors named in public sources', unit: 'count', href: '/funding#donors-ranked' },
	{ key: 'disclosure', recommendation: 'III.2', label: 'Parts of the money publicly documented (of 5)', unit: 'of5', href: '/funding#disclosure-coverage' },
	{ key: 'host_costs', recommendation: 'III.3', label: 'Published figures on host-country costs or in-kind support (each allocation once)', unit: 'count', href: '/funding#host-support' },
	{ key: 'countries', recommendation: 'IV.1', label: 'Countries represented at the annual IGF', unit: 'count', href: '/participation#first-time-and-countries' },
	{ key: 'onsite', recommendation: 'IV.2', label: 'Onsite participants', unit: 'count', href: '/participation#participants-per-year' },
	{ key: 'online', recommendation: 'IV.3', label: 'Online participants', unit: 'count', href: '/participation#participants-per-year' },
	{ key: 'nris', recommendation: 'IV.4', label: 'National, regional and youth IGF initiatives', unit: 'count', href: '/participation#nris-over-time' }
];

export interface IndicatorPoint {
	[key: string]: Value;
	indicator: string;
	year: number;
	/** Null = nothing published that year (a gap). */
	value: number | null;
	qualifier: string | null;
	/** Who relayed a secondary figure; null otherwise. */
	relayed_by: string | null;
}

/** Every indicator's yearly values, one row per indicator × IGF year (2006–latest), gaps as NULL. */
export function indicatorSeriesQuery(): string {
	const coverage = disclosureCoverageQuery('TRUE');
	return `WITH ${flowsCte('usd')},
years AS (SELECT year FROM meetings),
money AS (SELECT year, SUM(value) AS v FROM flows WHERE status = 'received' AND recipient_group <> ${literal(INTERMEDIARY)} AND year IS NOT NULL GROUP BY year),
donors AS (SELECT year, COUNT(DISTINCT donor) AS v FROM flows WHERE year IS NOT NULL GROUP BY year),
coverage AS (${coverage}),
nri AS (SELECT year, MAX(count) AS v, ARG_MAX(qualifier, count) AS q FROM nris GROUP BY year)
SELECT 'money' AS indicator, y.year, m.v AS value, NULL AS qualifier, NULL AS relayed_by FROM years y LEFT JOIN money m USING (year)
UNION ALL SELECT 'donors', y.year, d.v, NULL, NULL FROM years y LEFT JOIN donors d USING (year)
UNION ALL SELECT 'disclosure', year, (donor_list > 0)::INT + (amounts > 0)::INT + (totals > 0)::INT + (expenditure > 0)::INT + (host_costs > 0)::INT, NULL, NULL FROM coverage
UNION ALL SELECT 'host_costs', year, NULLIF(host_costs, 0), NULL, NULL FROM coverage
UNION ALL SELECT 'countries', year, countries, countries_qualifier, countries_relayed_by FROM meetings
UNION ALL SELECT 'onsite', year, onsite, onsite_qualifier, onsite_relayed_by FROM meetings
UNION ALL SELECT 'online', year, online, online_qualifier, online_relayed_by FROM meetings
UNION ALL SELECT 'nris', y.year, n.v, n.q, NULL FROM years y LEFT JOIN nri n USING (year)
ORDER BY indicator, year`;
}
