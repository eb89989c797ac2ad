import type { Value } from '../db/database';
import { and, literal } from '../sql/sql';

/** Datasets the funding queries read. */
export const FUNDING_TABLES = ['contributions', 'meetings', 'host_costs', 'expenditures', 'funding_totals'] as const;

/** How money is shown: USD as the source gives it, or the published currency (only USD-denominated rows plotted). */
export const CURRENCY_BASES = ['usd', 'original'] as const;
export type CurrencyBasis = (typeof CURRENCY_BASES)[number];

export const INTERMEDIARY = 'IGF Support Association';
export const TRUST_FUND = 'Trust Fund';
export const RECIPIENT_GROUPS = [
	TRUST_FUND,
	'Secretariat (UN DESA)',
	'Fellowships',
	'National and regional initiatives',
	INTERMEDIARY,
	'Host organising committee',
	'IGF (channel not stated)'
] as const;

/** Free-text recipients → the groups a donor asks about; order matters ("not the Trust Fund" first). */
const RECIPIENT_GROUP_SQL = `CASE
	WHEN recipient ILIKE '%fellowship%' THEN 'Fellowships'
	WHEN recipient ILIKE '%not%trust fund%' AND recipient ILIKE '%host%' THEN 'Host organising committee'
	WHEN recipient ILIKE '%not%trust fund%' THEN 'IGF (channel not stated)'
	WHEN recipient ILIKE '%trust fund%' THEN '${TRUST_FUND}'
	WHEN recipient ILIKE '%NRI%' OR recipient ILIKE '%national and regional%' THEN 'National and regional initiatives'
	WHEN recipient ILIKE '%support association%' OR recipient ILIKE '%IGFSA%' THEN '${INTERMEDIARY}'
	WHEN recipient ILIKE '%secretariat%' OR recipient ILIKE '%DESA%' THEN 'Secretariat (UN DESA)'
	WHEN recipient ILIKE '%host%' THEN 'Host organising committee'
	ELSE 'IGF (channel not stated)' END`;

/** The value plotted under a currency basis: null means "not plotted", never zero. */
function valueExpression(basis: CurrencyBasis): string {
	return basis === 'usd' ? 'amount_usd' : `CASE WHEN currency = 'USD' THEN amount END`;
}

/**
 * Whether money is confirmed: `received` (the source says it was given or spent), `pledged` (promised) or
 * `decided` (a body approved or reserved it). Only `received` is ever counted as received.
 */
export const FLOW_STATUSES = ['received', 'pledged', 'decided'] as const;
export type FlowStatus = (typeof FLOW_STATUSES)[number];

/** Every contribution row with its recipient group, status and earmarking; filters apply to these columns. */
export function flowsCte(basis: CurrencyBasis): string {
	return `flows AS (SELECT year, donor, donor_type, amount, currency, amount_usd, recipient, confidence, note, source_url, derived,
	${RECIPIENT_GROUP_SQL} AS recipient_group,
	CASE confidence WHEN 'pledge' THEN 'pledged' WHEN 'decision' THEN 'decided' ELSE 'received' END AS status,
	-- An empty note makes the OR NULL, not false: a second "not earmarked" group beside the false one.
	COALESCE(recipient ILIKE '%earmark%' OR recipient ILIKE '%fellowship%' OR recipient ILIKE '%accessibility fund%'
		OR note ILIKE '%earmarked%' OR note ILIKE '%exclusively%', FALSE) AS earmarked,
	CAST(${valueExpression(basis)} AS DOUBLE) AS value
	FROM contributions)`;
}

/** Money reaching IGF bodies: flows into the intermediary are left out (counted once, when it passes them on). */
const ONCE = `recipient_group <> ${literal(INTERMEDIARY)}`;

export interface FundingFilter {
	/** Crossfilter predicate over flows columns (year, donor_type, recipient_group). */
	where: string;
	basis: CurrencyBasis;
}

export interface YearTypeRow {
	[key: string]: Value;
	year: number;
	donor_type: string;
	status: FlowStatus;
	/** Relayed by a third party (news, mailing list), not the donor, the IGF or the UN: drawn apart. */
	secondary: boolean;
	value: number | null;
	flows: number;
	/** Flows with no figure under this basis (listed, not plotted). */
	unvalued: number;
	/** Source addresses, " | "-separated. */
	sources: string;
}

