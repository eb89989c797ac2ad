/** Which of each year's targets (participants.targets.json) were published and which are defaults or rules, per year and counted. */
import type { TargetStatus } from './marginal-targets';
import type { ModeStatus } from './meeting-targets';

/** The parts of the sidecar written by scripts/synthesize.ts that say where each target came from. */
export interface TargetsSidecar {
	years: ({ year: number; mode: { status: ModeStatus } } & Record<
		MarginalKey,
		{ status: TargetStatus; sources: string[] }
	>)[];
}

export const MARGINALS = [
	{ key: 'region', label: 'Region' },
	{ key: 'stakeholder_group', label: 'Stakeholder group' },
	{ key: 'gender', label: 'Gender' },
	{ key: 'first_time', label: 'First-time' }
] as const;
export type MarginalKey = (typeof MARGINALS)[number]['key'];

export type CoverageKind = 'published' | 'partly published' | 'rule' | 'default';

export interface CoverageCell {
	kind: CoverageKind;
	/** What the target rests on beyond its kind: the pair of figures or the rule, for the onsite share. */
	detail?: string;
	sources: string[];
}

export interface CoverageYear {
	year: number;
	cells: Record<MarginalKey | 'mode', CoverageCell>;
}

export type CoverageCounts = { years: number } & Record<MarginalKey | 'mode', Record<CoverageKind, number>>;

const marginalCell = ({ status, sources }: { status: TargetStatus; sources: string[] }): CoverageCell => ({
	kind: status === 'published' ? 'published' : status === 'default' ? 'default' : 'partly published',
	sources
});

function modeCell(status: ModeStatus): CoverageCell {
	const [head, detail] = status.split(': ');
	if (head === 'published') return { kind: 'published', detail, sources: [] };
	if (head === 'rule') return { kind: 'rule', detail, sources: [] };
	return { kind: 'default', sources: [] };
}

export function targetCoverage(sidecar: TargetsSidecar): CoverageYear[] {
	return sidecar.years.map((y) => ({
		year: y.year,
		cells: {
			...(Object.fromEntries(MARGINALS.map(({ key }) => [key, marginalCell(y[key])])) as Record<MarginalKey, CoverageCell>),
			mode: modeCell(y.mode.status)
		}
	}));
}

/** Years of each kind per target: small enough to send to a page that only states them. */
export function coverageCounts(years: readonly CoverageYear[]): CoverageCounts {
	const keys = [...MARGINALS.map((m) => m.key), 'mode'] as const;
	const count = (key: (typeof keys)[number], kind: CoverageKind) => years.filter((y) => y.cells[key].kind === kind).length;
	const kinds: CoverageKind[] = ['published', 'partly published', 'rule', 'default'];
	return {
		years: years.length,
		...(Object.fromEntries(
			keys.map((key) => [key, Object.fromEntries(kinds.map((kind) => [kind, count(key, kind)]))])
		) as Record<MarginalKey | 'mode', Record<CoverageKind, number>>)
	};
}
