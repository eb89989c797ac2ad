/** Per-meeting onsite share and participant basis (the weight of each year in the synthetic rows). */
import type { MeetingRow } from './inputs';

export type ModeStatus =
	| 'published: onsite / (onsite + online)'
	| 'published: onsite / total'
	| 'published: 1 - online / total'
	| 'published: onsite / registrations'
	| 'published: 1 - online / registrations'
	| 'rule: online-only meeting'
	| 'rule: in-person meeting'
	| 'default';

export interface ModeTarget {
	onsiteShare: number;
	status: ModeStatus;
}

export interface ParticipantBasis {
	participants: number;
	basis: 'total' | 'onsite+online' | 'onsite / onsite share' | 'online / online share' | 'interpolated';
}

/** A meeting's own onsite share, from the most direct pair of figures it publishes (a share of participants before one of sign-ups). */
function publishedShare({ onsite, online, total, registrations }: MeetingRow): ModeTarget | undefined {
	if (onsite !== undefined && online !== undefined && onsite + online > 0)
		return { onsiteShare: onsite / (onsite + online), status: 'published: onsite / (onsite + online)' };
	if (onsite !== undefined && total)
		return { onsiteShare: Math.min(1, onsite / total), status: 'published: onsite / total' };
	if (online !== undefined && total)
		return { onsiteShare: Math.max(0, 1 - online / total), status: 'published: 1 - online / total' };
	if (onsite !== undefined && registrations)
		return { onsiteShare: Math.min(1, onsite / registrations), status: 'published: onsite / registrations' };
	if (online !== undefined && registrations)
		return { onsiteShare: Math.max(0, 1 - online / registrations), status: 'published: 1 - online / registrations' };
	return undefined;
}

/** A meeting's format decides first (no online rows for an in-person meeting); then its own figures; the mean of those otherwise. */
export function modeTargets(meetings: readonly MeetingRow[]): { byYear: Map<number, ModeTarget>; defaultShare: number } {
	const own = new Map(meetings.map((m) => [m.year, publishedShare(m)]));
	const byYear = new Map<number, ModeTarget>();
	for (const m of meetings) {
		if (m.format === 'online') byYear.set(m.year, { onsiteShare: 0, status: 'rule: online-only meeting' });
		else if (m.format === 'in-person') byYear.set(m.year, { onsiteShare: 1, status: 'rule: in-person meeting' });
		else if (own.get(m.year)) byYear.set(m.year, own.get(m.year)!);
	}
	const shares = [...byYear.values()].filter((t) => t.status.startsWith('published')).map((t) => t.onsiteShare);
	const defaultShare = shares.length ? shares.reduce((a, b) => a + b, 0) / shares.length : 0.5;
	for (const m of meetings) if (!byYear.has(m.year)) byYear.set(m.year, { onsiteShare: defaultShare, status: 'default' });
	return { byYear, defaultShare };
}

/** Published total, else onsite + online, else one mode scaled by its share, else linear interpolation between years. */
export function participantBasis(
	meetings: readonly MeetingRow[],
	modes: ReadonlyMap<number, ModeTarget>
): Map<number, ParticipantBasis> {
	const known = new Map<number, ParticipantBasis>();
	for (const m of meetings) {
		const share = modes.get(m.year)?.onsiteShare ?? 0.5;
		if (m.total !== undefined) known.set(m.year, { participants: m.total, basis: 'total' });
		else if (m.onsite !== undefined && m.online !== undefined)
			known.set(m.year, { participants: m.onsite + m.online, basis: 'onsite+online' });
		else if (m.onsite !== undefined && share > 0)
			known.set(m.year, { participants: m.onsite / share, basis: 'onsite / onsite share' });
		else if (m.online !== undefined && share < 1)
			known.set(m.year, { participants: m.online / (1 - share), basis: 'online / online share' });
	}
	const years = [...known.keys()].sort((a, b) => a - b);
	const out = new Map<number, ParticipantBasis>();
	for (const m of [...meetings].sort((a, b) => a.year - b.year)) {
		const k = known.get(m.year);
		if (k) {
			out.set(m.year, k);
			continue;
		}
		const before = years.filter((y) => y < m.year).at(-1);
		const after = years.find((y) => y > m.year);
		const pb = before !== undefined ? known.get(before)!.participants : undefined;
		const pa = after !== undefined ? known.get(after)!.participants : undefined;
		const participants =
			pb !== undefined && pa !== undefined
				? pb + ((pa - pb) * (m.year - before!)) / (after! - before!)
				: (pb ?? pa ?? 1);
		out.set(m.year, { participants, basis: 'interpolated' });
	}
	return out;
}
