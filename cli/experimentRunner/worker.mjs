// Worker-thread entry when capflow runs from its sources: registers tsx (as the capflow bin does)
// so the TypeScript kernel loads. The compiled build has its own worker.mjs (scripts/buildCli.mjs).
import { register } from 'tsx/esm/api';

register();
await import('./workerMain.ts');
