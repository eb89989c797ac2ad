// Builds the site once per language and merges the builds into one static site (docs/i18n.md, "What ships").
// Each language's build fixes Paraglide's locale, so its scripts carry that language's text and no other's.
//
//   npm run build                          # every language into build/ (or BUILD_DIR)
//   npm run build -- --locales en,fr       # some languages only: a quicker build for a test
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import settings from '../project.inlang/settings.json' with { type: 'json' };
import { localizedPage } from './language-build.js';
import { precompress } from './precompress.js';
import { filesIn, pageFile, pagesOf } from './site-pages';

/** What the service worker keeps offline for a reader of one language: its scripts and its pages. */
export interface LanguageFiles {
	build: string[];
	pages: string[];
}

/** Written beside the site's scripts for the service worker (src/service-worker.ts). */
export const LANGUAGE_FILES = '_app/languages.json';

/** A file each language's build writes differently and the merged site takes from the base language's. */
const BASE_LANGUAGE_ONLY = new Set(['service-worker.js']);

/** Whether a file of a language's build is that language's own page. */
const ownPage = (file: string, locale: string) => file === `${locale}.html` || file.startsWith(`${locale}/`);

/**
 * Adds one language's build to the merged site: its pages, and its scripts beside the others'. Every other
 * file must be the base language's byte for byte, so no language's build can change what another serves.
 */
export function mergeLanguage(site: string, languageDir: string, locale: string, basePages: string[]): string[] {
	for (const file of filesIn(languageDir)) {
		const from = join(languageDir, file);
		const to = join(site, file);
		if (ownPage(file, locale) || (file.startsWith('_app/immutable/') && !existsSync(to))) {
			if (existsSync(to)) throw new Error(`${file}: written by the ${locale} build and another`);
			mkdirSync(dirname(to), { recursive: true });
			cpSync(from, to);
		} else if (!existsSync(to)) {
			throw new Error(`${file}: only the ${locale} build wrote it, outside its pages and scripts`);
		} else if (!BASE_LANGUAGE_ONLY.has(file) && !readFileSync(from).equals(readFileSync(to))) {
			throw new Error(`${file}: the ${locale} build wrote it differently from the ${settings.baseLocale} build`);
		}
	}
	const pages = basePages.map((page) => localizedPage(page, locale));
	const missing = pages.filter((page) => !existsSync(join(site, pageFile(page))));
	if (missing.length) throw new Error(`The ${locale} build has no ${missing.join(', ')}`);
	return pages;
}

/** The files a language's pages load, as the service worker names them (under the base path). */
function languageFiles(languageDir: string, pages: string[], base: string): LanguageFiles {
	const build = filesIn(join(languageDir, '_app/immutable')).map((f) => `${base}/_app/immutable/${f}`);
	return { build: build.sort(), pages: pages.map((page) => `${base}${page}`) };
}

export interface SiteOptions {
	/** The merged site's folder. */
	out: string;
	/** The languages to build, the base language first. */
	locales: string[];
	log?: (message: string) => void;
	/** Extra environment for every build (BASE_PATH, KIT_OUT_DIR…). */
	env?: Record<string, string>;
}

/** Builds each language with `vite build`, merges them into `out` and compresses the result. */
export async function buildSite({ out, locales, log = console.error, env = {} }: SiteOptions): Promise<void> {
	const [first, ...others] = locales;
	if (first !== settings.baseLocale) throw new Error(`The first language must be ${settings.baseLocale}`);
	const unknown = locales.filter((l) => !settings.locales.includes(l));
	if (unknown.length) throw new Error(`Not a language of the project: ${unknown.join(', ')}`);
	const base = (env.BASE_PATH ?? process.env.BASE_PATH ?? '').replace(/\/$/, '');
	const parts = `${out}.languages`;
	const version = String(Date.now());
	const build = (locale: string, extra: Record<string, string> = {}) => {
		log(`Building ${locale}…`);
		execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
			stdio: ['ignore', 'inherit', 'inherit'],
			env: {
				...process.env,
				...env,
				...extra,
				SITE_LOCALE: locale,
				SITE_VERSION: version,
				BUILD_DIR: join(parts, locale)
			}
		});
	};
	rmSync(parts, { recursive: true, force: true });
	build(first);
	const basePages = pagesOf(join(parts, first));
	for (const locale of others) build(locale, { SITE_PAGES: JSON.stringify(basePages) });

	log(`Merging ${locales.join(', ')} into ${out}…`);
	rmSync(out, { recursive: true, force: true });
	cpSync(join(parts, first), out, { recursive: true });
	const files: Record<string, LanguageFiles> = {
		[first]: languageFiles(join(parts, first), basePages, base)
	};
	for (const locale of others) {
		const pages = mergeLanguage(out, join(parts, locale), locale, basePages);
		files[locale] = languageFiles(join(parts, locale), pages, base);
	}
	writeFileSync(join(out, LANGUAGE_FILES), `${JSON.stringify(files)}\n`);
	rmSync(parts, { recursive: true, force: true });
	log('Compressing files (.br, .gz)…');
	await precompress(out);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values } = parseArgs({
		options: {
			out: { type: 'string', default: process.env.BUILD_DIR ?? 'build' },
			locales: { type: 'string', default: settings.locales.join(',') }
		}
	});
	await buildSite({ out: values.out!, locales: values.locales!.split(',').filter(Boolean) });
}
