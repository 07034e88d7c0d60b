/**
 * Search as the reader types, without a fixed delay and without piling searches up: a request
 * runs at once when no search is running; while one runs, only the newest request made
 * meanwhile runs after it, and the ones it replaced never run. A debounce would add its whole
 * delay to every keypress; this adds at most the rest of one search.
 */
export function latestOnly<T = void>(task: (request: T) => Promise<void>): (request: T) => void {
  let running = false;
  let next: { request: T } | undefined;
  const run = async (request: T): Promise<void> => {
    running = true;
    try {
      await task(request);
    } catch (error) {
      // The search interfaces show their own failures; one that escapes is a fault to see.
      console.error(error);
    } finally {
      running = false;
      const queued = next;
      next = undefined;
      if (queued) void run(queued.request);
    }
  };
  return (request) => {
    if (running) next = { request };
    else void run(request);
  };
}
