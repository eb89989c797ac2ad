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
import { formatInteger } from './number';
import { m } from '$lib/paraglide/messages';
import { donorTypeLabel } from './donor-type-label';

// Its own module so /data's ledger schema names donor types without loading the funding charts' words.
export { donorTypeLabel };

/** The status as a reader should say it: only `received` money is confirmed as paid. */
export const statusWord = (s: FlowStatus) =>
	s === 'pledged' ? m.lbl_status_pledged() : s === 'decided' ? m.lbl_status_decided() : m.lbl_status_received();

const RECIPIENT_LABELS: Record<string, () => string> = {
	'Trust Fund': () => m.lbl_recipient_trust_fund(),
	'Secretariat (UN DESA)': () => m.lbl_recipient_secretariat(),
	Fellowships: () => m.lbl_recipient_fellowships(),
	'National and regional initiatives': () => m.lbl_recipient_nris(),
	'IGF Support Association': () => m.lbl_recipient_igfsa(),
	'Host organising committee': () => m.lbl_recipient_host(),
	'IGF (channel not stated)': () => m.lbl_recipient_not_stated()
};
/** A recipient group as a reader names it, in the page's language; the value stays the data's. */
export const recipientLabel = (r: string) => RECIPIENT_LABELS[r]?.() ?? r;

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
			label: m.lbl_year_segment({
				year: String(r.year),
				type: donorTypeLabel(r.donor_type),
				status: statusWord(r.status),
				secondary: r.secondary ? m.lbl_secondary_relayed() : '',
				value: formatMoney(r.value, basis),
				count: r.flows,
				flows: formatInteger(r.flows)
			})
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
			label: `${recipientLabel(r.recipient_group)} · ${r.earmarked ? m.lbl_earmarked() : m.lbl_not_earmarked()} · ${statusWord(r.status)}: ${formatMoney(r.value, basis)}`
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
	return m.sum_funding_years({
		first: years[0],
		last: years.at(-1) ?? '',
		received: formatMoney(byStatus('received'), basis),
		unconfirmed: formatMoney(unconfirmed, basis),
		top: top ? m.sum_funding_top({ year: top[0], value: formatMoney(top[1], basis) }) : m.sum_funding_no_figures(),
		gaps: m.sum_funding_gaps({
			count: years.length,
			gaps: formatInteger(gaps.length),
			years: formatInteger(years.length)
		}),
		unvalued: unvalued ? m.sum_funding_unvalued({ count: unvalued, flows: formatInteger(unvalued) }) : ''
	});
}

/** View 2 rows → ranked bars. */
export function rankedDonors(rows: readonly DonorTotalRow[], basis: CurrencyBasis): RankedItem[] {
	return rows.map((r) => {
		const when = r.years || m.lbl_undated();
		return {
			key: r.donor,
			label: r.donor,
			value: r.received,
			extra: r.pledged,
			note: when,
			description: m.lbl_donor_bar({
				donor: r.donor,
				type: donorTypeLabel(r.donor_type),
				received: formatMoney(r.received, basis),
				pledged: formatMoney(r.pledged, basis),
				years: when,
				count: r.flows,
				flows: formatInteger(r.flows)
			})
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
				label: m.lbl_flow_received({
					source: recipientLabel(r.source),
					target: recipientLabel(r.target),
					value: formatMoney(r.value, basis)
				})
			});
		if (r.pledged > 0)
			out.push({
				source: r.source,
				target: r.target,
				value: r.pledged,
				pledged: true,
				label: m.lbl_flow_pledged({
					source: recipientLabel(r.source),
					target: recipientLabel(r.target),
					value: formatMoney(r.pledged, basis)
				})
			});
		return out;
	});
}

// The axis's short names; English keeps the abbreviations it always had.
const RECIPIENT_SHORT: Record<string, () => string> = {
	'Secretariat (UN DESA)': () => m.lbl_recipient_short_secretariat(),
	'National and regional initiatives': () => m.lbl_recipient_short_nris(),
	'IGF Support Association': () => m.lbl_recipient_short_igfsa(),
	'Host organising committee': () => m.lbl_recipient_short_host(),
	'IGF (channel not stated)': () => m.lbl_recipient_short_not_stated()
};
/** A recipient group's short name for an axis, in the page's language. */
export const recipientShortLabel = (r: string) => RECIPIENT_SHORT[r]?.() ?? recipientLabel(r);

const COVERAGE_LABELS: Record<string, () => string> = {
	donor_list: () => m.lbl_coverage_donors(),
	amounts: () => m.lbl_coverage_amounts(),
	totals: () => m.lbl_coverage_totals(),
	expenditure: () => m.lbl_coverage_expenditure(),
	host_costs: () => m.lbl_coverage_host_costs()
};
/** A disclosure-coverage item's name; inside a sentence its first letter is lower case. */
export function coverageItemLabel(key: string, inSentence = false): string {
	const label = COVERAGE_LABELS[key]?.() ?? key;
	return inSentence ? label[0].toLowerCase() + label.slice(1) : label;
}
