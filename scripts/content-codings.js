// The content codings the site is served with: how each is made (ahead of time by scripts/precompress.js, on the
// fly by the servers for bytes that have no stored copy), and which of them a request accepts.
import zlib from 'node:zlib';

const { constants } = zlib;

/** Above this, brotli's best quality takes minutes on the engine's WASM for a few percent: a faster one is used. */
const BIG = 1024 * 1024;

/** @param {number} size the input's length */
const brotliOptions = (size) => ({
	// The default 4 MiB window: a larger one made the engine's WASM under 1% smaller and took twice as long.
	params: {
		[constants.BROTLI_PARAM_QUALITY]: size > BIG ? 9 : constants.BROTLI_MAX_QUALITY,
		[constants.BROTLI_PARAM_SIZE_HINT]: size
	}
});
const gzipOptions = () => ({ level: constants.Z_BEST_COMPRESSION });

/**
 * @typedef {object} Coding
 * @property {'br' | 'gzip'} name the Content-Encoding
 * @property {'.br' | '.gz'} suffix of the stored copy
 * @property {(size: number) => object} options zlib's options for an input of `size` bytes
 * @property {(size: number) => import('node:stream').Transform} stream a compressor for an input of `size` bytes
 * @property {(bytes: Uint8Array) => Buffer} compress
 */

/** @type {readonly Coding[]} in the order a server prefers them */
export const CODINGS = [
	{
		name: 'br',
		suffix: '.br',
		options: brotliOptions,
		stream: (size) => zlib.createBrotliCompress(brotliOptions(size)),
		compress: (bytes) => zlib.brotliCompressSync(bytes, brotliOptions(bytes.length))
	},
	{
		name: 'gzip',
		suffix: '.gz',
		options: gzipOptions,
		stream: () => zlib.createGzip(gzipOptions()),
		compress: (bytes) => zlib.gzipSync(bytes, gzipOptions())
	}
];

/**
 * Whether a request's Accept-Encoding allows a coding (`br;q=0` refuses br, `*` accepts any).
 * @param {string | undefined} header
 * @returns {(coding: string) => boolean}
 */
export function accepts(header = '') {
	const q = new Map(
		header.split(',').map((part) => {
			const [name, ...params] = part.trim().toLowerCase().split(';');
			const weight = params.map((p) => /^\s*q=([\d.]+)/.exec(p)).find(Boolean);
			return [name, weight ? Number(weight[1]) : 1];
		})
	);
	return (coding) => (q.get(coding) ?? q.get('*') ?? 0) > 0;
}
