// The build as a static host receives it, and npm start's server as a host answers: sizes, compressed copies,
// content codings, types and cache headers.
import { get } from 'node:http';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { test, expect } from '@playwright/test';
import { compressible, contentType } from '../../scripts/static-files.js';
import { HOST_FILE_LIMIT } from '../../scripts/file-parts';

const buildDir = process.env.BUILD_DIR ?? 'build';
const files = readdirSync(buildDir, { recursive: true, encoding: 'utf8' })
	.map((f) => join(buildDir, f))
	.filter((f) => statSync(f).isFile());
const originals = files.filter((f) => !/\.(br|gz)$/.test(f));

/** The response to a raw request, body as sent (not decoded). */
function request(url: string, headers: Record<string, string>, method = 'GET') {
	return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
		(resolve, reject) =>
			get(url, { headers, method }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
			}).on('error', reject)
	);
}

test('every file of the build is at most 25 MiB, which static hosts such as Cloudflare Pages accept', () => {
	expect(files.length).toBeGreaterThan(20);
	const big = files.filter((f) => statSync(f).size > HOST_FILE_LIMIT).map((f) => relative(buildDir, f));
	expect(big).toEqual([]);
	// Only the bundle with WebAssembly exceptions ships, stored in parts.
	expect(files.some((f) => /duckdb-(mvp|coi)/.test(f))).toBe(false);
	expect(originals.filter((f) => /duckdb-eh\.part\d/.test(f)).length).toBeGreaterThan(1);
});

test('every compressible file is stored as .br and .gz that decompress to it', () => {
	const stored = originals.filter(compressible);
	expect(stored.some((f) => f.endsWith('.wasm'))).toBe(true);
	expect(stored.some((f) => f.endsWith('.csv'))).toBe(true);
	for (const f of stored) {
		const original = readFileSync(f);
		expect(brotliDecompressSync(readFileSync(`${f}.br`)).equals(original), `${f}.br`).toBe(true);
		expect(gunzipSync(readFileSync(`${f}.gz`)).equals(original), `${f}.gz`).toBe(true);
	}
	const parquet = originals.filter((f) => f.endsWith('.parquet'));
	expect(parquet.length).toBeGreaterThan(0);
	for (const f of parquet) expect(files, 'Parquet is compressed already').not.toContain(`${f}.br`);
});

test('npm start sends the precompressed copy the request accepts, with type, length and cache headers', async ({
	baseURL
}) => {
	const wasm = originals.find((f) => /duckdb-eh\..*\.wasm$/.test(f))!;
	const cases = [
		{ path: relative(buildDir, wasm), file: wasm, immutable: true },
		{ path: 'participation', file: join(buildDir, 'participation.html'), immutable: false },
		{ path: 'datasets/manifest.json', file: join(buildDir, 'datasets', 'manifest.json'), immutable: false },
		{ path: 'service-worker.js', file: join(buildDir, 'service-worker.js'), immutable: false }
	];
	for (const { path, file, immutable } of cases) {
		const url = new URL(path, baseURL).href;
		const original = readFileSync(file);
		for (const [accept, coding, decode] of [
			['gzip, deflate, br', 'br', brotliDecompressSync],
			['gzip', 'gzip', gunzipSync],
			['br;q=0, gzip;q=0.5', 'gzip', gunzipSync],
			['identity', undefined, (b: Buffer) => b]
		] as const) {
			const res = await request(url, { 'Accept-Encoding': accept });
			expect(res.status, `${path} ${accept}`).toBe(200);
			expect(res.headers['content-encoding'], `${path} ${accept}`).toBe(coding);
			expect(res.headers['vary']).toBe('Accept-Encoding');
			expect(res.headers['content-type']).toBe(contentType(file));
			expect(Number(res.headers['content-length'])).toBe(res.body.length);
			expect(decode(res.body).equals(original), `${path} ${accept} body`).toBe(true);
			expect(res.headers['cache-control']).toBe(immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
			expect(res.headers['content-security-policy']).toContain("default-src 'self'");
		}
		// HEAD: the same headers, no body; a current copy is answered 304.
		const head = await request(url, { 'Accept-Encoding': 'br' }, 'HEAD');
		expect(head.status).toBe(200);
		expect(head.body.length).toBe(0);
		expect(Number(head.headers['content-length'])).toBe(statSync(`${file}.br`).size);
		const again = await request(url, { 'Accept-Encoding': 'br', 'If-None-Match': String(head.headers.etag) });
		expect(again.status).toBe(304);
	}
	const parquetFile = originals.find((f) => f.endsWith('.parquet'))!;
	const parquet = await request(new URL(relative(buildDir, parquetFile), baseURL).href, { 'Accept-Encoding': 'br' });
	expect(parquet.headers['content-encoding']).toBeUndefined();
	expect(parquet.headers['content-type']).toBe('application/vnd.apache.parquet');
});
