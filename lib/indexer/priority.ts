import { constants, setPriority } from 'node:os';

/**
 * Lowers the calling thread's scheduling priority (on Linux a priority is per thread): indexing and analysis give
 * the processor to the threads answering readers whenever both want it.
 */
export function lowerPriority(): void {
  try {
    setPriority(constants.priority.PRIORITY_LOW);
  } catch {
    // Not permitted here: the work runs at the server's priority.
  }
}