/** View 1: money reaching IGF bodies per year × donor type × status (received, pledged, decided) × secondary. */
export function contributionsByYearQuery({ where, basis }: FundingFilter): string {
	return `WITH ${flowsCte(basis)}
SELECT year, donor_type, status, confidence = 'secondary' AS secondary, SUM(value) AS value, COUNT(*) AS flows,
	COUNT(*) - COUNT(value) AS unvalued, STRING_AGG(DISTINCT source_url, ' | ') AS sources
FROM flows WHERE year IS NOT NULL AND ${ONCE} AND ${and([where])}
GROUP BY ALL ORDER BY year, donor_type, status, secondary`;
}

export interface DonorTotalRow {
	[key: string]: Value;
	donor: string;
	donor_type: string;
	received: number | null;
	/** Pledged or decided: not confirmed as paid. */
	pledged: number | null;
	flows: number;
	years: string;
	currencies: string;
	/** Source addresses, " | "-separated. */
	sources: string;
}

/** View 2: every donor ranked by what it gave (received and pledged apart), with the years it gave. */
export function donorTotalsQuery({ where, basis }: FundingFilter): string {
	return `WITH ${flowsCte(basis)}
SELECT donor, ANY_VALUE(donor_type) AS donor_type,
	SUM(value) FILTER (WHERE status = 'received') AS received, SUM(value) FILTER (WHERE status <> 'received') AS pledged,
	COUNT(*) AS flows,
	COALESCE(STRING_AGG(DISTINCT CAST(year AS VARCHAR), ', ' ORDER BY CAST(year AS VARCHAR)), '') AS years,
	STRING_AGG(DISTINCT COALESCE(currency, 'unstated'), ', ' ORDER BY COALESCE(currency, 'unstated')) AS currencies,
	STRING_AGG(DISTINCT source_url, ' | ') AS sources
FROM flows WHERE ${and([where])}
GROUP BY donor ORDER BY COALESCE(received, 0) DESC, COALESCE(pledged, 0) DESC, donor`;
}

export interface FlowRow {
	[key: string]: Value;
	year: number | null;
	donor: string;
	donor_type: string;
	amount: number | null;
	currency: string | null;
	amount_usd: number | null;
	recipient: string;
	recipient_group: string;
	confidence: string;
	status: FlowStatus;
	earmarked: boolean;
	derived: boolean;
	value: number | null;
	note: string | null;
	source_url: string;
}

/** The rows behind any view (a donor's contributions, tables): published columns plus the derived groups. */
export function flowRowsQuery({ where, basis }: FundingFilter, donor?: string): string {
	const only = donor == null ? null : `donor = ${literal(donor)}`;
	return `WITH ${flowsCte(basis)}
SELECT year, donor, donor_type, amount, currency, amount_usd, recipient, recipient_group, confidence, status, earmarked, derived, value, note, source_url
FROM flows WHERE ${and([where, only])} ORDER BY year NULLS LAST, donor, recipient`;
}

export interface YearDonorRow {
	[key: string]: Value;
	year: number;
	donor: string;
	value: number;
	/** Source addresses, " | "-separated. */
	sources: string;
}

/** View 3 input: per year and donor, the money reaching IGF bodies (received, valued). */
export function donorSharesQuery({ where, basis }: FundingFilter): string {
	return `WITH ${flowsCte(basis)}
SELECT year, donor, SUM(value) AS value, STRING_AGG(DISTINCT source_url, ' | ') AS sources FROM flows
WHERE year IS NOT NULL AND value IS NOT NULL AND status = 'received' AND ${ONCE} AND ${and([where])}
GROUP BY year, donor ORDER BY year, value DESC, donor`;
}

export interface RecipientRow {
	[key: string]: Value;
	recipient_group: string;
	earmarked: boolean;
	status: FlowStatus;
	value: number | null;
	flows: number;
	/** Source addresses, " | "-separated. */
	sources: string;
}

/** View 4: by recipient group, earmarked or not, pledged or received (the intermediary's inflows included, marked). */
export function recipientsQuery({ where, basis }: FundingFilter): string {
	return `WITH ${flowsCte(basis)}
SELECT recipient_group, earmarked, status, SUM(value) AS value, COUNT(*) AS flows, STRING_AGG(DISTINCT source_url, ' | ') AS sources
FROM flows WHERE ${and([where])} GROUP BY recipient_group, earmarked, status ORDER BY recipient_group, earmarked, status`;
}

