import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compare, measureBuild, namedFiles } from './page-bytes';
import { baseLanguagePath } from './language-build.js';
import { pagePath } from './site-pages';

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

describe('namedFiles', () => {
	it('takes modulepreloads, stylesheets and the inline script’s import()s, once each', () => {
		const html = `<link rel="icon" href="./favicon.svg"><link href="./_app/a.js" rel="modulepreload">
			<link href="./_app/s.css" rel="stylesheet"><script>import("./_app/a.js"); import("./_app/b.js")</script>`;
		expect(namedFiles(html)).toEqual({ scripts: ['./_app/a.js', './_app/b.js'], styles: ['./_app/s.css'] });
	});
});

describe('page addresses', () => {
	it('names a page by the address it is served at', () => {
		expect(pagePath('index.html')).toBe('/');
		expect(pagePath('ar/index.html')).toBe('/ar');
		expect(pagePath('ar.html')).toBe('/ar');
		expect(pagePath('embed/donors-ranked.html')).toBe('/embed/donors-ranked');
	});
	it('compares a page in any language with the same page in the base language', () => {
		expect(baseLanguagePath('/ar/funding')).toBe('/funding');
		expect(baseLanguagePath('/zh')).toBe('/');
		expect(baseLanguagePath('/funding')).toBe('/funding');
		expect(baseLanguagePath('/embed/donors-ranked')).toBe('/embed/donors-ranked');
	});
});

describe('measureBuild', () => {
	it('sums the gzipped HTML and the files it names, relative to the page', () => {
		const dir = mkdtempSync(join(tmpdir(), 'page-bytes-'));
		mkdirSync(join(dir, '_app'));
		mkdirSync(join(dir, 'ar'));
		const script = 'export const x = 1;'.repeat(20);
		writeFileSync(join(dir, '_app/a.js'), script);
		const page = '<link href="../_app/a.js" rel="modulepreload">';
		writeFileSync(join(dir, 'ar/funding.html'), page);
		const pages = measureBuild(dir);
		expect(pages).toEqual({
			'/ar/funding': { html: gz(page), scripts: gz(script), styles: 0, total: gz(page) + gz(script) }
		});
		const baseline = { '/funding': { html: 0, scripts: 0, styles: 0, total: gz(page) } };
		expect(compare(pages, baseline)).toEqual([
			{ page: '/ar/funding', baseline: gz(page), now: gz(page) + gz(script), growth: (100 * gz(script)) / gz(page) }
		]);
	});
});

describe('against the base language', () => {
	it('compares each language’s page with the same build’s base-language page, and leaves that page out', () => {
		const bytes = (total: number) => ({ html: total, scripts: 0, styles: 0, total });
		const pages = { '/funding': bytes(100), '/ar/funding': bytes(107), '/fr/funding': bytes(112), '/ar': bytes(50) };
		const rows = compare(pages, pages);
		expect(rows.map(({ page, baseline, now }) => [page, baseline, now])).toEqual([
			['/ar/funding', 100, 107],
			['/fr/funding', 100, 112]
		]);
		expect(rows.map((r) => r.growth)).toEqual([expect.closeTo(7), expect.closeTo(12)]);
	});
});
