import type { ObjectStore } from '@nats-io/obj';
import { createHash } from 'node:crypto';
import { proto, type Artifact } from './messages.ts';

/** Object name of a run's artifact: `<runId>/<path>`. */
export const artifactObject = (runId: string, path: string) => `${runId}/${path}`;

/** Stores bytes in the artifacts bucket under the run; returns the reference events carry. */
export async function storeArtifact(
  store: ObjectStore,
  runId: string,
  path: string,
  content: Uint8Array | string,
): Promise<Artifact> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const object = artifactObject(runId, path);
  await store.putBlob({ name: object }, bytes);
  return proto.Artifact.create({
    object,
    path,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  }) as Artifact;
}

/** Reads an artifact back and checks it against the digest its event recorded. */
export async function readArtifact(store: ObjectStore, artifact: Artifact): Promise<Uint8Array> {
  const bytes = await store.getBlob(artifact.object);
  if (!bytes) throw new Error(`artifact ${artifact.object} is missing from the object store`);
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (digest !== artifact.sha256)
    throw new Error(`artifact ${artifact.object} is corrupt: sha256 ${digest}, expected ${artifact.sha256}`);
  return bytes;
}
