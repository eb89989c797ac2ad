import { describe, expect, it } from 'vitest';
import { bibtexEntry, bibtexKey, bibtexText, bibtexUrl } from './to-bibtex';

describe('BibTeX', () => {
	it('escapes every LaTeX special character once', () => {
		expect(bibtexText('R&D 50% of #1 {big} $_x^2~ a\\b')).toBe(
			'R\\&D 50\\% of \\#1 \\{big\\} \\$\\_x\\^{}2\\~{} a\\textbackslash{}b'
		);
		expect(bibtexText('Contributions, 2006–2024 (USD)')).toBe('Contributions, 2006–2024 (USD)');
	});

	it('keeps a URL verbatim but for braces and backslashes', () => {
		expect(bibtexUrl('https://x.org/funding?q={a}\\b&y=50%25#donors')).toBe(
			'https://x.org/funding?q=%7Ba%7D%5Cb&y=50%25#donors'
		);
	});

	it('makes keys without spaces, commas or braces', () => {
		expect(bibtexKey('igf-metrics', 'donors ranked, {x}', '2026-12-05-b1e53c8')).toBe(
			'igf-metrics:donors-ranked-x-:2026-12-05-b1e53c8'
		);
	});

	it('writes an entry whose braces balance', () => {
		const entry = bibtexEntry('misc', 'k', { title: bibtexText('a {b} }'), year: '2026' });
		expect(entry).toBe('@misc{k,\n  title = {a \\{b\\} \\}},\n  year  = {2026}\n}\n');
		// Unescaped braces pair up: the entry closes where it should.
		const bare = entry.replace(/\\[{}]/g, '');
		expect(bare.split('{').length).toBe(bare.split('}').length);
	});
});
