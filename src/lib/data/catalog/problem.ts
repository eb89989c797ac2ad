/** One finding of the build, printed as `file:line:column: message` (line 1 is the CSV header). */
export interface Problem {
	file: string;
	line: number;
	column: number;
	message: string;
	severity: 'error' | 'warning';
}

export function formatProblem(p: Problem): string {
	const tag = p.severity === 'warning' ? 'warning: ' : '';
	return `${p.file}:${p.line}:${p.column}: ${tag}${p.message}`;
}

/** Orders problems by file, line, column so reports are stable. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0); // code-point order, locale-free
	return [...problems].sort(
		(a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.message, b.message)
	);
}

export const errorsOf = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error');
export const warningsOf = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'warning');
