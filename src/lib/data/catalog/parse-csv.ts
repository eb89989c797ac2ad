import type { Finding } from './finding';

/** RFC 4180 CSV reader that keeps the line on which each record starts (line 1 = header). */
export interface CsvRecord {
	line: number;
	fields: string[];
}

export interface CsvIssue {
	line: number;
	column: number;
	finding: Finding;
}

export interface ParsedCsv {
	header: string[];
	records: CsvRecord[];
	issues: CsvIssue[];
}

/** Splits CSV text into records: quoted fields may hold the delimiter, `""` and line breaks; CRLF or LF. */
export function parseCsv(text: string, delimiter = ','): ParsedCsv {
	const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const records: CsvRecord[] = [];
	const issues: CsvIssue[] = [];
	let line = 1;
	let fields: string[] = [];
	let field = '';
	let start = 1;
	let quoted = false;
	let wasQuoted = false;
	let quoteLine = 1;
	const endField = () => {
		fields.push(field);
		field = '';
		wasQuoted = false;
	};
	const endRecord = () => {
		endField();
		// A blank line is not a record (and a trailing newline ends the file).
		if (!(fields.length === 1 && fields[0] === '')) records.push({ line: start, fields });
		fields = [];
	};
	const stray = (finding: Finding) => issues.push({ line, column: fields.length + 1, finding });
	for (let i = 0; i < src.length; i++) {
		const c = src[i];
		if (quoted) {
			if (c === '"' && src[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else {
				if (c === '\n') line++;
				field += c;
			}
		} else if (c === '"') {
			if (field === '' && !wasQuoted) {
				quoted = wasQuoted = true;
				quoteLine = line;
			} else stray({ code: 'stray_quote' });
		} else if (c === delimiter) endField();
		else if (c === '\r' && src[i + 1] === '\n') continue;
		else if (c === '\n') {
			endRecord();
			line++;
			start = line;
		} else {
			if (wasQuoted) {
				stray({ code: 'text_after_quote' });
				wasQuoted = false;
			}
			field += c;
		}
	}
	if (quoted) issues.push({ line: quoteLine, column: fields.length + 1, finding: { code: 'unterminated_quote' } });
	if (field !== '' || fields.length > 0 || wasQuoted) endRecord();
	const [head, ...rest] = records;
	return { header: head ? head.fields : [], records: rest, issues };
}
