import { createContext } from 'svelte';
import type { Engine } from './engine.svelte';

export const [getEngine, setEngine] = createContext<Engine>();
