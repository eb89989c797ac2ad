import type { AttendanceRow } from '../queries/participation';

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
