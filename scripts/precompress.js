// Writes a .br and a .gz beside every compressible file of the build, for hosts that serve them as they are.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createReadStream, createWriteStream } from 'node:fs';
import zlib from 'node:zlib';
import { ENCODINGS, compressible } from './static-files.js';

/** Compressing the engine at the highest quality takes minutes: a file seen before reuses its stored result. */
const CACHE_FROM = 1024 * 1024;

/** @param {string} file @param {'.br' | '.gz'} suffix */
function compressor(file, suffix) {
	const size = statSync(file).size;
	return suffix === '.br'
		? zlib.createBrotliCompress({
				params: {
					[zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
					// The largest window browsers decode (RFC 7932): big files compress further.
					[zlib.constants.BROTLI_PARAM_LGWIN]: zlib.constants.BROTLI_MAX_WINDOW_BITS,
					[zlib.constants.BROTLI_PARAM_SIZE_HINT]: size
				}
			})
		: zlib.createGzip({ level: zlib.constants.Z_BEST_COMPRESSION });
}

/** @param {string} file @param {'.br' | '.gz'} suffix @param {string} cacheDir */
async function compressFile(file, suffix, cacheDir) {
	const size = statSync(file).size;
	const cached =
		size >= CACHE_FROM && join(cacheDir, `${createHash('sha256').update(readFileSync(file)).digest('hex')}${suffix}`);
	if (cached && existsSync(cached)) return copyFileSync(cached, `${file}${suffix}`);
	await pipeline(createReadStream(file), compressor(file, suffix), createWriteStream(`${file}${suffix}`));
	if (cached) {
		mkdirSync(cacheDir, { recursive: true });
		copyFileSync(`${file}${suffix}`, cached);
	}
}

/** @param {string} dir @returns {string[]} */
function filesIn(dir) {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((f) => join(dir, f))
		.filter((f) => statSync(f).isFile());
}

/**
 * @param {string} dir the build folder
 * @param {string} cacheDir where compressed big files are kept between builds
 */
export async function precompress(dir, cacheDir) {
	const files = filesIn(dir).filter(compressible);
	await Promise.all(files.flatMap((f) => ENCODINGS.map(([, suffix]) => compressFile(f, suffix, cacheDir))));
}
