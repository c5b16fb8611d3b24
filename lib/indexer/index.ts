export { foldersOnDisk, indexFolder, planSync, syncLibrary } from './sync';
export type { FolderState, SyncPlan, SyncProgress, SyncResult } from './sync';
export { backgroundIndexer } from './server';
export type { BackgroundIndexer, IndexerStatus } from './server';
export { lowerPriority } from './priority';
