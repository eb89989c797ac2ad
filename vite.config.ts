import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { bundledData } from './scripts/vite-plugin-data.ts';
import { fileParts } from './scripts/vite-plugin-file-parts.ts';
import { writePseudoProject } from './scripts/pseudo-locale.ts';

/** Paraglide's name for a build's one language (its per-locale build contract). */
const STATIC_LOCALE = '__PARAGLIDE_STATIC_LOCALE__';
/** Set by scripts/build-site.ts for each language's build. */
const siteLocale = process.env.SITE_LOCALE;

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			// PSEUDO_LOCALE=1 adds en-XA, accented English, to find text that is not a message (scripts/pseudo-locale.ts).
			project: process.env.PSEUDO_LOCALE === '1' ? writePseudoProject('.pseudo-locale') : './project.inlang',
			outdir: './src/lib/paraglide',
			// The language is the address's alone (/ar/…): a static site has no cookie or header to read. The build
			// reads it from the request's path, the browser from <html lang> (src/lib/i18n/locale-strategy.ts): no
			// URL patterns, so the browser gets no URLPattern polyfill.
			strategy: ['custom-address', 'baseLocale'],
			// The browser's bundle keeps none of the server's locale code.
			isServer: 'import.meta.env.SSR',
			// One build per language (scripts/build-site.ts) defines this as its language, so each language's
			// scripts keep only its own text; undefined elsewhere (dev, tests), where the address decides.
			experimentalStaticLocale: `/** @type {any} */ (globalThis).${STATIC_LOCALE}`
		}),
		sveltekit(),
		bundledData(),
		fileParts()
	],
	define: siteLocale ? { [`globalThis.${STATIC_LOCALE}`]: JSON.stringify(siteLocale) } : {},
	cacheDir: process.env.VITE_CACHE_DIR ?? 'node_modules/.vite',
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'] },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 120_000,
		pool: 'forks'
	}
});
