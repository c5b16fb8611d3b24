// One import preview's analysis, in a thread of its own: a 100,000-character text takes a few hundred MB while it
// is aligned and segmented, and that memory is returned when the thread exits, instead of staying with a
// long-lived one.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeDocument } from '../analysis';
import type { CorpusDocument } from '../corpus';
import { lowerPriority } from './priority';

if (!parentPort) throw new Error('lib/indexer/analysis-worker runs as a worker thread');
lowerPriority();
parentPort.postMessage(analyzeDocument(workerData as CorpusDocument));
