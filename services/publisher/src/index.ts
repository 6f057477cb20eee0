// The publisher: its service start and its stage (executed → published)
export { startPublisher } from './publisher.ts';
export { publishStage, type PublisherDeps } from './handler.ts';
