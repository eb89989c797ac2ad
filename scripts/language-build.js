// One language's build of the site (scripts/build-site.ts): it prerenders that language's pages and no other's.
import settings from '../project.inlang/settings.json' with { type: 'json' };

/**
 * The language an address is in: its first segment after the base path, or the base language.
 * @param {string} path
 * @param {string} base
 */
export function addressLanguage(path, base) {
	const first = path.slice(base.length).split('/')[1];
	return settings.locales.find((l) => l !== settings.baseLocale && l === first) ?? settings.baseLocale;
}

/**
 * A base-language page's address in another language: `/funding` is `/ar/funding`, `/` is `/ar`.
 * @param {string} page
 * @param {string} locale
 */
export const localizedPage = (page, locale) =>
	locale === settings.baseLocale ? page : `/${locale}${page === '/' ? '' : page}`;

/**
 * The base language's address of a page: `/ar/funding` is `/funding`, `/zh` is `/`.
 * @param {string} page
 */
export function baseLanguagePath(page) {
	const locale = addressLanguage(page, '');
	return locale === settings.baseLocale ? page : page.slice(locale.length + 1) || '/';
}

/**
 * The prerender settings of the build SITE_LOCALE names, or undefined for a build of every language at once.
 * Other languages start from SITE_PAGES, the base language's pages (JSON), since their addresses are not routes.
 * @param {Record<string, string | undefined>} env
 * @param {string} base
 * @returns {import('@sveltejs/kit').KitConfig['prerender'] | undefined}
 */
export function languageBuild(env, base) {
	const locale = env.SITE_LOCALE;
	if (!locale) return undefined;
	if (!settings.locales.includes(locale))
		throw new Error(`SITE_LOCALE=${locale} is not one of the project's languages (${settings.locales.join(', ')})`);
	/** @param {{ status: number, path: string, message: string }} error */
	const handleHttpError = ({ status, path, message }) => {
		// An address in another language is another build's: the server answers it 404 (src/hooks.server.ts).
		if (status === 404 && addressLanguage(path, base) !== locale) return;
		throw new Error(message);
	};
	if (locale === settings.baseLocale) return { handleHttpError };
	const pages = /** @type {string[]} */ (JSON.parse(env.SITE_PAGES ?? '[]'));
	return {
		handleHttpError,
		entries: pages.map((page) => /** @type {`/${string}`} */ (localizedPage(page, locale))),
		// The data API and the files for programs are the base language's build's alone.
		handleUnseenRoutes: 'ignore'
	};
}
