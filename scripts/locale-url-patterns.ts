import settings from '../project.inlang/settings.json' with { type: 'json' };

/**
 * Paraglide's URL patterns: English at today's addresses, every other language under /<locale>/, both after
 * the deployment's base path (BASE_PATH), which Paraglide's default patterns do not know.
 */
export function localeUrlPatterns(basePath: string) {
	const base = basePath.replace(/\/$/, '');
	const origin = ':protocol://:domain(.*)::port?';
	const others = settings.locales.filter((l) => l !== settings.baseLocale);
	return [
		{
			pattern: `${origin}${base}/:path(.*)?`,
			// The base locale comes last: its pattern matches every address.
			localized: [
				...others.map((l): [string, string] => [l, `${origin}${base}/${l}/:path(.*)?`]),
				[settings.baseLocale, `${origin}${base}/:path(.*)?`] as [string, string]
			]
		}
	];
}
