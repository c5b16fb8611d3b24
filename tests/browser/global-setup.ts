import type { TestProject } from 'vitest/node';
import { serveProductionBuild } from '../../scripts/lib/serve';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Serves the production build once for all browser tests. */
export default async function setup(project: TestProject) {
  const server = await serveProductionBuild();
  project.provide('baseURL', server.url);
  return () => server.stop();
}
