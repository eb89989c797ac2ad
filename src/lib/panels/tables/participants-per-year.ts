// Participants per annual IGF, one row per meeting: the Table view's and the CSV's columns.
import { ATTENDANCE_MEASURES, REGISTRATIONS } from '$lib/data/queries/participation';
import type { AttendanceByMeeting } from '$lib/data/transform/attendance';
import { measureLabel } from '$lib/format/attendance-text';
import { formatQualified } from '$lib/format/number';
import { meetingFormatLabel, vocabularyLabel } from '$lib/format/vocabulary-label';
import { m } from '$lib/paraglide/messages';
import { yearColumn, type ChartColumn } from './chart-columns';

const MEANINGS: Record<string, string> = {
	onsite: 'Participants onsite, as published (the basis varies: badges, bona fide participants…)',
	online: 'Participants online, as published (unique visitors or active participants)',
	total: 'Participants in total, as published',
	registrations: 'Registrations, as published: not participants, never added to the counts'
};

/** `host`: the meeting's host as the page names it (from the long rows' city and country). */
export const attendanceColumns = (host: (mt: AttendanceByMeeting) => string): ChartColumn<AttendanceByMeeting>[] => [
	yearColumn(),
	{
		key: 'host',
		label: m.tbl_host(),
		unit: null,
		meaning: 'Host city and country of the meeting, in English as the data writes them',
		format: host,
		verbatim: true
	},
	{
		key: 'host_region',
		label: m.tbl_host_region(),
		unit: null,
		meaning: 'UN regional group of the host country (empty when online)',
		format: (mt) => (mt.host_region ? vocabularyLabel(mt.host_region) : '—')
	},
	{
		key: 'format',
		label: m.tbl_format(),
		unit: null,
		meaning: 'Meeting format (in-person, in-person+remote, hybrid, online)',
		format: (mt) => meetingFormatLabel(mt.format)
	},
	...[...ATTENDANCE_MEASURES, REGISTRATIONS].map((k): ChartColumn<AttendanceByMeeting> => ({
		key: k,
		label: k === REGISTRATIONS ? m.tbl_registrations() : measureLabel(k, true),
		numeric: true,
		unit: 'count',
		meaning: `${MEANINGS[k]}; empty when not published`,
		format: (mt) =>
			formatQualified(
				mt[k] as number | null,
				mt[`${k}_qualifier`] as string | null,
				mt[`${k}_relayed_by`] as string | null
			),
		also: [
			{
				key: `${k}_qualifier`,
				unit: null,
				meaning: `Confidence of ${k}: exact, lower bound, approximate or secondary`,
				value: (mt) => mt[`${k}_qualifier`]
			},
			{
				key: `${k}_relayed_by`,
				unit: null,
				meaning: `Who relayed a secondary figure of ${k}`,
				value: (mt) => mt[`${k}_relayed_by`]
			}
		]
	}))
];
