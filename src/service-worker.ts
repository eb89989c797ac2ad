/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline after the first visit, without costing a reader on a slow link more than the pages they read:
// what a page fetched is cached; the engine and the data once the engine has been used; everything else
// only when the page asks for it on a fast link (see OfflineCopy in lib/state/offline-copy.ts).
import { base, build, files, prerendered, version } from '$service-worker';
import type { OfflineRequest } from '$lib/state/offline-copy';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `igf-metrics-${version}`;
// Every language's scripts are under _app/immutable/, this worker's list names one language's (respond, below).
const IMMUTABLE = new Set([...build, ...files]);
/** The engine's files: DuckDB's and parquet-wasm's workers and WASM. */
const ENGINE_FILE = /duckdb|parquet|\/workers\//;
/** parquet-wasm's copy bundled with the Parquet worker, never fetched: the page hands the worker its module. */
const UNUSED_FILE = /\/workers\/assets\/.*\.wasm$/;

/** /api/datasets/ repeats the bundled data as files for programs (Parquet and CSV): the site copy leaves them out. */
const API_DATASETS = `${base}/api/datasets/`;

/** The bundled data: the manifest and every Parquet file it lists (sourced CSVs are cached when downloaded). */
async function dataFiles(): Promise<string[]> {
	const manifest = `${base}/datasets/manifest.json`;
	const res = await fetch(manifest, { cache: 'no-cache' });
	if (!res.ok) return [];
	const { datasets } = (await res.json()) as { datasets: { file: string }[] };
	return [manifest, ...datasets.map((d) => `${base}/datasets/${d.file}`)];
}

/** Each language's scripts and pages, when the site was built one language at a time (scripts/build-site.ts). */
type LanguageFiles = Record<string, { build: string[]; pages: string[] }>;

/** This worker's own lists name one language's scripts; a site built one language at a time lists each one's. */
async function languageFiles(): Promise<LanguageFiles | null> {
	const res = await fetch(`${base}/_app/languages.json`, { cache: 'no-cache' });
	return res.ok ? ((await res.json()) as LanguageFiles) : null;
}

/** The scripts and pages of the reader's language, and the files every language shares (the data API). */
async function siteFiles(locale: string): Promise<{ scripts: string[]; pages: string[] }> {
	const languages = await languageFiles();
	const own = languages?.[locale];
	if (!languages || !own) return { scripts: build, pages: prerendered };
	const pagesOfAnyLanguage = new Set(Object.values(languages).flatMap((l) => l.pages));
	const shared = prerendered.filter((p) => !pagesOfAnyLanguage.has(p));
	return { scripts: own.build, pages: [...own.pages, ...shared] };
}

/** The files each kind of request caches. */
async function filesFor(request: OfflineRequest): Promise<string[]> {
	if (request.cache === 'page') return request.urls;
	const { scripts, pages } = await siteFiles(request.locale);
	// The page fetches the engine's WASM itself (db/fetch-with-progress.ts), so every engine file is in `build`.
	const engine = [...scripts.filter((f) => ENGINE_FILE.test(f) && !UNUSED_FILE.test(f)), ...(await dataFiles())];
	if (request.cache === 'engine') return engine;
	const site = pages.filter((f) => !f.startsWith(API_DATASETS));
	return [...scripts.filter((f) => !UNUSED_FILE.test(f)), ...files, ...site, ...engine];
}

/** Adds what is not cached yet; a file already in the HTTP cache is not downloaded again. */
async function cacheAll(urls: readonly string[]): Promise<void> {
	const cache = await caches.open(CACHE);
	for (const url of new Set(urls)) {
		if (await cache.match(url)) continue;
		const response = await fetch(url, { cache: 'force-cache' });
		if (response.ok) await cache.put(url, response);
	}
}

sw.addEventListener('install', (event) => {
	event.waitUntil(sw.skipWaiting());
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

// The page says what to keep: the files it loaded before this worker controlled it, the engine once used,
// or the whole site on a fast link. The reply says when it is done (or why not).
sw.addEventListener('message', (event) => {
	const request = event.data as OfflineRequest;
	const reply = event.ports[0];
	event.waitUntil(
		filesFor(request)
			.then(cacheAll)
			.then(
				() => reply?.postMessage({ cached: request.cache }),
				(error: unknown) => reply?.postMessage({ error: String(error) })
			)
	);
});

/** Cache-first for hashed build files (they never change); network-first for pages and data, so updates show. */
async function respond(event: FetchEvent): Promise<Response> {
	const { request } = event;
	const url = new URL(request.url);
	const cache = await caches.open(CACHE);
	if (IMMUTABLE.has(url.pathname) || url.pathname.startsWith(`${base}/_app/immutable/`)) {
		const hit = await cache.match(url.pathname);
		if (hit) return hit;
	}
	try {
		const response = await fetch(request);
		// Cached alongside, not before answering: the page reads the body as it arrives (e.g. the engine's progress).
		if (response.status === 200 && response.type === 'basic') event.waitUntil(cache.put(request, response.clone()));
		return response;
	} catch (error) {
		const hit = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
		if (hit) return hit;
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || new URL(request.url).origin !== sw.location.origin) return;
	// Byte ranges are passed through: a cached full body is not a partial response.
	if (request.headers.has('range')) return;
	event.respondWith(respond(event));
});
