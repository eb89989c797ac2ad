// What a page costs on the wire before a reader acts: its HTML and every script and stylesheet the HTML names,
// each gzipped, for every prerendered page of a build; and how much more each language's page weighs than the
// same page in English, or than a baseline build's.
//
//   npm run bytes                                   # build/: each language against English
//   npm run bytes -- --budget 10                    # exits 1 when a page weighs more than 10% over English
//   npm run bytes -- --baseline bench/results/page-bytes.baseline.json   # against English before the languages
//   npm run bytes -- --build /tmp/base --write bench/results/page-bytes.baseline.json
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { baseLanguagePath } from './language-build.js';
import { pageFiles, pagePath } from './site-pages';

export interface PageBytes {
	/** gzipped bytes of the HTML, of the scripts it names and of the stylesheets it names */
	html: number;
	scripts: number;
	styles: number;
	total: number;
}

/** The files an HTML page names for its first paint and hydration: modulepreloads, stylesheets, inline import()s. */
export function namedFiles(html: string): { scripts: string[]; styles: string[] } {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
		const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
		const rel = /\brel="([^"]+)"/.exec(tag)?.[1];
		if (href && rel === 'modulepreload') scripts.add(href);
		if (href && rel === 'stylesheet') styles.add(href);
	}
	for (const [, src] of html.matchAll(/\bimport\("([^"]+)"\)/g)) scripts.add(src);
	for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) scripts.add(src);
	return { scripts: [...scripts], styles: [...styles] };
}

const gzipped = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** Every prerendered page of a build folder, by address. */
export function measureBuild(buildDir: string): Record<string, PageBytes> {
	const cache = new Map<string, number>();
	const sizeOf = (file: string) => {
		if (!cache.has(file)) cache.set(file, gzipped(readFileSync(file)));
		return cache.get(file)!;
	};
	const pages: Record<string, PageBytes> = {};
	for (const file of pageFiles(buildDir).sort()) {
		const path = join(buildDir, file);
		const html = readFileSync(path);
		const named = namedFiles(html.toString('utf8'));
		const sum = (hrefs: string[]) => hrefs.reduce((n, href) => n + sizeOf(join(dirname(path), href)), 0);
		const page = { html: gzipped(html), scripts: sum(named.scripts), styles: sum(named.styles), total: 0 };
		page.total = page.html + page.scripts + page.styles;
		pages[pagePath(file)] = page;
	}
	return pages;
}

export interface Growth {
	page: string;
	baseline: number;
	now: number;
	/** percent over the baseline's page in the base language */
	growth: number;
}

/**
 * Each page against the baseline's page of the same route in the base language; pages new since are left out.
 * With the build itself as the baseline, each language's page against the base language's.
 */
export function compare(now: Record<string, PageBytes>, baseline: Record<string, PageBytes>): Growth[] {
	return Object.entries(now).flatMap(([page, bytes]) => {
		const before = baseline[baseLanguagePath(page)];
		if (!before || before === bytes) return [];
		return [
			{ page, baseline: before.total, now: bytes.total, growth: (100 * (bytes.total - before.total)) / before.total }
		];
	});
}

function main() {
	const { values } = parseArgs({
		options: {
			build: { type: 'string', default: process.env.BUILD_DIR ?? 'build' },
			baseline: { type: 'string' },
			write: { type: 'string' },
			budget: { type: 'string' }
		}
	});
	const pages = measureBuild(values.build!);
	if (values.write) {
		writeFileSync(values.write, `${JSON.stringify(pages, null, '\t')}\n`);
		console.log(`${Object.keys(pages).length} pages written to ${values.write}`);
		return;
	}
	const rows = compare(pages, values.baseline ? JSON.parse(readFileSync(values.baseline, 'utf8')) : pages);
	const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);
	for (const r of rows)
		console.log(`${r.page.padEnd(42)} ${kb(r.baseline)} → ${kb(r.now)} KB  ${r.growth.toFixed(1).padStart(5)}%`);
	if (values.budget) {
		const over = rows.filter((r) => r.growth > Number(values.budget));
		if (over.length) {
			const against = values.baseline ?? 'English';
			console.error(
				`${over.length} pages weigh more than ${values.budget}% over ${against}: ${over.map((r) => r.page).join(', ')}`
			);
			process.exit(1);
		}
	}
}

if (import.meta.url === `file://${process.argv[1]}`) main();
