/** Per-meeting onsite share and participant basis (the weight of each year in the synthetic rows). */
import type { MeetingRow } from './inputs';

export interface ModeTarget {
	onsiteShare: number;
	status: 'published' | 'rule: online-only meeting' | 'default';
}

export interface ParticipantBasis {
	participants: number;
	basis: 'total' | 'onsite+online' | 'onsite / onsite share' | 'online / online share' | 'interpolated';
}

/** Onsite share = onsite / (onsite + online) where both are published; the mean of those years otherwise. */
export function modeTargets(meetings: readonly MeetingRow[]): { byYear: Map<number, ModeTarget>; defaultShare: number } {
	const published = meetings.filter((m) => m.onsite !== undefined && m.online !== undefined);
	const shares = published.map((m) => m.onsite! / (m.onsite! + m.online!));
	const defaultShare = shares.length ? shares.reduce((a, b) => a + b, 0) / shares.length : 0.5;
	const byYear = new Map<number, ModeTarget>();
	for (const m of meetings) {
		const i = published.indexOf(m);
		if (i >= 0) byYear.set(m.year, { onsiteShare: shares[i], status: 'published' });
		else if (m.format === 'online') byYear.set(m.year, { onsiteShare: 0, status: 'rule: online-only meeting' });
		else byYear.set(m.year, { onsiteShare: defaultShare, status: 'default' });
	}
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
