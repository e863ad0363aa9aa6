import { createSubmitGate } from '../../miniapp/src/forms/submit-gate';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('submit gate', () => {
  it('runs one submission at a time and reports which one is pending', async () => {
    const seen: (string | undefined)[] = [];
    const gate = createSubmitGate<string>((key) => seen.push(key));
    const first = deferred();
    const work = jest.fn(() => first.promise);

    const running = gate.run('password', work, () => undefined);
    expect(gate.pending).toBe('password');
    // A second tap while the first is in flight does nothing.
    const second = jest.fn(() => Promise.resolve());
    await expect(gate.run('wechat', second, () => undefined)).resolves.toBe(false);
    expect(second).not.toHaveBeenCalled();

    first.resolve();
    await expect(running).resolves.toBe(true);
    expect(gate.pending).toBeUndefined();
    expect(seen).toEqual(['password', undefined]);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('stays idle when the work sends nothing (its check failed)', async () => {
    const seen: unknown[] = [];
    const gate = createSubmitGate<true>((key) => seen.push(key));
    await expect(
      gate.run(
        true,
        () => undefined,
        () => undefined,
      ),
    ).resolves.toBe(false);
    expect(seen).toEqual([]);
    expect(gate.pending).toBeUndefined();
  });

  it('hands a failure over while still pending, then frees the gate', async () => {
    const gate = createSubmitGate<true>(() => undefined);
    const failure = new Error('refused');
    const pendingAtFailure: unknown[] = [];
    const onFailure = jest.fn(() => pendingAtFailure.push(gate.pending));
    const work = deferred();
    const running = gate.run(true, () => work.promise, onFailure);
    work.reject(failure);
    await expect(running).resolves.toBe(false);
    expect(onFailure).toHaveBeenCalledWith(failure);
    expect(pendingAtFailure).toEqual([true]);
    expect(gate.pending).toBeUndefined();
    // Free again: the next submission runs.
    await expect(gate.run(true, () => Promise.resolve(), onFailure)).resolves.toBe(true);
  });

  it('treats an exception thrown before sending as a failure', async () => {
    const gate = createSubmitGate<true>(() => undefined);
    const onFailure = jest.fn();
    await expect(
      gate.run(
        true,
        () => {
          throw new Error('boom');
        },
        onFailure,
      ),
    ).resolves.toBe(false);
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(gate.pending).toBeUndefined();
  });
});
