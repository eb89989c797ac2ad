import type { DatasetSpec } from '../schema';
import { contributions } from './contributions';
import { countries } from './countries';
import { expenditures } from './expenditures';
import { fundingTotals } from './funding-totals';
import { hostCosts } from './host-costs';
import { meetings } from './meetings';
import { nris } from './nris';
import { participants } from './participants';
import { participationBreakdown } from './participation-breakdown';
import { recommendations } from './recommendations';

/** Every dataset `npm run data` builds, in manifest order. */
export const DATASETS: DatasetSpec[] = [
	meetings,
	participationBreakdown,
	contributions,
	fundingTotals,
	expenditures,
	hostCosts,
	nris,
	recommendations,
	countries,
	participants
];

/** Datasets with one row per person (counts below the small-cell threshold are suppressed). */
export const isRowLevel = (name: string) => DATASETS.some((d) => d.name === name && d.rowLevel === true);
