import { errors } from '@nats-io/transport-node';
import { describe, expect, it, vi } from 'vitest';
import { decodeEvent, runRequested, type EventOf } from '../src/codec.ts';
import { BenchlineError } from '../src/errors.ts';
import { proto, Stage } from '../src/messages.ts';
import {
  COMPLETION_ATTEMPTS,
  stageHandler,
  type StageDefinition,
  type StageLease,
  type StageRun,
} from '../src/stage.ts';
import { eventSubject } from '../src/subjects.ts';
import { Superseded } from '../src/worker.ts';
import { asJsMsg, fakeJetStream, fakeLeases, fakeMsg, request, silentLog } from './fakes.ts';

// The stage kit with fake JetStream and leases: one stage, requested → provisioned.
const RUN = request('run-1', 'm1');
type Provisioned = EventOf<'provisioned'>['message'];
const provisioned = (): Provisioned =>
  proto.RunProvisioned.create({ request: RUN, provisioning: { commit: 'abc123' } }) as Provisioned;

function definition(
  overrides: Partial<StageDefinition<'requested', 'provisioned'>> = {},
): StageDefinition<'requested', 'provisioned'> {
  return {
    stage: Stage.STAGE_PROVISION,
    activity: 'provisioning',
    consumes: 'requested',
    publishes: 'provisioned',
    work: vi.fn(async () => provisioned()),
    ...overrides,
  };
}

const leaseOf = (leases: StageLease['leases'], releaseWhenDone = false): StageLease => ({
  leases,
  renewEveryMs: 60_000,
  releaseWhenDone,
});
const failedOf = (data: Uint8Array) => decodeEvent('failed', data).message;

