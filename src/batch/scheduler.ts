// Politeness and parallelism: a FIFO semaphore for the run's overall concurrency, and per-host
// queues that hold at most `perHost` requests to one host at a time, start them at least
// `delayMs` apart, and pause a host when it answers with Retry-After. Hosts are keyed by
// URL.host (name and port). A request takes its host slot first and its run slot second, so a
// queue waiting on one slow host never sits on run slots that other hosts could use.

type Release = () => void;

interface Waiter {
  grant: (release: Release) => void;
  fail: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

function addWaiter(queue: Waiter[], signal: AbortSignal | undefined, onGrant: (w: Waiter) => void): Promise<Release> {
  return new Promise<Release>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const w: Waiter = { grant: resolve, fail: reject, signal, onAbort: undefined };
    if (signal) {
      w.onAbort = () => {
        const i = queue.indexOf(w);
        if (i >= 0) queue.splice(i, 1);
        reject(signal.reason);
      };
      signal.addEventListener("abort", w.onAbort, { once: true });
    }
    queue.push(w);
    onGrant(w);
  });
}

function take(w: Waiter, release: Release): void {
  if (w.signal && w.onAbort) w.signal.removeEventListener("abort", w.onAbort);
  w.grant(release);
}

/** At most `size` holders at once, served first come first served. */
export class Semaphore {
  private active = 0;
  private readonly queue: Waiter[] = [];
  constructor(private readonly size: number) {}

  acquire(signal?: AbortSignal): Promise<Release> {
    return addWaiter(this.queue, signal, () => this.pump());
  }

  private pump(): void {
    while (this.active < this.size && this.queue.length) {
      const w = this.queue.shift()!;
      this.active++;
      let released = false;
      take(w, () => {
        if (released) return;
        released = true;
        this.active--;
        this.pump();
      });
    }
  }
}

interface HostState {
  active: number;
  /** No request may start before this time (delay since the last start, or Retry-After). */
  nextStartAt: number;
  queue: Waiter[];
  timer: NodeJS.Timeout | null;
  /** This host's own spacing, when robots.txt asks for more than the run's (Crawl-delay). */
  delayMs: number;
}

export interface HostGateOptions {
  perHost: number;
  delayMs: number;
  now?: () => number;
}

export class HostGate {
  private readonly hosts = new Map<string, HostState>();
  private readonly perHost: number;
  private readonly delayMs: number;
  private readonly now: () => number;

  constructor(opts: HostGateOptions) {
    this.perHost = Math.max(1, opts.perHost);
    this.delayMs = Math.max(0, opts.delayMs);
    this.now = opts.now ?? Date.now;
  }

  /** Wait for a request slot on `host`; call the returned function when the request is over. */
  acquire(host: string, signal?: AbortSignal): Promise<Release> {
    const h = this.state(host);
    h.timer?.ref(); // an idle host's clean-up timer now stands for a waiting request
    return addWaiter(h.queue, signal, () => this.pump(host, h));
  }

  /** Hold back new requests to `host` for `ms` (the server said Retry-After, or robots Crawl-delay). */
  pause(host: string, ms: number): void {
    const h = this.state(host);
    h.nextStartAt = Math.max(h.nextStartAt, this.now() + ms);
  }

  /**
   * The request granted by acquire() is being sent now. A request may wait for a run slot after
   * its host slot, so the spacing is counted again from here: --delay holds between sends.
   */
  started(host: string): void {
    const h = this.hosts.get(host);
    if (h) h.nextStartAt = Math.max(h.nextStartAt, this.now() + h.delayMs);
  }

  /** Space requests to `host` at least `ms` apart (never less than the run's delay). */
  spaceAtLeast(host: string, ms: number): void {
    const h = this.state(host);
    h.delayMs = Math.max(h.delayMs, ms);
  }

  /** Hosts with any state kept (for tests: the map must not grow with hosts long done). */
  get size(): number {
    return this.hosts.size;
  }

  private state(host: string): HostState {
    let h = this.hosts.get(host);
    if (!h) {
      h = { active: 0, nextStartAt: 0, queue: [], timer: null, delayMs: this.delayMs };
      this.hosts.set(host, h);
    }
    return h;
  }

  private pump(host: string, h: HostState): void {
    if (h.timer) return; // a timer is already set for the next start
    while (h.queue.length && h.active < this.perHost) {
      const now = this.now();
      if (now < h.nextStartAt) {
        h.timer = setTimeout(() => { h.timer = null; this.pump(host, h); }, h.nextStartAt - now);
        return;
      }
      const w = h.queue.shift()!;
      h.active++;
      h.nextStartAt = now + h.delayMs;
      let released = false;
      take(w, () => {
        if (released) return;
        released = true;
        h.active--;
        this.pump(host, h);
      });
    }
    // An idle host is forgotten once its delay has passed, so the map stays as small as the set
    // of hosts in play, however long the list.
    if (!h.active && !h.queue.length) {
      const wait = h.nextStartAt - this.now();
      if (wait <= 0) this.hosts.delete(host);
      else {
        h.timer = setTimeout(() => { h.timer = null; this.pump(host, h); }, wait);
        h.timer.unref();
      }
    }
  }
}
