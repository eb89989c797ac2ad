import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { fetchFiles, fetchWithProgress } from './fetch-with-progress';

/** A fetch answering `body` in chunks of `chunk` bytes with the given headers. */
function serve(body: Uint8Array, headers: Record<string, string>, chunk = 1000): typeof fetch {
	return async () =>
		new Response(
			new ReadableStream({
				start(controller) {
					for (let i = 0; i < body.length; i += chunk) controller.enqueue(body.slice(i, i + chunk));
					controller.close();
				}
			}),
			{ headers }
		);
}

const raw = Uint8Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 251);

describe('fetchWithProgress', () => {
	it('counts bytes as they arrive against the Content-Length and returns the whole file', async () => {
		const events: [number, number][] = [];
		const blob = await fetchWithProgress('/a.wasm', raw.length, (l, t) => events.push([l, t]), serve(raw, {
			'content-type': 'application/wasm',
			'content-length': String(raw.length)
		}));
		expect(new Uint8Array(await blob.arrayBuffer())).toEqual(raw);
		expect(blob.type).toBe('application/wasm');
		expect(events.map(([l]) => l)).toEqual([0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10_000, 10_000]);
		expect(new Set(events.map(([, t]) => t))).toEqual(new Set([raw.length]));
	});

	it('reports a compressed body in wire bytes: the read share of the raw size times the Content-Length', async () => {
		// The Response a browser hands over is already decompressed; only the headers tell the wire size.
		const wire = gzipSync(raw).length;
		const events: [number, number][] = [];
		await fetchWithProgress('/a.wasm', raw.length, (l, t) => events.push([l, t]), serve(raw, {
			'content-encoding': 'gzip',
			'content-length': String(wire)
		}, 2500));
		expect(events.map(([, t]) => t).every((t) => t === wire)).toBe(true);
		expect(events.map(([l]) => l)).toEqual([0, 0.25, 0.5, 0.75, 1, 1].map((f) => Math.round(f * wire)));
	});

	it('falls back to the raw size when a compressed body comes without a length', async () => {
		const events: [number, number][] = [];
		await fetchWithProgress('/a.wasm', raw.length, (l, t) => events.push([l, t]), serve(raw, { 'content-encoding': 'br' }, 5000));
		expect(events).toEqual([[0, 10_000], [5000, 10_000], [10_000, 10_000], [10_000, 10_000]]);
	});

	it('says which file failed and how', async () => {
		const missing: typeof fetch = async () => new Response('no', { status: 404 });
		await expect(fetchWithProgress('/gone.wasm', 1, () => {}, missing)).rejects.toThrow('/gone.wasm (HTTP 404)');
	});
});

describe('fetchFiles', () => {
	const served: Record<string, Uint8Array> = { a1: raw.slice(0, 6000), a2: raw.slice(6000), b1: raw.slice(0, 3000) };
	const fetcher: typeof fetch = async (url) => {
		const body = served[String(url)];
		return body ? serve(body, { 'content-length': String(body.length) }, 1500)(url) : new Response('no', { status: 404 });
	};

	it('joins each file from its parts, in order, counting every part against the sum of their sizes', async () => {
		const events: [number, number][] = [];
		const [a, b] = await fetchFiles(
			[
				{ urls: ['a1', 'a2'], sizes: [6000, 4000] },
				{ urls: ['b1'], sizes: [3000] }
			],
			'application/wasm',
			(l, t) => events.push([l, t]),
			{ fetcher, reportEveryMs: 0 }
		);
		expect(new Uint8Array(await a.arrayBuffer())).toEqual(raw);
		expect(new Uint8Array(await b.arrayBuffer())).toEqual(raw.slice(0, 3000));
		expect(a.type).toBe('application/wasm');
		// Nothing is said until every part has answered; then the total is all of them, and the count only grows.
		expect(events.every(([, t]) => t === 13_000)).toBe(true);
		expect(events.map(([l]) => l)).toEqual([...events.map(([l]) => l)].sort((x, y) => x - y));
		expect(events.at(-1)).toEqual([13_000, 13_000]);
	});

	it('reports at most once per interval, and always the end', async () => {
		let clock = 0;
		const times: number[] = [];
		const events: [number, number][] = [];
		await fetchFiles([{ urls: ['a1', 'a2'], sizes: [6000, 4000] }], 'application/wasm', (l, t) => {
			events.push([l, t]);
			times.push(clock);
		}, { fetcher, reportEveryMs: 100, now: () => (clock += 30) });
		// The end is reported once; every report before it waits out the interval.
		expect(events.filter(([l]) => l === 10_000)).toEqual([[10_000, 10_000]]);
		const gaps = times.slice(1, -1).map((t, i) => t - times[i]);
		expect(gaps.every((g) => g >= 100)).toBe(true);
		// Seven chunks arrived after both parts answered; fewer reports than that were made.
		expect(events.length).toBeLessThan(7);
	});

	it('fails naming the part that is missing', async () => {
		await expect(
			fetchFiles([{ urls: ['a1', 'gone'], sizes: [6000, 4000] }], 'application/wasm', () => {}, { fetcher })
		).rejects.toThrow('gone (HTTP 404)');
	});
});
