import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeLanguage } from './build-site';
import { pageFile, pagesOf } from './site-pages';

/** A folder holding the given files. */
function folder(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'build-site-'));
	for (const [file, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		writeFileSync(join(dir, file), text);
	}
	return dir;
}

const english = {
	'index.html': 'Overview',
	'funding.html': 'Funding',
	'_app/immutable/shared.js': 'shared',
	'_app/immutable/en.js': 'Funding',
	'_app/version.json': '{"version":"1"}',
	'service-worker.js': 'worker en',
	'api/charts/a.csv': 'a,b'
};
const french = {
	'fr.html': 'Aperçu',
	'fr/funding.html': 'Financement',
	'_app/immutable/shared.js': 'shared',
	'_app/immutable/fr.js': 'Financement',
	'_app/version.json': '{"version":"1"}',
	'service-worker.js': 'worker fr'
};

describe('one site from its language builds', () => {
	it('lists a build’s pages by address, and finds each address’s file', () => {
		expect(pagesOf(folder(english))).toEqual(['/', '/funding']);
		expect(['/', '/fr', '/fr/funding'].map(pageFile)).toEqual(['index.html', 'fr.html', 'fr/funding.html']);
	});

	it('adds a language’s pages and scripts, and keeps the base language’s service worker', () => {
		const site = folder(english);
		expect(mergeLanguage(site, folder(french), 'fr', ['/', '/funding'])).toEqual(['/fr', '/fr/funding']);
		expect(readFileSync(join(site, 'fr/funding.html'), 'utf8')).toBe('Financement');
		expect(readFileSync(join(site, '_app/immutable/fr.js'), 'utf8')).toBe('Financement');
		expect(readFileSync(join(site, '_app/immutable/en.js'), 'utf8')).toBe('Funding');
		expect(readFileSync(join(site, 'service-worker.js'), 'utf8')).toBe('worker en');
	});

	it('refuses a shared file the language writes differently', () => {
		const site = folder(english);
		const fr = folder({ ...french, '_app/version.json': '{"version":"2"}' });
		expect(() => mergeLanguage(site, fr, 'fr', ['/', '/funding'])).toThrow(
			'_app/version.json: the fr build wrote it differently from the en build'
		);
	});

	it('refuses a file outside the language’s pages and scripts, and a page it lacks', () => {
		const stray = folder({ ...french, 'api/charts/b.csv': 'c,d' });
		expect(() => mergeLanguage(folder(english), stray, 'fr', ['/', '/funding'])).toThrow(
			'api/charts/b.csv: only the fr build wrote it'
		);
		const { 'fr/funding.html': _, ...partial } = french;
		expect(() => mergeLanguage(folder(english), folder(partial), 'fr', ['/', '/funding'])).toThrow(
			'The fr build has no /fr/funding'
		);
	});
});
