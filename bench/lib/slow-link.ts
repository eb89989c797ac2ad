// Bytes before interaction on a slow link: a cold load of a page on a throttled network and CPU, left
// untouched until the network is quiet, counting what the page, its workers and its service worker received.
import type { Browser, CDPSession, Request } from 'playwright-core';

/** 1.6 Mbps down, 750 kbps up, 150 ms round trip: CDP takes bytes per second. */
export const SLOW_LINK = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 };
export const CPU_SLOWDOWN = 4;
/** The network counts as quiet after this long without a request starting or ending. */
export const QUIET_MS = 5_000;

export interface SlowLinkRun {
	/** Compressed bytes on the wire (headers and body) of every response that finished. */
	bytes: number;
	/** … of which the service worker's own fetches (its precache). */
	serviceWorkerBytes: number;
	requests: number;
	/** Paths of the `.wasm` files requested, finished or not. */
	wasm: string[];
	/** ms from navigation start until the network was quiet, or until `maxMs` when it never was. */
	settledMs: number;
	/** True when the page was still fetching at `maxMs`: its bytes are then a lower bound. */
	capped: boolean;
	/** Requests still open when the measurement ended. */
	unfinished: number;
	/** Their compressed length in full (Content-Length), for those whose headers had arrived. */
	unfinishedBytes: number;
}

/** Loads `url` in a new context (empty cache) on the slow link and waits for quiet, at most `maxMs`. */
export async function slowLinkRun(browser: Browser, url: string, maxMs: number): Promise<SlowLinkRun> {
	const context = await browser.newContext();
	const open = new Set<Request>();
	const sizes: Promise<{ bytes: number; worker: boolean } | null>[] = [];
	const wasm: string[] = [];
	let last = Date.now();
	context.on('request', (request) => {
		open.add(request);
		last = Date.now();
		if (/\.wasm(\?|$)/.test(request.url())) wasm.push(new URL(request.url()).pathname);
	});
	const settled = (request: Request) => {
		open.delete(request);
		last = Date.now();
	};
	/** A response the service worker answered is counted once, as the service worker's own fetch. */
	const counted = async (request: Request) => {
		const worker = request.serviceWorker() != null;
		if (!worker && (await request.response())?.fromServiceWorker()) return null;
		const s = await request.sizes();
		return { bytes: s.responseHeadersSize + s.responseBodySize, worker };
	};
	const lengths = new Map<Request, number>();
	context.on('response', (response) =>
		lengths.set(response.request(), Number(response.headers()['content-length'] ?? 0) || 0)
	);
	context.on('requestfinished', (request) => {
		settled(request);
		sizes.push(counted(request));
	});
	context.on('requestfailed', settled);
	const browserSession = await browser.newBrowserCDPSession();
	context.on('serviceworker', () => void throttleServiceWorkers(browserSession).catch(() => {}));
	try {
		const page = await context.newPage();
		const session = await context.newCDPSession(page);
		await session.send('Network.enable');
		await session.send('Network.emulateNetworkConditions', SLOW_LINK);
		await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
		const start = Date.now();
		await page.goto(url, { waitUntil: 'commit', timeout: maxMs });
		while (Date.now() - start < maxMs && (open.size > 0 || Date.now() - last < QUIET_MS))
			await page.waitForTimeout(250);
		const capped = open.size > 0 || Date.now() - last < QUIET_MS;
		const settledMs = capped ? maxMs : last - start;
		const unfinished = open.size;
		const unfinishedBytes = [...open].reduce((sum, r) => sum + (lengths.get(r) ?? 0), 0);
		const responses = (await Promise.all(sizes)).filter((c) => c != null);
		return {
			bytes: responses.reduce((s, c) => s + c.bytes, 0),
			serviceWorkerBytes: responses.filter((c) => c.worker).reduce((s, c) => s + c.bytes, 0),
			requests: responses.length,
			wasm,
			settledMs,
			capped,
			unfinished,
			unfinishedBytes
		};
	} finally {
		await browserSession.detach().catch(() => {});
		await context.close();
	}
}

const throttled = new Set<string>();

/**
 * CDP's network emulation binds one target: a service worker is its own. Playwright gives no session to one,
 * so the browser session attaches to it unflattened and sends the same conditions through the browser target.
 */
async function throttleServiceWorkers(browserSession: CDPSession): Promise<void> {
	const { targetInfos } = await browserSession.send('Target.getTargets');
	for (const target of targetInfos.filter((t) => t.type === 'service_worker' && !throttled.has(t.targetId))) {
		throttled.add(target.targetId);
		const { sessionId } = await browserSession.send('Target.attachToTarget', {
			targetId: target.targetId,
			flatten: false
		});
		const message = { id: 1, method: 'Network.emulateNetworkConditions', params: SLOW_LINK };
		await browserSession.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify(message) });
	}
}
