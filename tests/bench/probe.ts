// The bench's instrument inside a page: every time is taken there, by the page's own clock, so no
// Playwright round trip is in any figure. It is added before the page's own scripts run
// (`context.addInitScript(installProbe, watch)`), to the kiosk and to the floor alike.

/** What the probe offers the bench, as `window.benchProbe`. */
export interface Probe {
  /** Starts looking for `text` in the page, if the init script was not already told to. */
  watch(text: string): void;
  /** Resolves with the wall-clock time (ms since the epoch) of the first frame painted with `text`. */
  painted(text: string): Promise<number>;
  /** Gets ready for a tap: call it before the tap is sent, then `tapped()`. */
  armTap(): void;
  /**
   * Resolves, once the page has painted after the tap's `click`, with the tap's latency: the longest
   * of its pointerdown, pointerup and click from the event's own time stamp to the next painted frame.
   */
  tapped(): Promise<number>;
  /** Starts recording long tasks (main-thread tasks over 50 ms). */
  recordLongTasks(): void;
  /** The long tasks recorded since `recordLongTasks`, in ms. */
  longTasks(): number[];
  /** Resolves after the next painted frame. */
  nextPaint(): Promise<void>;
  /** The centre of the first visible element matching `selector` whose text includes `text`. */
  centre(selector: string, text?: string): { x: number; y: number } | null;
  /**
   * A quick tap from inside the page, for the many taps of the visits: waits (a few frames at
   * most) for the element `centre` would find, sends it pointerdown, pointerup and click at its
   * centre, then waits for the next painted frame. Throws when the element never shows.
   */
  press(selector: string, text?: string): Promise<void>;
}

declare global {
  interface Window {
    benchProbe: Probe;
  }
}

/**
 * Installs `window.benchProbe` in the page. Self-contained (Playwright sends its source text);
 * `watch` is a list of texts to look for from the first byte of the page on.
 */
export function installProbe(watch: string[] = []): void {
  // After the frame that requestAnimationFrame opens is painted: the message is a task queued from
  // inside that frame's update, so it runs once the frame is done.
  const afterPaint = (then: () => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then();
      channel.port2.postMessage(null);
    });

  const seen = new Map<string, { at?: number; pending: boolean; waiters: ((at: number) => void)[] }>();
  let observer: MutationObserver | undefined;
  const look = () => {
    const text = document.body?.textContent ?? '';
    let open = 0;
    for (const [needle, entry] of seen) {
      if (entry.at !== undefined || entry.pending) continue;
      if (!text.includes(needle)) {
        open++;
        continue;
      }
      entry.pending = true;
      afterPaint(() => {
        entry.at = Date.now();
        entry.waiters.forEach((wake) => wake(entry.at!));
      });
    }
    // Nothing left to look for: the observer costs the page nothing while the bench measures.
    if (!open) {
      observer?.disconnect();
      observer = undefined;
    }
  };
  const startLooking = (needle: string) => {
    seen.set(needle, { pending: false, waiters: [] });
    if (!observer) {
      observer = new MutationObserver(look);
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    }
    if (document.body) look();
  };
  watch.forEach(startLooking);

  let tapTimes: number[] = [];
  let tapWaiter: ((ms: number) => void) | undefined;
  let tapResult: Promise<number> = Promise.resolve(NaN);
  for (const type of ['pointerdown', 'pointerup', 'click']) {
    window.addEventListener(
      type,
      (event) => {
        // Only while the bench waits for a tap: between taps the probe keeps nothing.
        if (!tapWaiter) return;
        const started = event.timeStamp;
        afterPaint(() => {
          tapTimes.push(performance.now() - started);
          if (type !== 'click' || !tapWaiter) return;
          const wake = tapWaiter;
          const longest = Math.max(...tapTimes);
          tapWaiter = undefined;
          tapTimes = [];
          wake(longest);
        });
      },
      { capture: true },
    );
  }

  const find = (selector: string, text?: string) => {
    for (const element of document.querySelectorAll(selector)) {
      if (text !== undefined && !(element.textContent ?? '').includes(text)) continue;
      const box = element.getBoundingClientRect();
      if (!box.width || !box.height || element.closest('[inert], [hidden]')) continue;
      return { element, x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
    return null;
  };

  let longTasks: number[] = [];
  let longTaskObserver: PerformanceObserver | undefined;

  window.benchProbe = {
    watch(text) {
      if (!seen.has(text)) startLooking(text);
    },
    painted(text) {
      if (!seen.has(text)) startLooking(text);
      const entry = seen.get(text)!;
      if (entry.at !== undefined) return Promise.resolve(entry.at);
      return new Promise((resolve) => entry.waiters.push(resolve));
    },
    armTap() {
      tapTimes = [];
      tapResult = new Promise((resolve) => (tapWaiter = resolve));
    },
    tapped: () => tapResult,
    recordLongTasks() {
      longTasks = [];
      longTaskObserver?.disconnect();
      longTaskObserver = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push(entry.duration);
      });
      longTaskObserver.observe({ type: 'longtask' });
    },
    longTasks: () => [...longTasks],
    nextPaint: () => new Promise((resolve) => afterPaint(() => resolve())),
    centre(selector, text) {
      const found = find(selector, text);
      return found && { x: found.x, y: found.y };
    },
    async press(selector, text) {
      let found = find(selector, text);
      for (let frame = 0; frame < 120 && !found; frame++) {
        await window.benchProbe.nextPaint();
        found = find(selector, text);
      }
      if (!found) throw new Error(`no ${selector} "${text ?? ''}" to press`);
      const { element, x, y } = found;
      const init = { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, view: window };
      const pointer = { ...init, pointerId: 1, pointerType: 'touch', isPrimary: true };
      element.dispatchEvent(new PointerEvent('pointerdown', pointer));
      element.dispatchEvent(new PointerEvent('pointerup', pointer));
      element.dispatchEvent(new MouseEvent('click', init));
      await window.benchProbe.nextPaint();
    },
  };
}
