import { formatInteger } from '../../format/number';
import { REGISTRATIONS, type AttendanceRow } from '../queries/participation';

/** One meeting with its attendance figures side by side, for tables. */
export interface AttendanceByMeeting {
	[key: string]: string | number | null;
	year: number;
	host: string;
	host_region: string | null;
	format: string;
	onsite: number | null;
	onsite_qualifier: string | null;
	online: number | null;
	online_qualifier: string | null;
	total: number | null;
	total_qualifier: string | null;
	registrations: number | null;
	registrations_qualifier: string | null;
	/** Per measure, who relayed a secondary figure. */
	onsite_relayed_by: string | null;
	online_relayed_by: string | null;
	total_relayed_by: string | null;
	registrations_relayed_by: string | null;
}

/** Long rows (meeting × measure) → one row per meeting. */
export function attendanceByMeeting(rows: readonly AttendanceRow[]): AttendanceByMeeting[] {
	const byYear = new Map<number, AttendanceByMeeting>();
	for (const r of rows) {
		let m = byYear.get(r.year);
		if (!m) {
			m = {
				year: r.year,
				host: r.city === r.country ? r.country : `${r.city}, ${r.country}`,
				host_region: r.host_region,
				format: r.format,
				onsite: null,
				onsite_qualifier: null,
				online: null,
				online_qualifier: null,
				total: null,
				total_qualifier: null,
				registrations: null,
				registrations_qualifier: null,
				onsite_relayed_by: null,
				online_relayed_by: null,
				total_relayed_by: null,
				registrations_relayed_by: null
			};
			byYear.set(r.year, m);
		}
		m[r.measure] = r.value;
		m[`${r.measure}_qualifier`] = r.qualifier;
		m[`${r.measure}_relayed_by`] = r.relayed_by;
	}
	return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** Distinct source addresses behind the figures that are present (cells may hold several, " | "-separated). */
export function sourcesOf(rows: readonly { source_url: string | null; value?: number | null }[]): string[] {
	const urls = new Set<string>();
	for (const r of rows) {
		if (r.value === null || !r.source_url) continue;
		for (const u of r.source_url.split('|')) if (u.trim()) urls.add(u.trim());
	}
	return [...urls];
}

/** The chart's one-sentence text alternative, computed from the same rows it draws. */
export function attendanceSummary(rows: readonly AttendanceRow[]): string {
	const meetings = attendanceByMeeting(rows);
	if (meetings.length === 0) return 'Participants per annual IGF: no meetings match the current filters.';
	const first = meetings[0].year;
	const last = meetings[meetings.length - 1].year;
	const withFigure = meetings.filter((m) => m.onsite != null || m.total != null || m.online != null);
	const peak = rows
		.filter((r) => r.value != null && r.measure !== REGISTRATIONS)
		.reduce<AttendanceRow | null>((a, r) => (a == null || (r.value ?? 0) > (a.value ?? 0) ? r : a), null);
	const missing = meetings.length - withFigure.length;
	const peakText = peak
		? ` The largest published participant figure is ${peak.qualifier === 'lower bound' ? 'more than ' : ''}${formatInteger(peak.value)} (${peak.measure}, ${peak.year}${peak.qualifier === 'secondary' ? ', secondary' : ''}).`
		: '';
	const registered = meetings.filter((m) => m.registrations != null);
	const registeredText = registered.length
		? ` Registrations, shown apart and never added to participants, are published for ${registered.length} meetings (${registered.map((m) => `${m.year}: ${formatInteger(m.registrations)}`).join(', ')}).`
		: '';
	const secondary = rows.filter((r) => r.value != null && r.qualifier === 'secondary').length;
	const secondaryText = secondary ? ` ${secondary} figures are secondary, relayed by a third party.` : '';
	return `Participants per annual IGF, ${first}–${last}: attendance figures are published for ${withFigure.length} of ${meetings.length} meetings${missing ? ` (${missing} without any figure)` : ''}.${peakText}${registeredText}${secondaryText}`;
}
