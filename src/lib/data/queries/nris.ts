import type { Value } from '../db/database';

export const NRI_TABLES = ['nris'] as const;

/** One published count of national, regional and youth IGF initiatives. */
export interface NriRow {
	[key: string]: Value;
	year: number;
	as_of: string | null;
	count: number;
	/** exact, lower bound or approximate. */
	qualifier: string | null;
	/** The qualifier as written by the source. */
	qualifier_text: string;
	breakdown: string | null;
	context: string | null;
	source_url: string;
}

/** Every published NRI count, in date order (a year may have several counts from different dates). */
export function nrisOverTimeQuery(): string {
	return `SELECT year, as_of, count, count_qualifier AS qualifier, qualifier AS qualifier_text, breakdown, context, source_url
FROM nris ORDER BY year, as_of NULLS FIRST, count`;
}
