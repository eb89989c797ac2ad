import { FUNDING_VIEWS } from './funding/funding-views';
import { PARTICIPATION_CHARTS } from './participation/participation-charts';

/** Every chart on /funding and /participation, in page order: the names under /api/charts/. */
export const CHART_IDS: readonly string[] = [...FUNDING_VIEWS, ...PARTICIPATION_CHARTS].map((c) => c.id);
