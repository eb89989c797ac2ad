/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline after the first visit: the app shell, the engine's WASM and the bundled data are cached.
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `igf-metrics-${version}`;
// Browsers without WebAssembly exceptions use DuckDB's MVP bundle: cached when first fetched, not up front.
const FALLBACK_BUNDLE = /duckdb-(browser-)?mvp/;
const IMMUTABLE = new Set([...build, ...files]);

/** The bundled data: the manifest and every Parquet file it lists (sourced CSVs are cached when downloaded). */
async function dataFiles(): Promise<string[]> {
	const manifest = `${base}/datasets/manifest.json`;
	const res = await fetch(manifest, { cache: 'no-cache' });
	if (!res.ok) return [];
	const { datasets } = (await res.json()) as { datasets: { file: string }[] };
	return [manifest, ...datasets.map((d) => `${base}/datasets/${d.file}`)];
}

/** Files a bundled worker loads itself (e.g. the Parquet decoder's WASM), which Vite does not list in `build`. */
async function workerAssets(): Promise<string[]> {
	const found: string[] = [];
	for (const file of build.filter((f) => f.includes('/workers/') && f.endsWith('.js'))) {
		const res = await fetch(file);
		if (!res.ok) continue;
		for (const [, rel] of (await res.text()).matchAll(/[`'"](assets\/[\w.-]+\.wasm)[`'"]/g)) {
			found.push(new URL(rel, new URL(file, sw.location.href)).pathname);
		}
	}
	return found;
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			const shell = [...build.filter((f) => !FALLBACK_BUNDLE.test(f)), ...files, ...prerendered];
			await cache.addAll([...new Set([...shell, ...(await workerAssets()), ...(await dataFiles())])]);
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

/** Cache-first for hashed build files (they never change); network-first for pages and data, so updates show. */
async function respond(request: Request): Promise<Response> {
	const url = new URL(request.url);
	const cache = await caches.open(CACHE);
	if (IMMUTABLE.has(url.pathname) || url.pathname.startsWith(`${base}/_app/immutable/`)) {
		const hit = await cache.match(url.pathname);
		if (hit) return hit;
	}
	try {
		const response = await fetch(request);
		if (response.status === 200 && response.type === 'basic') await cache.put(request, response.clone());
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
	event.respondWith(respond(request));
});
