import { attendanceByMeeting } from '$lib/data/transform/attendance';
import { REGISTRATIONS, type AttendanceRow } from '$lib/data/queries/participation';
import { formatInteger } from './number';

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
