// Worker-thread entry: registers tsx (as the capflow bin does) so the TypeScript kernel loads.
import { register } from 'tsx/esm/api';

register();
await import('./workerMain.ts');
