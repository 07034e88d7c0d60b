import { describe, expect, it, vi } from 'vitest';
import { latestOnly } from '../../../../src/client/search/latest-only';

/** A task whose runs finish when the test says so. */
function controllable() {
  const started: string[] = [];
  const finish: (() => void)[] = [];
  const task = (q: string) =>
    new Promise<void>((resolve) => {
      started.push(q);
      finish.push(resolve);
    });
  return { started, finish, task };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('latestOnly', () => {
  it('runs a request at once when nothing is running', () => {
    const t = controllable();
    latestOnly(t.task)('s');
    expect(t.started).toEqual(['s']);
  });

  it('while one runs, keeps only the newest request and runs it next', async () => {
    const t = controllable();
    const request = latestOnly(t.task);
    request('s');
    request('so');
    request('sol');
    request('soli');
    expect(t.started).toEqual(['s']);
    t.finish[0]!();
    await tick();
    expect(t.started).toEqual(['s', 'soli']);
    t.finish[1]!();
    await tick();
    expect(t.started).toEqual(['s', 'soli']);
  });

  it('goes on after a run that fails, and reports the failure', async () => {
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const started: string[] = [];
    const request = latestOnly(async (q: string) => {
      started.push(q);
      await tick();
      if (q === 'bad') throw new Error('no index');
    });
    request('bad');
    request('good');
    await tick();
    await tick();
    await tick();
    expect(started).toEqual(['bad', 'good']);
    expect(reported).toHaveBeenCalledOnce();
    reported.mockRestore();
  });
});
