// A page ships only its own language's text: each language is built on its own (scripts/build-site.ts), its
// pages load only its scripts, and those scripts hold none of the other languages' messages. Read from the build.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import settings from '../../project.inlang/settings.json' with { type: 'json' };
import { LANGUAGE_FILES, type LanguageFiles } from '../../scripts/build-site';
import { pageFile } from '../../scripts/site-pages';
import { compare, measureBuild, namedFiles } from '../../scripts/page-bytes';

const buildDir = process.env.BUILD_DIR ?? 'build';
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
const languages = JSON.parse(readFileSync(join(buildDir, LANGUAGE_FILES), 'utf8')) as Record<string, LanguageFiles>;
const messages = Object.fromEntries(
	settings.locales.map((l) => [l, JSON.parse(readFileSync(`messages/${l}.json`, 'utf8')) as Record<string, unknown>])
);

/**
 * The code's own English (the dataset specs' descriptions, the schema's findings, the data's values): the same
 * words as some English messages, in every language's scripts by design (docs/i18n.md), not a translation.
 */
const sourceText = readdirSync('src/lib', { recursive: true, encoding: 'utf8' })
	.filter((f) => /\.(ts|svelte)$/.test(f) && !f.startsWith('paraglide/'))
	.map((f) => readFileSync(join('src/lib', f), 'utf8'))
	.join('\n');

/**
 * A language's messages as a script holds them: whole texts without parameters, long enough to be its own,
 * and without characters a minifier might escape.
 */
function textsOf(locale: string): string[] {
	const others = new Set(
		settings.locales.filter((l) => l !== locale).flatMap((l) => Object.values(messages[l]).map(String))
	);
	return Object.values(messages[locale]).filter(
		(t): t is string =>
			typeof t === 'string' && t.length >= 12 && !/[{}`'"\\$<\n]/.test(t) && !others.has(t) && !sourceText.includes(t)
	);
}

/** Every script a language's build holds, as one text. */
const scriptsOf = (locale: string) =>
	languages[locale].build
		.filter((f) => f.endsWith('.js'))
		.map((f) => readFileSync(join(buildDir, f.slice(base.length)), 'utf8'))
		.join('\n');

test('every language is built on its own', () => {
	expect(Object.keys(languages).sort()).toEqual([...settings.locales].sort());
});

for (const locale of settings.locales) {
	test(`${locale}: the scripts hold its own messages and none of another language’s`, () => {
		const scripts = scriptsOf(locale);
		expect(textsOf(locale).filter((t) => scripts.includes(t)).length).toBeGreaterThan(50);
		for (const other of settings.locales.filter((l) => l !== locale)) {
			const found = textsOf(other).filter((t) => scripts.includes(t));
			expect(found, `${other} text in the ${locale} scripts`).toEqual([]);
		}
	});

	test(`${locale}: every page loads only its language’s scripts`, () => {
		const own = new Set(languages[locale].build);
		for (const page of languages[locale].pages) {
			const file = join(buildDir, pageFile(page.slice(base.length) || '/'));
			const { scripts, styles } = namedFiles(readFileSync(file, 'utf8'));
			const named = [...scripts, ...styles].map((href) => new URL(href, `http://site${page}`).pathname);
			expect(named.length, page).toBeGreaterThan(2);
			expect(
				named.filter((p) => !own.has(p)),
				page
			).toEqual([]);
		}
	});
}

test('no page weighs more than 10% over the same page in English (gzipped HTML, scripts and styles)', () => {
	const pages = measureBuild(buildDir);
	const rows = compare(pages, pages);
	expect(rows.length).toBe(Object.keys(pages).length - languages[settings.baseLocale].pages.length);
	expect(rows.filter((r) => r.growth > 10).map((r) => `${r.page} +${r.growth.toFixed(1)}%`)).toEqual([]);
});
