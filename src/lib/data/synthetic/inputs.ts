/** Parses the CSV inputs of the generator (text in, typed rows out) so scripts and tests share one reader. */
import { csvParse } from 'd3-dsv';

export interface BreakdownRow {
	year: number;
	dimension: string;
	category: string;
	value: number;
	unit: string;
	sourceUrl: string;
}

export interface LabelMapRow {
	dimension: string;
	publishedLabel: string;
	/** Empty: the label is skipped (aggregate or not a participant category). */
	canonical: string;
	fraction: number;
}

export interface MeetingRow {
	year: number;
	country: string;
	format: string;
	onsite?: number;
	online?: number;
	total?: number;
	/** Registrations (onsite and online), a count of sign-ups rather than of participants. */
	registrations?: number;
	sourceUrl: string;
}

const num = (s: string | undefined): number | undefined => {
	const t = (s ?? '').trim();
	return t === '' || !Number.isFinite(Number(t)) ? undefined : Number(t);
};

export function parseBreakdown(text: string): BreakdownRow[] {
	return csvParse(text)
		.filter((r) => num(r.year) !== undefined && num(r.count_or_share) !== undefined)
		.map((r) => ({
			year: Number(r.year),
			dimension: (r.dimension ?? '').trim(),
			category: (r.category ?? '').trim(),
			value: Number(r.count_or_share),
			unit: (r.unit ?? '').trim(),
			sourceUrl: r.source_url ?? ''
		}));
}

export function parseLabelMap(text: string): LabelMapRow[] {
	return csvParse(text).map((r) => ({
		dimension: (r.dimension ?? '').trim(),
		publishedLabel: (r.published_label ?? '').trim(),
		canonical: (r.canonical_category ?? '').trim(),
		fraction: num(r.fraction) ?? 1
	}));
}

export function parseMeetings(text: string): MeetingRow[] {
	return csvParse(text)
		.filter((r) => num(r.year) !== undefined)
		.map((r) => ({
			year: Number(r.year),
			country: (r.country ?? '').trim(),
			format: (r.format ?? '').trim(),
			onsite: num(r.onsite),
			online: num(r.online),
			total: num(r.total),
			registrations: num(r.registrations),
			sourceUrl: r.source_url ?? ''
		}));
}
