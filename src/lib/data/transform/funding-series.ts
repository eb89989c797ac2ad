// The shapes the funding charts draw, and sums behind their summaries; the words on them are built in lib/format/funding-text.ts.
import type { FlowStatus } from '../queries/funding';
import { stackSegments, type Stacked } from './stack';

/** The years from `from` to `to`, as text: the categories of a year axis. */
export function yearRange(from: number, to: number): string[] {
	return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}

/** One segment of a stacked bar (StackedBars): a series' amount in a category (a year, a recipient). */
export interface StackSegment {
	category: string;
	series: string;
	value: number;
	/** Not confirmed as paid (pledged or decided): drawn hatched with a dashed outline. */
	hatched: boolean;
	status: FlowStatus;
	/** Relayed by a third party: drawn pale with a dotted outline. */
	secondary?: boolean;
	/** The figure in words, shown on hover. */
	label: string;
}

/** A segment placed on its bar: what StackedBars draws. */
export type StackedSegment = Stacked<StackSegment>;

/** Segments stacked into one bar per category, each bar's in their order. */
export function stackByCategory(segments: readonly StackSegment[]): StackedSegment[] {
	return stackSegments(segments, { bar: (s) => s.category, value: (s) => s.value });
}

/** Sum of plotted values per category, for summaries. */
export function totalsBy(segments: readonly StackSegment[]): Map<string, number> {
	const out = new Map<string, number>();
	for (const s of segments) out.set(s.category, (out.get(s.category) ?? 0) + s.value);
	return out;
}

/** One row of the ranked bars (RankedBars). */
export interface RankedItem {
	key: string;
	label: string;
	value: number | null;
	/** Pledged or decided, drawn hatched after the solid part. */
	extra: number | null;
	/** Shown right of the bar (years given, currency…). */
	note: string;
	/** The figures in words, for the accessible description (the name is the row's visible text). */
	description: string;
}

/** One link of the money-flow Sankey: received and pledged money between the same nodes are two links. */
export interface FlowLink {
	source: string;
	target: string;
	value: number;
	pledged: boolean;
	label: string;
}
