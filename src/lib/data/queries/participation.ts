import type { Value } from '../db/database';

/** Datasets the participation queries read. */
export const PARTICIPATION_TABLES = ['meetings'] as const;

/** Participant counts, drawn as bars side by side. */
export const ATTENDANCE_MEASURES = ['onsite', 'online', 'total'] as const;
/** Registrations are not participants: their own mark, never stacked or added to the counts. */
export const REGISTRATIONS = 'registrations';
export type AttendanceMeasure = (typeof ATTENDANCE_MEASURES)[number] | typeof REGISTRATIONS;

/** One published attendance figure (or its absence) for one annual meeting. */
export interface AttendanceRow {
	[key: string]: Value;
	year: number;
	measure: AttendanceMeasure;
	/** Null when no figure is published: a gap, never a zero. */
	value: number | null;
	/** exact | lower bound | approximate | secondary; null with the value. */
	qualifier: string | null;
	/** Who relayed a secondary figure (a thesis, news site, mailing list…); null otherwise. */
	relayed_by: string | null;
	city: string;
	country: string;
	host_region: string | null;
	format: string;
	source_url: string;
}

/**
 * Participants per annual IGF, long form: a row for every meeting × measure (onsite, online,
 * total, registrations), published figures as published, missing ones as NULL.
 */
export function attendanceByYearQuery(): string {
	const measures = [...ATTENDANCE_MEASURES, REGISTRATIONS].map(
		(m, i) =>
			`SELECT year, '${m}' AS measure, ${i} AS measure_order, CAST(${m} AS DOUBLE) AS value, ${m}_qualifier AS qualifier,
			${m}_relayed_by AS relayed_by, city, country, host_region, format, source_url FROM meetings`
	);
	return `SELECT year, measure, value, qualifier, relayed_by, city, country, host_region, format, source_url
FROM (${measures.join('\nUNION ALL\n')})
ORDER BY year, measure_order`;
}
