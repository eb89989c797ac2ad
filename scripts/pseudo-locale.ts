// A pseudo-locale, en-XA: English with every letter accented and each text lengthened, added to the languages
// of a build made with PSEUDO_LOCALE=1 (vite.config.ts). A page in it shows at a glance, and to
// tests/e2e/pseudo-locale.spec.ts, any text that did not come from messages: it stays plain English.
// Normal builds never see it: it lives in its own generated inlang project, not in messages/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import settings from '../project.inlang/settings.json' with { type: 'json' };

export const PSEUDO_LOCALE = 'en-XA';

const ACCENTED: Record<string, string> = Object.fromEntries(
	[...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
		c,
		[...'áƀçđéƒĝĥíĵķļɱñóþǫŕšţúṽŵẋýžÁßÇĐÉƑĜĤÍĴĶĻṀÑÓÞǪŔŠŢÚṼŴẊÝŽ'][i]
	])
);

/** Around a message's parameter in en-XA, so the spec can check what a parameter says too. */
export const PARAMETER_MARKS = ['‹', '›'] as const;

/**
 * Accents every letter outside `{placeholders}`, marks each placeholder `‹…›`, and lengthens the text by about
 * a third, in brackets.
 */
export function pseudoLocalize(text: string): string {
	const parts = text.split(/(\{[^}]*\})/);
	const [open, close] = PARAMETER_MARKS;
	const accented = parts
		.map((part, i) => (i % 2 ? `${open}${part}${close}` : [...part].map((c) => ACCENTED[c] ?? c).join('')))
		.join('');
	const letters = parts.filter((_, i) => i % 2 === 0).join('').length;
	return `⟦${accented}${'·'.repeat(Math.ceil(letters / 3))}⟧`;
}

/** A message of the inlang message format: a text, or variants whose texts sit in `match`. */
type Message = string | { declarations?: string[]; selectors?: string[]; match: Record<string, string> }[];

function pseudoMessage(message: Message): Message {
	if (typeof message === 'string') return pseudoLocalize(message);
	return message.map((variant) => ({
		...variant,
		match: Object.fromEntries(Object.entries(variant.match).map(([key, text]) => [key, pseudoLocalize(text)]))
	}));
}

/**
 * Writes an inlang project under `dir`: the project's languages and messages, plus en-XA made from the base
 * language's. Returns the project's path for Paraglide.
 */
export function writePseudoProject(dir: string): string {
	const messages = join(dir, 'messages');
	mkdirSync(messages, { recursive: true });
	mkdirSync(join(dir, 'project.inlang'), { recursive: true });
	for (const locale of settings.locales) {
		writeFileSync(join(messages, `${locale}.json`), readFileSync(`messages/${locale}.json`));
	}
	const base: Record<string, Message> = JSON.parse(readFileSync(`messages/${settings.baseLocale}.json`, 'utf8'));
	const pseudo = Object.fromEntries(
		Object.entries(base).map(([key, message]) => [key, key === '$schema' ? message : pseudoMessage(message)])
	);
	writeFileSync(join(messages, `${PSEUDO_LOCALE}.json`), JSON.stringify(pseudo, null, '\t'));
	const project = {
		...settings,
		locales: [...settings.locales, PSEUDO_LOCALE],
		// Paths in a project are relative to the folder that holds it.
		modules: settings.modules.map((m) => join('..', m))
	};
	writeFileSync(join(dir, 'project.inlang', 'settings.json'), JSON.stringify(project, null, '\t'));
	return join(dir, 'project.inlang');
}
