import { describe, expect, it } from 'vitest';
import { citationBibtex, citationText, citedAddress, isoDay, type CitedFigure } from './citation-text';
import { isolate, withoutIsolates } from './bidi';

const figure: CitedFigure = {
	chartId: 'donors-ranked',
	title: 'Donors ranked by R&D_share 100% {top}',
	recommendation: 'III.1 III.2',
	release: { id: '2026-12-05-b1e53c8', date: '2026-12-05' },
	url: 'http://127.0.0.1:4173/funding?donor_type=government&years=2010-2015#donors-ranked',
	// Local time: the reader's own day, late in the evening.
	accessed: new Date(2026, 11, 6, 23, 30)
};

describe('citedAddress', () => {
	it('keeps the filters in the query and points at the chart', () => {
		expect(citedAddress('http://h/fr/funding?donor_type=government&years=2010-2015', 'donors-ranked')).toBe(
			'http://h/fr/funding?donor_type=government&years=2010-2015#donors-ranked'
		);
	});
	it("replaces another chart's #id", () => {
		expect(citedAddress('http://h/participation?region=WEOG#gender-balance', 'nri-growth')).toBe(
			'http://h/participation?region=WEOG#nri-growth'
		);
	});
});

describe('citation as plain text', () => {
	it('names the chart, its recommendation, the release, the address and the day read', () => {
		expect(citationText(figure, 'en')).toBe(
			'IGF Metrics contributors. “Donors ranked by R&D_share 100% {top}”, evidence for CSTD Working Group ' +
				'recommendation III.1 III.2. IGF Metrics, data release 2026-12-05-b1e53c8 (December 5, 2026). ' +
				'http://127.0.0.1:4173/funding?donor_type=government&years=2010-2015#donors-ranked (accessed December 6, 2026).'
		);
	});
	it('for display, isolates the id and address so a right-to-left sentence keeps them in order', () => {
		const shown = citationText(figure, 'ar', isolate);
		expect(shown).toContain('\u20682026-12-05-b1e53c8\u2069');
		expect(shown).toContain(`\u2068${figure.url}\u2069`);
		expect(withoutIsolates(shown)).toBe(citationText(figure, 'ar'));
		expect(citationText(figure, 'ar')).not.toMatch(/[\u2066-\u2069]/);
	});
	it('writes the dates the language’s way', () => {
		const fr = citationText(figure, 'fr');
		expect(fr).toContain('version des données 2026-12-05-b1e53c8 (5 décembre 2026)');
		expect(fr).toContain('(consulté le 6 décembre 2026)');
		expect(citationText(figure, 'zh')).toContain('2026年12月6日');
	});
});

describe('citation as BibTeX', () => {
	const bib = citationBibtex(figure, 'en');
	it('is one @misc entry keyed by chart and release', () => {
		expect(bib.startsWith('@misc{igf-metrics:donors-ranked:2026-12-05-b1e53c8,\n')).toBe(true);
		expect(bib.endsWith('\n}\n')).toBe(true);
	});
	it('escapes the special characters of the title', () => {
		expect(bib).toContain('title        = {Donors ranked by R\\&D\\_share 100\\% \\{top\\}}');
	});
	it('carries the release as version and date, the address and the ISO access day', () => {
		expect(bib).toContain('version      = {2026-12-05-b1e53c8}');
		expect(bib).toContain('date         = {2026-12-05}');
		expect(bib).toContain('year         = {2026}');
		expect(bib).toContain(
			'url          = {http://127.0.0.1:4173/funding?donor_type=government&years=2010-2015#donors-ranked}'
		);
		expect(bib).toContain('urldate      = {2026-12-06}');
		expect(bib).toContain('author       = {{IGF Metrics contributors}}');
		expect(bib).toContain('note         = {Evidence for CSTD Working Group recommendation III.1 III.2}');
	});
});

it('isoDay is the local calendar day', () => {
	expect(isoDay(new Date(2026, 0, 2, 0, 5))).toBe('2026-01-02');
});

describe('a view that evidences no recommendation (/explore)', () => {
	const view: CitedFigure = { ...figure, chartId: 'explore-result', recommendation: null };
	it('is cited without a recommendation, with its release and address', () => {
		const text = citationText(view, 'en');
		expect(text).not.toContain('recommendation');
		expect(text).toContain('data release 2026-12-05-b1e53c8');
		expect(text).toContain(view.url);
	});
	it('has no note field in BibTeX', () => {
		const bib = citationBibtex(view, 'en');
		expect(bib).not.toMatch(/^\s*note\s*=/m);
		expect(bib).toMatch(/^\s*version\s*= \{2026-12-05-b1e53c8\}/m);
	});
});
