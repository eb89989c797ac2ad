// Every year's figures on /funding against an independent sum over contributions.csv, under the rules of
// ../shared/data/README.md: pledges and decisions are never received, money into IGFSA is counted once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { bundledDatabase, sourceRows } from '../../../../tests/unit/source-csv';
import { recipientGroup, statusOf, sum, valueOf, type CsvRow } from '../../../../tests/unit/funding-reference';
import {
	contributionsByYearQuery,
	donorTotalsQuery,
	flowLinksQuery,
	flowRowsQuery,
	FLOW_STATUSES,
	type DonorTotalRow,
	type FlowLinkRow,
	type FlowRow,
	type YearTypeRow
} from '../queries/funding';
import { indicatorSeriesQuery, type IndicatorPoint } from '../queries/scorecard';
import { yearSegments } from '../../format/funding-text';

const IGFSA = 'IGF Support Association';
const close = (a: number | null, b: number | null) => (a == null || b == null ? expect(a).toBe(b) : expect(a).toBeCloseTo(b, 6));

describe('/funding, year by year, against contributions.csv', () => {
	let db: Database;
	let csv: CsvRow[];
	let segments: ReturnType<typeof yearSegments>;
	let years: number[];
	beforeAll(async () => {
		db = await bundledDatabase();
		csv = await sourceRows<CsvRow>('contributions.csv');
		const rows = await db.query<YearTypeRow>(contributionsByYearQuery({ where: 'TRUE', basis: 'usd' }));
		segments = yearSegments(rows, 'usd');
		years = [...new Set(csv.filter((r) => r.year).map((r) => Number(r.year)))].sort();
	});
	afterAll(() => db.close());

	const reaching = (year: number) =>
		csv.filter((r) => Number(r.year) === year && r.year && recipientGroup(r.recipient!) !== IGFSA);
	const shown = (year: number, keep: (s: (typeof segments)[number]) => boolean) => {
		const mine = segments.filter((s) => s.category === String(year) && keep(s));
		return mine.length ? mine.reduce((t, s) => t + s.value, 0) : null;
	};

	it('received, pledged and decided totals equal the sums of the rows with that confidence', () => {
		for (const year of years) {
			for (const status of FLOW_STATUSES) {
				const expected = sum(reaching(year).filter((r) => statusOf(r) === status).map((r) => valueOf(r, 'usd')));
				close(shown(year, (s) => s.status === status), expected ? expected : null);
			}
		}
	});

	it('pass-through money (IGFSA passing gifts on) equals the sum of its outflows, by status', () => {
		for (const year of years) {
			for (const status of FLOW_STATUSES) {
				const out = reaching(year).filter((r) => r.donor_type === 'association' && statusOf(r) === status);
				const expected = sum(out.map((r) => valueOf(r, 'usd')));
				close(shown(year, (s) => s.series === 'association' && s.status === status), expected ? expected : null);
			}
		}
	});

	it('never counts a pledge or a decision as received, in any view or on the overview', async () => {
		const rows = await db.query<FlowRow>(flowRowsQuery({ where: 'TRUE', basis: 'usd' }));
		for (const r of rows) if (['pledge', 'decision'].includes(r.confidence)) expect(r.status, `${r.year} ${r.donor}`).not.toBe('received');
		const donors = await db.query<DonorTotalRow>(donorTotalsQuery({ where: 'TRUE', basis: 'usd' }));
		for (const d of donors) {
			const received = csv.filter((r) => r.donor === d.donor && statusOf(r) === 'received');
			close(d.received, sum(received.map((r) => valueOf(r, 'usd'))));
		}
		const links = await db.query<FlowLinkRow>(flowLinksQuery({ where: 'TRUE', basis: 'usd' }));
		const unconfirmed = csv.filter((r) => statusOf(r) !== 'received').reduce((t, r) => t + (valueOf(r, 'usd') ?? 0), 0);
		close(
			links.reduce((t, l) => t + l.pledged, 0),
			unconfirmed
		);
		const money = await db.query<IndicatorPoint>(indicatorSeriesQuery());
		for (const p of money.filter((p) => p.indicator === 'money')) {
			const expected = sum(reaching(p.year).filter((r) => statusOf(r) === 'received').map((r) => valueOf(r, 'usd')));
			close(p.value, expected);
		}
	});

	it('counts no flow twice: each row once, gifts to IGFSA left out, an allocation never added to what it paid', () => {
		const total = segments.reduce((t, s) => t + s.value, 0);
		const expected = csv
			.filter((r) => r.year && recipientGroup(r.recipient!) !== IGFSA)
			.reduce((t, r) => t + (valueOf(r, 'usd') ?? 0), 0);
		expect(total).toBeCloseTo(expected, 6);
		// Where a note states the whole allocation, what was spent plus what remains decided must not exceed it.
		for (const r of csv.filter((r) => r.confidence === 'decision' && /of the USD [\d,.]+ allocated/.test(r.note ?? ''))) {
			const allocation = Number(/of the USD ([\d,.]+) allocated/.exec(r.note!)![1].replaceAll(',', ''));
			const same = csv.filter((o) => o.year === r.year && o.donor === r.donor && o.recipient === r.recipient);
			expect(same.reduce((t, o) => t + Number(o.amount_usd), 0), `${r.year} ${r.donor} → ${r.recipient}`).toBeCloseTo(allocation, 2);
		}
	});
});
