/** The per-year plan of the generator: how many rows, which marginal targets, which host — and a record of where each came from. */
import { REGIONS, TARGET_DIMENSIONS, type TargetDimension } from './categories';
import type { Country } from './country-table';
import { hostIso3 } from './host-countries';
import type { BreakdownRow, LabelMapRow, MeetingRow } from './inputs';
import { marginalTargets } from './marginal-targets';
import { modeTargets, participantBasis } from './meeting-targets';
import { publishedShares } from './published-shares';
import { apportion } from './apportion';

export interface YearPlan {
	year: number;
	rows: number;
	region: number[];
	stakeholder: number[];
	gender: number[];
	firstTime: number;
	onsiteShare: number;
	hostIso3?: string;
	/** Probability that a participant of the host's regional group comes from the host country. */
	hostShareInGroup: number;
}

export interface PlanInputs {
	meetings: readonly MeetingRow[];
	breakdown: readonly BreakdownRow[];
	labelMap: readonly LabelMapRow[];
	countries: readonly Country[];
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
const named = (cats: readonly string[], shares: number[]) => Object.fromEntries(cats.map((c, k) => [c, round(shares[k])]));

export function buildPlan({ meetings, breakdown, labelMap, countries }: PlanInputs, totalRows: number) {
	const years = meetings.map((m) => m.year).sort((a, b) => a - b);
	const hosts = new Map(meetings.map((m) => [m.year, hostIso3(m, countries)]));
	const groupOf = (iso3?: string) => countries.find((c) => c.iso3 === iso3)?.group || undefined;
	const published = publishedShares(breakdown, labelMap, (y) => groupOf(hosts.get(y)));
	const targets = marginalTargets(years, published.byYear);
	const modes = modeTargets(meetings);
	const basis = participantBasis(meetings, modes.byYear);
	const rows = apportion(years.map((y) => basis.get(y)!.participants), totalRows);

	const hostShareOf = (year: number) => {
		const share = published.byYear.get(year)?.region?.hostShare;
		const g = REGIONS.indexOf(groupOf(hosts.get(year)) as (typeof REGIONS)[number]);
		return share !== undefined && g >= 0 ? share / targets.byYear.get(year)!.region.shares[g] : undefined;
	};
	const publishedHostShares = years.map(hostShareOf).filter((s): s is number => s !== undefined);
	const defaultHostShare = publishedHostShares.length
		? publishedHostShares.reduce((a, b) => a + b, 0) / publishedHostShares.length
		: 0.5;

	const plans: YearPlan[] = years.map((year, i) => {
		const t = targets.byYear.get(year)!;
		return {
			year,
			rows: rows[i],
			region: t.region.shares,
			stakeholder: t.stakeholder_group.shares,
			gender: t.gender.shares,
			firstTime: t.first_time.shares[0],
			onsiteShare: modes.byYear.get(year)!.onsiteShare,
			hostIso3: groupOf(hosts.get(year)) ? hosts.get(year) : undefined,
			hostShareInGroup: hostShareOf(year) ?? defaultHostShare
		};
	});

	const dims = Object.keys(TARGET_DIMENSIONS) as TargetDimension[];
	const sidecar = {
		defaults: {
			...Object.fromEntries(dims.map((d) => [d, named(TARGET_DIMENSIONS[d], targets.defaults[d])])),
			onsite_share: round(modes.defaultShare),
			host_share_in_group: round(defaultHostShare)
		},
		unmapped_labels: published.unmapped,
		years: plans.map((p) => {
			const t = targets.byYear.get(p.year)!;
			return {
				year: p.year,
				rows: p.rows,
				participants_basis: round(basis.get(p.year)!.participants),
				basis: basis.get(p.year)!.basis,
				host_iso3: p.hostIso3 ?? null,
				host_share_in_group: round(p.hostShareInGroup),
				host_share_status: hostShareOf(p.year) !== undefined ? 'published' : p.hostIso3 ? 'default' : 'no host',
				mode: { status: modes.byYear.get(p.year)!.status, onsite_share: round(p.onsiteShare) },
				...Object.fromEntries(
					dims.map((d) => [d, { status: t[d].status, shares: named(TARGET_DIMENSIONS[d], t[d].shares), sources: t[d].sources }])
				)
			};
		})
	};
	return { plans, sidecar };
}
