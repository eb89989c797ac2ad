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
	return [...problems].sort(
		(a, b) =>
			a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message)
	);
}

export const errorsOf = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error');
export const warningsOf = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'warning');