export interface FlowLinkRow {
	[key: string]: Value;
	source: string;
	target: string;
	value: number;
	/** Pledged or decided: not confirmed as paid. */
	pledged: number;
	flows: number;
	/** Source addresses, " | "-separated. */
	sources: string;
}

/** View 6: donor → intermediary → recipient links, summed; a link's value counts received and pledged apart. */
export function flowLinksQuery({ where, basis }: FundingFilter): string {
	return `WITH ${flowsCte(basis)}
SELECT CASE WHEN donor_type = 'association' AND recipient_group <> ${literal(INTERMEDIARY)} THEN ${literal(INTERMEDIARY)} ELSE donor END AS source,
	recipient_group AS target,
	COALESCE(SUM(value) FILTER (WHERE status = 'received'), 0) AS value,
	COALESCE(SUM(value) FILTER (WHERE status <> 'received'), 0) AS pledged, COUNT(*) AS flows, STRING_AGG(DISTINCT source_url, ' | ') AS sources
FROM flows WHERE value IS NOT NULL AND ${and([where])} GROUP BY source, target ORDER BY source, target`;
}

export const COVERAGE_ITEMS = [
	{ key: 'donor_list', label: 'Donors named' },
	{ key: 'amounts', label: 'Amounts' },
	{ key: 'totals', label: 'Annual total' },
	{ key: 'expenditure', label: 'Expenditure' },
	{ key: 'host_costs', label: 'Host costs' }
] as const;

export interface CoverageRow {
	[key: string]: Value;
	year: number;
	donor_list: number;
	amounts: number;
	totals: number;
	expenditure: number;
	host_costs: number;
}

/** A host-cost row that restates another row's money (another currency or report) is listed, never counted again. */
const HOST_COST_COUNTED = 'same_allocation_as IS NULL';

/** View 7: for each IGF year, how many published figures document each part of the money (0 = nothing published). */
export function disclosureCoverageQuery(yearWhere: string): string {
	const within = (t: string, only = 'TRUE') =>
		`(SELECT COUNT(*) FROM ${t} x WHERE m.year BETWEEN x.year_from AND x.year_to AND ${only})`;
	return `SELECT m.year,
	(SELECT COUNT(DISTINCT donor) FROM contributions c WHERE c.year = m.year) AS donor_list,
	(SELECT COUNT(*) FROM contributions c WHERE c.year = m.year AND (c.amount IS NOT NULL OR c.amount_usd IS NOT NULL)) AS amounts,
	(SELECT COUNT(*) FROM funding_totals t WHERE t.year = m.year) AS totals,
	${within('expenditures')} AS expenditure,
	${within('host_costs', HOST_COST_COUNTED)} AS host_costs
FROM meetings m WHERE ${and([yearWhere])} ORDER BY m.year`;
}

export interface HostRow {
	[key: string]: Value;
	year: number;
	city: string;
	country: string;
	host_region: string | null;
	format: string;
	/** Published figures, each allocation once (a restatement in another currency is not counted). */
	cost_items: number;
	/** Published host-cost figures in words ("total host organizing budget: 22,000,000,000 IDR (USD 2,200,000)"). */
	costs: string | null;
	sources: string | null;
}

/** View 5: the annual host, its UN regional group and what is published about its costs or in-kind support. */
export function hostsQuery(yearWhere: string): string {
	return `SELECT m.year, m.city, m.country, m.host_region, m.format,
	COUNT(h.item) FILTER (WHERE h.${HOST_COST_COUNTED}) AS cost_items,
	STRING_AGG(h.item || ': ' || COALESCE(FORMAT('{:,} ', h.amount) || COALESCE(h.currency, ''), 'amount not stated')
		|| CASE WHEN h.amount_usd IS NOT NULL AND COALESCE(h.currency, '') <> 'USD' THEN FORMAT(' (USD {:,})', h.amount_usd) ELSE '' END
		|| ' [' || h.confidence || ']'
		|| COALESCE(' (the same money as "' || h.same_allocation_as || '", counted once)', ''), '; ' ORDER BY h.item) AS costs,
	STRING_AGG(DISTINCT h.source_url, ' | ') AS sources
FROM (SELECT * FROM meetings WHERE ${and([yearWhere])}) m LEFT JOIN host_costs h ON m.year BETWEEN h.year_from AND h.year_to
GROUP BY m.year, m.city, m.country, m.host_region, m.format ORDER BY m.year`;
}
