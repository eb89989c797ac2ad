import { format } from 'd3-format';
import { splitSources } from '../catalog/source-urls';
import {
	DONOR_TYPE_LABELS,
	type CurrencyBasis,
	type DonorTotalRow,
	type FlowStatus,
	type FlowLinkRow,
	type RecipientRow,
	type YearTypeRow
} from '../queries/funding';

const grouped = format(',.0f');
const withCents = format(',.2f');

/** "USD 1,000,000", or "USD 83,691.95" when the source gives cents: a donor quoting us gets the source's figure. */
export function formatMoney(n: number | null, basis: CurrencyBasis): string {
	if (n == null) return basis === 'usd' ? 'no USD figure' : 'not in USD';
	return `USD ${Number.isInteger(Math.round(n * 100) / 100) ? grouped(n) : withCents(n)}`;
}

export const donorTypeLabel = (t: string) => DONOR_TYPE_LABELS[t] ?? t;
/** The status as a reader should say it: only `received` money is confirmed as paid. */
export const statusWord = (s: FlowStatus) =>
	s === 'pledged' ? 'pledged (not confirmed as paid)' : s === 'decided' ? 'decided (approved or reserved; payment not confirmed)' : 'received';

/** Distinct source addresses across rows that carry a " | "-separated `sources` or `source_url`. */
export function sourcesOf(rows: readonly { sources?: unknown; source_url?: unknown }[]): string[] {
	const all = new Set<string>();
	for (const r of rows) for (const s of splitSources(String(r.sources ?? r.source_url ?? ''))) all.add(s);
	return [...all].sort();
}

export function yearRange(from: number, to: number): string[] {
	return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}

export interface Segment {
	category: string;
	series: string;
	value: number;
	/** Not confirmed as paid (pledged or decided). */
	hatched: boolean;
	status: FlowStatus;
	/** Relayed by a third party: drawn pale with a dotted outline. */
	secondary?: boolean;
	label: string;
}

/** View 1 rows → stack segments (year × donor type, pledged or decided hatched). */
export function yearSegments(rows: readonly YearTypeRow[], basis: CurrencyBasis): Segment[] {
	return rows
		.filter((r) => r.value != null && r.value > 0)
		.map((r) => ({
			category: String(r.year),
			series: r.donor_type,
			value: r.value!,
			hatched: r.status !== 'received',
			status: r.status,
			secondary: r.secondary,
			label: `${r.year} · ${donorTypeLabel(r.donor_type)} · ${statusWord(r.status)}${r.secondary ? ', secondary (as relayed by a third party: news, mailing list)' : ''}: ${formatMoney(r.value, basis)} (${r.flows} flow${r.flows > 1 ? 's' : ''})`
		}));
}

/** View 4 rows → stack segments (recipient × earmarked, pledged or decided hatched). */
export function recipientSegments(rows: readonly RecipientRow[], basis: CurrencyBasis): Segment[] {
	return rows
		.filter((r) => r.value != null && r.value > 0)
		.map((r) => ({
			category: r.recipient_group,
			series: r.earmarked ? 'earmarked' : 'not-earmarked',
			value: r.value!,
			hatched: r.status !== 'received',
			status: r.status,
			label: `${r.recipient_group} · ${r.earmarked ? 'earmarked' : 'not stated as earmarked'} · ${statusWord(r.status)}: ${formatMoney(r.value, basis)}`
		}));
}

/** Sum of plotted values per category, for summaries. */
export function totalsBy(segments: readonly Segment[]): Map<string, number> {
	const out = new Map<string, number>();
	for (const s of segments) out.set(s.category, (out.get(s.category) ?? 0) + s.value);
	return out;
}

/** One sentence for the contributions-over-time chart. */
export function yearSummary(rows: readonly YearTypeRow[], years: readonly string[], basis: CurrencyBasis): string {
	const totals = totalsBy(yearSegments(rows, basis));
	const gaps = years.filter((y) => !totals.has(y));
	const top = [...totals].sort((a, b) => b[1] - a[1])[0];
	const unvalued = rows.reduce((s, r) => s + r.unvalued, 0);
	const byStatus = (st: FlowStatus) => rows.filter((r) => r.status === st).reduce((s, r) => s + (r.value ?? 0), 0);
	const unconfirmed = byStatus('pledged') + byStatus('decided');
	return (
		`Money reaching IGF bodies by year and donor type, ${years[0]}–${years.at(-1)}: ` +
		`received ${formatMoney(byStatus('received'), basis)}; pledged or decided, not confirmed as paid, ${formatMoney(unconfirmed, basis)}; ` +
		(top ? `largest year ${top[0]} (${formatMoney(top[1], basis)}); ` : 'no figures for this selection; ') +
		`${gaps.length} of ${years.length} years with no published amount${unvalued ? `; ${unvalued} flows without a figure in this basis are listed, not plotted` : ''}.`
	);
}

export interface RankedDonor {
	key: string;
	label: string;
	value: number | null;
	extra: number | null;
	note: string;
	description: string;
}

/** View 2 rows → ranked bars. */
export function rankedDonors(rows: readonly DonorTotalRow[], basis: CurrencyBasis): RankedDonor[] {
	return rows.map((r) => {
		const when = r.years || 'undated';
		return {
			key: r.donor,
			label: r.donor,
			value: r.received,
			extra: r.pledged,
			note: when,
			description: `${r.donor} (${donorTypeLabel(r.donor_type)}): received ${formatMoney(r.received, basis)}, pledged or decided ${formatMoney(r.pledged, basis)}; years ${when}; ${r.flows} flow${r.flows > 1 ? 's' : ''}. Show its contributions.`
		};
	});
}

export interface SankeyLink {
	source: string;
	target: string;
	value: number;
	pledged: boolean;
	label: string;
}

/** View 6 rows → Sankey links (received and pledged as separate links). */
export function sankeyLinks(rows: readonly FlowLinkRow[], basis: CurrencyBasis): SankeyLink[] {
	return rows.flatMap((r) => {
		const out: SankeyLink[] = [];
		if (r.value > 0) out.push({ source: r.source, target: r.target, value: r.value, pledged: false, label: `${r.source} → ${r.target}: ${formatMoney(r.value, basis)} received` });
		if (r.pledged > 0) out.push({ source: r.source, target: r.target, value: r.pledged, pledged: true, label: `${r.source} → ${r.target}: ${formatMoney(r.pledged, basis)} pledged or decided` });
		return out;
	});
}
