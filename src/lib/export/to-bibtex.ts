/** A BibTeX entry: text fields escaped for LaTeX, the URL kept as it is apart from what breaks an entry. */

// One pass, so an escape's own backslash or braces are never escaped again.
const SPECIAL: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'{': '\\{',
	'}': '\\}',
	$: '\\$',
	'&': '\\&',
	'%': '\\%',
	'#': '\\#',
	_: '\\_',
	'^': '\\^{}',
	'~': '\\~{}'
};

/** Text as a BibTeX field value shows it after LaTeX: its special characters escaped. */
export function bibtexText(text: string): string {
	return text.replace(/[\\{}$&%#_^~]/g, (c) => SPECIAL[c]);
}

/**
 * A URL for the `url` field, which biblatex and the url package read verbatim (so `#` and `%` stay); only
 * braces and backslashes, which would unbalance or escape the field, are percent-encoded.
 */
export function bibtexUrl(url: string): string {
	return url.replace(/[{}\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A citation key: letters, digits and `-:._` only (BibTeX ends a key at a comma, space or brace). */
export function bibtexKey(...parts: string[]): string {
	return parts.map((p) => p.replace(/[^A-Za-z0-9._-]+/g, '-')).join(':');
}

/** `@type{key, field = {value}, …}`; values are written as given (escape them with bibtexText first). */
export function bibtexEntry(type: string, key: string, fields: Readonly<Record<string, string | undefined>>): string {
	// A field without a value is left out.
	const given = Object.entries(fields).filter((e): e is [string, string] => e[1] !== undefined);
	const width = Math.max(...given.map(([f]) => f.length));
	const lines = given.map(([f, v]) => `  ${f.padEnd(width)} = {${v}}`);
	return `@${type}{${key},\n${lines.join(',\n')}\n}\n`;
}
