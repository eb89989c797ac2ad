import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import type { ReleaseStamp } from '$lib/data/release/release';
import { bibtexEntry, bibtexKey, bibtexText, bibtexUrl } from '$lib/export/to-bibtex';
import { formatDay } from './date';

/** The author named in every citation: the same group as CITATION.cff's, in every language. */
export const CITATION_AUTHOR = 'IGF Metrics contributors';

/** One chart as it is cited: what it shows, the data release it was drawn from, where and when it was read. */
export interface CitedFigure {
	/** The figure's id, also the address's #fragment. */
	chartId: string;
	title: string;
	/** None for a reader's own view (/explore), which evidences no recommendation. */
	recommendation: string | null;
	release: ReleaseStamp;
	/** The page's address with its filters (query) and the chart's #id. */
	url: string;
	accessed: Date;
}

/** The page's address as the reader has it, pointing at the chart: its query (the filters) kept, its hash the chart. */
export function citedAddress(href: string, chartId: string): string {
	const url = new URL(href);
	url.hash = chartId;
	return url.href;
}

/** The reader's calendar day (not UTC's), as ISO `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The citation as a sentence in the reader's language, dates written the language's way. `wrap` marks
 * the names, ids and address inside it (`isolate` for display in a right-to-left page; the copy has none).
 */
export function citationText(
	c: CitedFigure,
	locale: Locale = getLocale(),
	wrap: (text: string) => string = (text) => text
): string {
	const words = {
		author: wrap(CITATION_AUTHOR),
		title: wrap(c.title),
		release: wrap(c.release.id),
		date: formatDay(c.release.date, locale),
		url: wrap(c.url),
		accessed: formatDay(isoDay(c.accessed), locale)
	};
	return c.recommendation === null
		? m.cite_text_view(words, { locale })
		: m.cite_text({ ...words, recommendation: wrap(c.recommendation) }, { locale });
}

/** The citation as a BibTeX @misc entry: the release is its version and date, urldate the day it was read. */
export function citationBibtex(c: CitedFigure, locale: Locale = getLocale()): string {
	const o = { locale };
	return bibtexEntry('misc', bibtexKey('igf-metrics', c.chartId, c.release.id), {
		author: `{${bibtexText(CITATION_AUTHOR)}}`,
		title: bibtexText(c.title),
		howpublished: bibtexText(m.cite_bibtex_published({ release: c.release.id }, o)),
		note:
			c.recommendation === null ? undefined : bibtexText(m.cite_bibtex_note({ recommendation: c.recommendation }, o)),
		version: bibtexText(c.release.id),
		year: c.release.date.slice(0, 4),
		date: c.release.date,
		url: bibtexUrl(c.url),
		urldate: isoDay(c.accessed)
	});
}
