import { fundingInitialData } from './initial-data';

export const load = () => fundingInitialData();
