/** What a page asks the service worker to keep for offline use (src/service-worker.ts). */
export type OfflineRequest =
	/** The files a page loaded before the worker controlled it (later ones are kept as they are fetched). */
	| { cache: 'page'; urls: string[] }
	/** The engine's files and the bundled data, once the engine has been used. */
	| { cache: 'engine'; locale: string }
	/** Every page in the reader's language, the engine and the data: only on a fast link. */
	| { cache: 'site'; locale: string };

const ORDER: readonly OfflineRequest['cache'][] = ['page', 'engine', 'site'];

/**
 * The offline copy as the page drives it: registers the service worker and asks it to keep files.
 * `<html data-offline>` says the most it has kept so far ("page", "engine" or "site").
 */
export class OfflineCopy {
	#worker: Promise<ServiceWorker | null>;

	constructor(scriptUrl: string, type: WorkerType) {
		this.#worker =
			'serviceWorker' in navigator
				? navigator.serviceWorker
						.register(scriptUrl, { type })
						.then(() => navigator.serviceWorker.ready)
						.then((r) => r.active)
						.catch(() => null)
				: Promise.resolve(null);
	}

	/** Resolves once the worker has kept the files (or at once without a worker); rejects with its reason. */
	async keep(request: OfflineRequest): Promise<void> {
		const worker = await this.#worker;
		if (!worker) return;
		const channel = new MessageChannel();
		const reply = new Promise<{ cached?: string; error?: string }>((resolve) => {
			channel.port1.onmessage = (e) => resolve(e.data);
		});
		worker.postMessage(request, [channel.port2]);
		const answer = await reply;
		if (answer.error) throw new Error(answer.error);
		const root = document.documentElement;
		if (ORDER.indexOf(request.cache) > ORDER.indexOf((root.dataset.offline ?? '') as OfflineRequest['cache']))
			root.dataset.offline = request.cache;
	}
}

/** This page's own files on this origin: the document and what it fetched (as the browser timed them). */
export function pageFiles(): string[] {
	const own = (url: string) => {
		const u = new URL(url, location.href);
		return u.origin === location.origin ? u.pathname : null;
	};
	return [location.pathname, ...performance.getEntriesByType('resource').map((e) => own(e.name))].filter(
		(p): p is string => p !== null
	);
}
