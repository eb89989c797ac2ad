import { attendanceByMeeting } from '$lib/data/transform/attendance';
import { REGISTRATIONS, type AttendanceRow } from '$lib/data/queries/participation';
import { m } from '$lib/paraglide/messages';
import { formatInteger } from './number';

const MEASURES: Record<string, () => string> = {
	onsite: () => m.att_measure_onsite(),
	online: () => m.att_measure_online(),
	total: () => m.att_measure_total(),
	registrations: () => m.lbl_att_registrations()
};

/** An attendance measure in the page's language; as a table header, with a capital. */
export function measureLabel(measure: string, heading = false): string {
	const label = MEASURES[measure]?.() ?? measure;
	return heading ? label[0].toLocaleUpperCase() + label.slice(1) : label;
}

/** The chart's one-sentence text alternative, computed from the same rows it draws, in the page's language. */
export function attendanceSummary(rows: readonly AttendanceRow[]): string {
	const meetings = attendanceByMeeting(rows);
	if (meetings.length === 0) return m.att_none();
	const first = meetings[0].year;
	const last = meetings[meetings.length - 1].year;
	const withFigure = meetings.filter((mt) => mt.onsite != null || mt.total != null || mt.online != null);
	const peak = rows
		.filter((r) => r.value != null && r.measure !== REGISTRATIONS)
		.reduce<AttendanceRow | null>((a, r) => (a == null || (r.value ?? 0) > (a.value ?? 0) ? r : a), null);
	const missing = meetings.length - withFigure.length;
	const peakText = peak
		? m.att_peak({
				value:
					peak.qualifier === 'lower bound'
						? m.att_more_than({ value: formatInteger(peak.value) })
						: formatInteger(peak.value),
				measure: measureLabel(peak.measure),
				year: peak.year,
				secondary: peak.qualifier === 'secondary' ? m.att_secondary_mark() : ''
			})
		: '';
	const registered = meetings.filter((mt) => mt.registrations != null);
	const registeredText = registered.length
		? m.att_registrations({
				count: registered.length,
				list: registered.map((mt) => `${mt.year}: ${formatInteger(mt.registrations)}`).join(', ')
			})
		: '';
	const secondary = rows.filter((r) => r.value != null && r.qualifier === 'secondary').length;
	const secondaryText = secondary ? m.att_secondary({ count: secondary }) : '';
	const summary = m.att_summary({
		first,
		last,
		published: withFigure.length,
		meetings: meetings.length,
		missing: missing ? m.att_missing({ count: missing }) : ''
	});
	return `${summary}${peakText}${registeredText}${secondaryText}`;
}