describe('stageHandler', () => {
  it("publishes the work's message on the subject of the stage it publishes, de-duplicated by run and stage", async () => {
    const { js, jsm, published } = fakeJetStream();
    const stage = definition();
    await stageHandler(stage, { js, jsm, log: silentLog }).handle(asJsMsg(fakeMsg()));
    expect(stage.work).toHaveBeenCalledOnce();
    expect(published).toHaveLength(1);
    expect(published[0]!.subject).toBe(eventSubject('provisioned', 'm1', 'run-1'));
    expect(published[0]!.msgID).toBe('run-1:provisioned');
    expect(decodeEvent('provisioned', published[0]!.data).message.request.runId).toBe('run-1');
  });

  it("skips a message it cannot decode, one on another stage's subject and an event it does not accept", async () => {
    const { js, jsm, published } = fakeJetStream();
    const work = vi.fn(async () => provisioned());
    const accepts = vi.fn(() => false);
    const handler = stageHandler(definition({ work, accepts }), { js, jsm, log: silentLog });
    await handler.handle(asJsMsg(fakeMsg({ data: new Uint8Array([0xff, 0xff, 0xff]) })));
    await handler.handle(asJsMsg(fakeMsg({ subject: eventSubject('executed', 'm1', 'run-1') })));
    expect(accepts).not.toHaveBeenCalled();
    await handler.handle(asJsMsg(fakeMsg()));
    expect(accepts).toHaveBeenCalledOnce();
    expect(work).not.toHaveBeenCalled();
    expect(published).toEqual([]);
    // Nor does giving up on such a message publish anything.
    await handler.giveUp(asJsMsg(fakeMsg({ data: new Uint8Array([0xff]) })), new Error('boom'));
    expect(published).toEqual([]);
  });

  it('skips a run that already moved on (its next event or run.failed is stored): a redelivery redoes nothing', async () => {
    for (const done of ['provisioned', 'failed'] as const) {
      const { js, jsm, published } = fakeJetStream([eventSubject(done, 'm1', 'run-1')]);
      const { leases, calls } = fakeLeases();
      const stage = definition({ lease: leaseOf(leases) });
      await stageHandler(stage, { js, jsm, log: silentLog }).handle(asJsMsg(fakeMsg()));
      expect(stage.work).not.toHaveBeenCalled();
      expect(calls.filter((call) => call.startsWith('acquire'))).toEqual([]);
      expect(published).toEqual([]);
    }
  });

  it('takes the lease for this delivery, checks it after the work and before publishing, and keeps it for the next stage', async () => {
    const { js, jsm, published, publish } = fakeJetStream();
    const { leases, calls, spies } = fakeLeases();
    const work = vi.fn(async (_run: StageRun<'requested'>) => {
      calls.push('work');
      return provisioned();
    });
    publish.mockImplementation(async (subject: string, data: Uint8Array, options?: { msgID?: string }) => {
      calls.push('publish');
      published.push({ subject, data, msgID: options?.msgID });
      return { stream: 'RUNS', seq: 1, duplicate: false };
    });
    await stageHandler(definition({ work, lease: leaseOf(leases) }), { js, jsm, log: silentLog }).handle(
      asJsMsg(fakeMsg({ seq: 7, deliveryCount: 2 })),
    );
    expect(calls).toEqual(['acquire m1 7:2', 'work', 'status m1', 'publish']);
    expect(spies.release).not.toHaveBeenCalled();
    expect(work.mock.calls[0]![0].lease?.claim).toEqual({ runId: 'run-1', delivery: '7:2' });
  });

  it("releases the lease once the next event is stored when it is the run's last stage on the minion", async () => {
    const { js, jsm, published } = fakeJetStream();
    const { leases, calls } = fakeLeases();
    await stageHandler(definition({ lease: leaseOf(leases, true) }), { js, jsm, log: silentLog }).handle(
      asJsMsg(fakeMsg()),
    );
    expect(published).toHaveLength(1);
    expect(calls.at(-1)).toBe('release m1 7:1');
  });

  it('tries the steps after the work again while the broker times out: the work is done once and published once', async () => {
    const { js, jsm, published, publish } = fakeJetStream();
    const { leases, calls, spies } = fakeLeases();
    const stage = definition({ lease: leaseOf(leases, true) });
    spies.status.mockRejectedValueOnce(new errors.TimeoutError());
    spies.release.mockRejectedValueOnce(new errors.TimeoutError());
    publish.mockRejectedValueOnce(new errors.TimeoutError()).mockRejectedValueOnce(new errors.TimeoutError());
    await stageHandler(stage, { js, jsm, log: silentLog }).handle(asJsMsg(fakeMsg()));
    expect(stage.work).toHaveBeenCalledOnce();
    expect(publish).toHaveBeenCalledTimes(3);
    expect(published).toHaveLength(1);
    expect(spies.status).toHaveBeenCalledTimes(2);
    expect(spies.release).toHaveBeenCalledTimes(2);
    expect(calls.at(-1)).toBe('release m1 7:1');
  });

  it(`fails the delivery after ${COMPLETION_ATTEMPTS} timeouts of a step after the work, and at once on any other error`, async () => {
    const { js, jsm, publish } = fakeJetStream();
    publish.mockRejectedValue(new errors.TimeoutError());
    const handler = stageHandler(definition(), { js, jsm, log: silentLog });
    await expect(handler.handle(asJsMsg(fakeMsg()))).rejects.toBeInstanceOf(errors.TimeoutError);
    expect(publish).toHaveBeenCalledTimes(COMPLETION_ATTEMPTS);
    const { leases, spies } = fakeLeases();
    const refused = new Error('permissions violation');
    spies.status.mockRejectedValueOnce(refused);
    await expect(
      stageHandler(definition({ lease: leaseOf(leases) }), { js, jsm, log: silentLog }).handle(asJsMsg(fakeMsg())),
    ).rejects.toBe(refused);
    expect(spies.status).toHaveBeenCalledOnce();
  });

  it('fails the run with LEASE_TAKEN when another run holds the minion, without working', async () => {
    const { js, jsm, published } = fakeJetStream();
    const { leases } = fakeLeases({ acquire: { acquired: false, heldBy: 'run-0' } });
    const stage = definition({ lease: leaseOf(leases) });
    const error = await stageHandler(stage, { js, jsm, log: silentLog })
      .handle(asJsMsg(fakeMsg()))
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(BenchlineError);
    expect((error as BenchlineError).code).toBe('LEASE_TAKEN');
    expect(stage.work).not.toHaveBeenCalled();
    expect(published).toEqual([]);
  });

  it('turns a lease superseded during the work into Superseded and publishes nothing', async () => {
    const { js, jsm, published } = fakeJetStream();
    const { leases } = fakeLeases({ status: 'superseded' });
    const stage = definition({ lease: leaseOf(leases, true) });
    await expect(stageHandler(stage, { js, jsm, log: silentLog }).handle(asJsMsg(fakeMsg()))).rejects.toBeInstanceOf(
      Superseded,
    );
    expect(stage.work).toHaveBeenCalledOnce();
    expect(published).toEqual([]);
  });

  it("throws the loss of the lease, not the work's error, when the work failed after the lease was lost", async () => {
    const { js, jsm, published } = fakeJetStream();
    const { leases } = fakeLeases({ status: 'lost' });
    const work = vi.fn(async (): Promise<Provisioned> => {
      throw new BenchlineError('PROVISION_TASK_FAILED', 'a task failed');
    });
    const error = await stageHandler(definition({ work, lease: leaseOf(leases) }), { js, jsm, log: silentLog })
      .handle(asJsMsg(fakeMsg()))
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(BenchlineError);
    expect((error as BenchlineError).code).toBe('LEASE_LOST');
    expect((error as BenchlineError).retryable).toBe(true);
    expect(published).toEqual([]);
  });

  it("rethrows the work's error while the lease is still held", async () => {
    const { js, jsm, published } = fakeJetStream();
    const { leases } = fakeLeases();
    const failure = new BenchlineError('PROVISION_TASK_FAILED', 'a task failed');
    const work = vi.fn(async (): Promise<Provisioned> => {
      throw failure;
    });
    await expect(
      stageHandler(definition({ work, lease: leaseOf(leases) }), { js, jsm, log: silentLog }).handle(
        asJsMsg(fakeMsg()),
      ),
    ).rejects.toBe(failure);
    expect(published).toEqual([]);
  });

  it("gives up with run.failed carrying a BenchlineError's code, reason and detail, and releases the lease", async () => {
    const { js, jsm, published } = fakeJetStream();
    const { leases, calls } = fakeLeases();
    const failureContext = vi.fn(() => ({ provisioning: { commit: 'abc123' } }));
    const handler = stageHandler(definition({ lease: leaseOf(leases), failureContext }), { js, jsm, log: silentLog });
    await handler.giveUp(
      asJsMsg(fakeMsg()),
      new BenchlineError('REF_INVALID', 'ref nope is not in the repository', { detail: 'fatal: bad ref' }),
    );
    expect(published).toHaveLength(1);
    expect(published[0]!.subject).toBe(eventSubject('failed', 'm1', 'run-1'));
    expect(published[0]!.msgID).toBe('run-1:failed');
    const failed = failedOf(published[0]!.data);
    expect(failed.code).toBe('REF_INVALID');
    expect(failed.stage).toBe(Stage.STAGE_PROVISION);
    expect(failed.reason).toBe('ref nope is not in the repository');
    expect(failed.detail).toBe('fatal: bad ref');
    expect(failed.provisioning?.commit).toBe('abc123');
    expect(calls).toEqual(['release m1 7:1']);
  });

  it('gives up on an uncoded error with RETRIES_EXHAUSTED and "… kept failing"', async () => {
    const { js, jsm, published } = fakeJetStream();
    const { leases, calls } = fakeLeases();
    await stageHandler(definition({ lease: leaseOf(leases) }), { js, jsm, log: silentLog }).giveUp(
      asJsMsg(fakeMsg({ deliveryCount: 5 })),
      new Error('connection reset'),
    );
    const failed = failedOf(published[0]!.data);
    expect(failed.code).toBe('RETRIES_EXHAUSTED');
    expect(failed.reason).toBe('provisioning kept failing: connection reset');
    expect(calls).toEqual(['release m1 7:5']);
  });

  it('gives up without touching leases for a stage that holds none', async () => {
    const { js, jsm, published } = fakeJetStream();
    const retryable = new BenchlineError('LEASE_LOST', 'lost it', { retryable: true });
    await stageHandler(definition(), { js, jsm, log: silentLog }).giveUp(asJsMsg(fakeMsg()), retryable);
    const failed = failedOf(published[0]!.data);
    // A retryable coded error that ran out of attempts keeps its code and says it kept failing.
    expect(failed.code).toBe('LEASE_LOST');
    expect(failed.reason).toBe('provisioning kept failing: lost it');
  });

  it('hands the work the decoded event and request, typed', async () => {
    const { js, jsm } = fakeJetStream();
    const work = vi.fn(async (_run: StageRun<'requested'>) => provisioned());
    const event = runRequested(request('run-2', 'm2'));
    await stageHandler(definition({ work }), { js, jsm, log: silentLog }).handle(asJsMsg(fakeMsg({ event })));
    const run = work.mock.calls[0]![0];
    expect(run.request.runId).toBe('run-2');
    expect(run.event.message.request.minion).toBe('m2');
    expect(run.lease).toBeUndefined();
  });
});
