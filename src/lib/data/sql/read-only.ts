/**
 * Guard for the SQL console: lets one read-only query through and refuses anything that writes,
 * attaches, installs or reads files or the network. A deny-list over tokens (comments and string
 * literals stripped first), because the engine itself cannot be put in read-only mode per query.
 */
export type GuardResult = { ok: true; sql: string } | { ok: false; reason: Refusal };

/** Why a query was refused, as a code and its parameters: `format/sql-text.ts` words it in the page's language. */
export type Refusal =
	| { code: 'unterminated'; what: Unterminated }
	| { code: 'empty' }
	| { code: 'several' }
	| { code: 'start' }
	| { code: 'word'; word: string }
	| { code: 'file_function'; name: string }
	| { code: 'file_name' }
	| { code: 'person_level'; table: string };
type Unterminated = 'comment' | 'string' | 'identifier' | 'dollar';

const STARTS = new Set(['select', 'with', 'from', 'values', 'describe', 'show', 'summarize', 'explain', 'pivot', 'unpivot', 'table']);
const WRITE_WORDS = new Set([
	'insert', 'update', 'delete', 'create', 'drop', 'alter', 'truncate', 'merge', 'upsert', 'attach', 'detach',
	'copy', 'install', 'load', 'export', 'import', 'pragma', 'set', 'reset', 'call', 'checkpoint', 'vacuum', 'use',
	'begin', 'commit', 'rollback', 'grant', 'revoke', 'analyze'
]);
/** Table functions and scalar functions that reach the file system, the network or run SQL text. */
const FILE_FUNCTIONS = /^(read_\w+|parquet_\w+|sniff_csv|glob|httpfs\w*|http_\w+|s3\w*|iceberg_\w+|delta_scan|sqlite_\w+|postgres_\w+|mysql_\w+|query|query_table|load_extension|getenv|duckdb_secrets|write_\w+|json_execute_serialized_sql|csv_scan|arrow_scan\w*)$/i;

interface Token {
	kind: 'word' | 'quoted' | 'string' | 'symbol';
	text: string;
}

/** Splits SQL into words, quoted identifiers, strings and symbols; comments are dropped. */
function tokenize(sql: string): Token[] | Unterminated {
	const tokens: Token[] = [];
	let i = 0;
	while (i < sql.length) {
		const c = sql[i];
		if (/\s/.test(c)) i++;
		else if (sql.startsWith('--', i)) i = endOf(sql, '\n', i + 2);
		else if (sql.startsWith('/*', i)) {
			const end = sql.indexOf('*/', i + 2);
			if (end < 0) return 'comment';
			i = end + 2;
		} else if (c === "'" || c === '"') {
			let j = i + 1;
			let text = '';
			for (;;) {
				if (j >= sql.length) return c === "'" ? 'string' : 'identifier';
				if (sql[j] === c && sql[j + 1] === c) {
					text += c;
					j += 2;
				} else if (sql[j] === c) break;
				else text += sql[j++];
			}
			tokens.push({ kind: c === "'" ? 'string' : 'quoted', text });
			i = j + 1;
		} else if (c === '$' && /^\$\w*\$/.test(sql.slice(i))) {
			const tag = /^\$\w*\$/.exec(sql.slice(i))![0];
			const end = sql.indexOf(tag, i + tag.length);
			if (end < 0) return 'dollar';
			tokens.push({ kind: 'string', text: sql.slice(i + tag.length, end) });
			i = end + tag.length;
		} else if (/[A-Za-z_]/.test(c)) {
			const word = /^[A-Za-z_][\w$]*/.exec(sql.slice(i))![0];
			tokens.push({ kind: 'word', text: word });
			i += word.length;
		} else {
			tokens.push({ kind: 'symbol', text: c });
			i++;
		}
	}
	return tokens;
}

const endOf = (s: string, ch: string, from: number) => {
	const at = s.indexOf(ch, from);
	return at < 0 ? s.length : at + 1;
};

/** Accepts exactly one read-only statement (a trailing `;` is dropped) or says why not. */
export function guardReadOnly(sql: string): GuardResult {
	const tokens = tokenize(sql);
	if (typeof tokens === 'string') return refuse({ code: 'unterminated', what: tokens });
	while (tokens.at(-1)?.text === ';') tokens.pop();
	if (tokens.length === 0) return refuse({ code: 'empty' });
	if (tokens.some((t) => t.kind === 'symbol' && t.text === ';')) return refuse({ code: 'several' });
	const first = tokens[0];
	if (first.kind !== 'word' && !(first.kind === 'symbol' && first.text === '(')) return refuse({ code: 'start' });
	if (first.kind === 'word' && !STARTS.has(first.text.toLowerCase()))
		return refuse({ code: 'word', word: first.text });
	for (let k = 0; k < tokens.length; k++) {
		const t = tokens[k];
		const next = tokens[k + 1];
		if (t.kind === 'word' && WRITE_WORDS.has(t.text.toLowerCase())) return refuse({ code: 'word', word: t.text });
		if ((t.kind === 'word' || t.kind === 'quoted') && next?.text === '(' && FILE_FUNCTIONS.test(t.text))
			return refuse({ code: 'file_function', name: t.text });
		// `FROM 'file.csv'` would make DuckDB read a file by name.
		if (t.kind === 'string' && /^(from|join)$/i.test(tokens[k - 1]?.text ?? ''))
			return refuse({ code: 'file_name' });
	}
	return { ok: true, sql: sql.trim().replace(/;\s*$/, '') };
}

const refuse = (reason: Refusal): GuardResult => ({ ok: false, reason });

/**
 * Refuses a query that names one of `tables`, or a table built from one (its cubes, `<name>_…`), as a
 * word, a quoted identifier or a string: the console must not reach person-level records that are
 * only ever shown with small-cell suppression.
 */
export function guardTables(sql: string, tables: readonly string[]): GuardResult {
	const tokens = tokenize(sql);
	if (typeof tokens === 'string') return refuse({ code: 'unterminated', what: tokens });
	for (const t of tokens) {
		if (t.kind === 'symbol') continue;
		const text = t.text.toLowerCase();
		const table = tables.find((name) => text === name.toLowerCase() || text.startsWith(`${name.toLowerCase()}_`));
		if (table) return refuse({ code: 'person_level', table });
	}
	return { ok: true, sql };
}

/**
 * Which of `tables` a query names, as a word or a quoted identifier (not inside a string or comment):
 * the tables its result was drawn from, for an export's provenance. A column named like a table counts too.
 */
export function tablesNamed(sql: string, tables: readonly string[]): string[] {
	const tokens = tokenize(sql);
	if (typeof tokens === 'string') return [];
	// DuckDB matches identifiers without regard to case, quoted or not.
	const named = new Set(tokens.filter((t) => t.kind === 'word' || t.kind === 'quoted').map((t) => t.text.toLowerCase()));
	return tables.filter((name) => named.has(name.toLowerCase()));
}
