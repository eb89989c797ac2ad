// An independent reading of contributions rows (plain JS over the CSV), to check the funding queries against.
import { expect } from 'vitest';
import type { Database } from '../../src/lib/data/db/database';
import {
	contributionsByYearQuery,
	donorSharesQuery,
	donorTotalsQuery,
	flowLinksQuery,
	flowRowsQuery,
	recipientsQuery,
	type CurrencyBasis,
	type DonorTotalRow,
	type FlowLinkRow,
	type FlowRow,
	type RecipientRow,
	type YearDonorRow,
	type YearTypeRow
} from '../../src/lib/data/queries/funding';

export type CsvRow = Record<string, string | null>;

const num = (s: string | null) => (s == null || s === '' ? null : Number(s));

/** A second, independent statement of the recipient grouping the app documents. */
export function recipientGroup(recipient: string): string {
	const r = recipient.toLowerCase();
	if (r.includes('fellowship')) return 'Fellowships';
	if (/not.*trust fund/.test(r)) return r.includes('host') ? 'Host organising committee' : 'IGF (channel not stated)';
	if (r.includes('trust fund')) return 'Trust Fund';
	if (/\bnris?\b|nri\)|national and regional/.test(r) || recipient.includes('NRI'))
		return 'National and regional initiatives';
	if (r.includes('support association') || r.includes('igfsa')) return 'IGF Support Association';
	if (r.includes('secretariat') || r.includes('desa')) return 'Secretariat (UN DESA)';
	if (r.includes('host')) return 'Host organising committee';
	return 'IGF (channel not stated)';
}

/** Earmarked as the source words it: the recipient or the note says so; an empty note says nothing. */
export const earmarkedOf = (r: CsvRow) =>
	/earmark|fellowship|accessibility fund/i.test(r.recipient ?? '') || /earmarked|exclusively/i.test(r.note ?? '');

export function valueOf(row: CsvRow, basis: CurrencyBasis): number | null {
	return basis === 'usd' ? num(row.amount_usd) : row.currency === 'USD' ? num(row.amount) : null;
}

const pledged = (r: CsvRow) => r.confidence === 'pledge' || r.confidence === 'decision';
/** The rule of ../shared/data/README.md: a pledge is promised, a decision approved or reserved; neither is received. */
export const statusOf = (r: CsvRow) =>
	r.confidence === 'pledge' ? 'pledged' : r.confidence === 'decision' ? 'decided' : 'received';
export const sum = (xs: (number | null)[]) =>
	xs.some((x) => x != null) ? xs.reduce<number>((s, x) => s + (x ?? 0), 0) : null;

/** Runs every funding query unfiltered and compares it with the same figures computed here from the CSV rows. */
export async function expectFundingQueriesMatch(db: Database, csv: CsvRow[], basis: CurrencyBasis) {
	const f = { where: 'TRUE', basis };
	const rows = await db.query<FlowRow>(flowRowsQuery(f));
	expect(rows).toHaveLength(csv.length);
	for (const r of rows) expect(r.recipient_group, r.recipient).toBe(recipientGroup(r.recipient));

	const once = csv.filter((r) => recipientGroup(r.recipient!) !== 'IGF Support Association');
	const byYear = await db.query<YearTypeRow>(contributionsByYearQuery(f));
	const dated = once.filter((r) => r.year);
	expect(byYear.reduce((s, r) => s + r.flows, 0)).toBe(dated.length);
	for (const g of byYear) {
		const members = dated.filter(
			(r) =>
				Number(r.year) === g.year &&
				r.donor_type === g.donor_type &&
				statusOf(r) === g.status &&
				(r.confidence === 'secondary') === g.secondary
		);
		expect(g.value, `${g.year} ${g.donor_type} ${g.status}`).toBe(sum(members.map((r) => valueOf(r, basis))));
		expect(g.unvalued).toBe(members.filter((r) => valueOf(r, basis) == null).length);
	}

	const donors = await db.query<DonorTotalRow>(donorTotalsQuery(f));
	expect(new Set(donors.map((d) => d.donor))).toEqual(new Set(csv.map((r) => r.donor)));
	for (const d of donors) {
		const mine = csv.filter((r) => r.donor === d.donor);
		expect(d.received).toBe(sum(mine.filter((r) => !pledged(r)).map((r) => valueOf(r, basis))));
		expect(d.pledged).toBe(sum(mine.filter(pledged).map((r) => valueOf(r, basis))));
		expect(d.years).toBe([...new Set(mine.filter((r) => r.year).map((r) => r.year))].sort().join(', '));
	}

	const shares = await db.query<YearDonorRow>(donorSharesQuery(f));
	const shareTotal = dated.filter((r) => !pledged(r)).reduce((s, r) => s + (valueOf(r, basis) ?? 0), 0);
	expect(shares.reduce((s, r) => s + r.value, 0)).toBeCloseTo(shareTotal, 6);

	// One row per recipient group × earmarked × status: a chart keys its bars by these, so none may repeat.
	const recipients = await db.query<RecipientRow>(recipientsQuery(f));
	expect(recipients.reduce((s, r) => s + r.flows, 0)).toBe(csv.length);
	for (const g of recipients) {
		const members = csv.filter(
			(r) =>
				recipientGroup(r.recipient!) === g.recipient_group && earmarkedOf(r) === g.earmarked && statusOf(r) === g.status
		);
		expect(g.flows, `${g.recipient_group} ${g.earmarked} ${g.status}`).toBe(members.length);
	}

	// Trust Fund: only rows whose recipient is the Trust Fund, so pass-through money is counted once.
	const links = await db.query<FlowLinkRow>(flowLinksQuery(f));
	const toTrustFund = links.filter((l) => l.target === 'Trust Fund').reduce((s, l) => s + l.value + l.pledged, 0);
	const expected = csv
		.filter((r) => recipientGroup(r.recipient!) === 'Trust Fund')
		.reduce((s, r) => s + (valueOf(r, basis) ?? 0), 0);
	expect(toTrustFund).toBeCloseTo(expected, 6);
	return { rows, byYear, donors, links };
}
