import { baseLocale, locales, type Locale } from '$lib/paraglide/runtime';

/** The language an address is in: the segment after the base path (`/ar/…`), or the base language. */
export function localeOfPath(pathname: string, base: string): Locale {
	if (pathname !== base && !pathname.startsWith(`${base}/`)) return baseLocale;
	const first = pathname.slice(base.length).split('/')[1];
	return locales.find((l) => l !== baseLocale && l === first) ?? baseLocale;
}

/** The base-language address of a page (`/ar/funding` → `/funding`), the route SvelteKit matches. */
export function delocalizePath(pathname: string, base: string): string {
	const locale = localeOfPath(pathname, base);
	if (locale === baseLocale) return pathname;
	return base + (pathname.slice(base.length + locale.length + 1) || '/');
}
