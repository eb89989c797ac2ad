// What the funding charts say in words: segment labels, ranked donors' descriptions, flow labels and the summary sentence.
import {
	type CurrencyBasis,
	type DonorTotalRow,
	type FlowStatus,
	type FlowLinkRow,
	type RecipientRow,
	type YearTypeRow
} from '$lib/data/queries/funding';
import { totalsBy, type FlowLink, type RankedItem, type StackSegment } from '$lib/data/transform/funding-series';
import { formatMoney } from './money';
import { m } from '$lib/paraglide/messages';

const DONOR_TYPE_LABELS: Record<string, () => string> = {
	government: () => m.donor_government(),
	intergovernmental: () => m.donor_intergovernmental(),
	private_sector: () => m.donor_private_sector(),
	technical_community: () => m.donor_technical_community(),
	civil_society: () => m.donor_civil_society(),
	association: () => m.donor_association()
};
/** A donor type as a reader names it, in the page's language; the value stays the data's. */
export const donorTypeLabel = (t: string) => DONOR_TYPE_LABELS[t]?.() ?? t;
/** The status as a reader should say it: only `received` money is confirmed as paid. */
export const statusWord = (s: FlowStatus) =>
	s === 'pledged'
		? 'pledged (not confirmed as paid)'
		: s === 'decided'
			? 'decided (approved or reserved; payment not confirmed)'
			: 'received';

/** View 1 rows → stack segments (year × donor type, pledged or decided hatched). */
export function yearSegments(rows: readonly YearTypeRow[], basis: CurrencyBasis): StackSegment[] {
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
export function recipientSegments(rows: readonly RecipientRow[], basis: CurrencyBasis): StackSegment[] {
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

/** View 2 rows → ranked bars. */
export function rankedDonors(rows: readonly DonorTotalRow[], basis: CurrencyBasis): RankedItem[] {
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

/** View 6 rows → Sankey links (received and pledged as separate links). */
export function sankeyLinks(rows: readonly FlowLinkRow[], basis: CurrencyBasis): FlowLink[] {
	return rows.flatMap((r) => {
		const out: FlowLink[] = [];
		if (r.value > 0)
			out.push({
				source: r.source,
				target: r.target,
				value: r.value,
				pledged: false,
				label: `${r.source} → ${r.target}: ${formatMoney(r.value, basis)} received`
			});
		if (r.pledged > 0)
			out.push({
				source: r.source,
				target: r.target,
				value: r.pledged,
				pledged: true,
				label: `${r.source} → ${r.target}: ${formatMoney(r.pledged, basis)} pledged or decided`
			});
		return out;
	});
}
