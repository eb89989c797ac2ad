import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import settings from '../../project.inlang/settings.json' with { type: 'json' };

const read = (locale: string): Record<string, string> => {
	const { $schema: _, ...messages } = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
	return messages;
};
const base = read(settings.baseLocale);

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return path.endsWith('lib/paraglide') ? [] : sources(path);
		return /\.(svelte|ts)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
	});
}
// In a file that imports the messages, they are called as m.key( or m['key'](: a key built at run time
// would hide from this check, so none is.
const messageCalls = (text: string) =>
	text.includes('$lib/paraglide/messages') ? [...text.matchAll(/\bm(?:\.(\w+)|\['(\w+)'\])\(/g)] : [];
const used = new Set(
	sources('src').flatMap((file) => messageCalls(readFileSync(file, 'utf8')).map((match) => match[1] ?? match[2]))
);
describe('messages', () => {
	for (const locale of settings.locales) {
		it(`${locale} has every message and no other`, () => {
			const messages = read(locale);
			expect(Object.keys(messages).sort()).toEqual(Object.keys(base).sort());
			const empty = Object.entries(messages).filter(([, text]) => String(text).trim() === '');
			expect(empty.map(([key]) => key)).toEqual([]);
		});
	}
	it('every message is used, and every message used exists', () => {
		expect([...used].filter((key) => !(key in base)).sort()).toEqual([]);
		expect(Object.keys(base).filter((key) => !used.has(key))).toEqual([]);
	});
});
