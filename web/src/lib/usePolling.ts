/**
 * Keeps a figure fresh by itself: runs `poll` now, then again after a wait that starts short and
 * doubles while nothing changes (up to a ceiling), back to short after a change. It stops while
 * the tab is hidden and polls at once when it is shown again, so a page left open for weeks costs
 * nothing.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useLatest } from './hooks';

export interface PollTiming {
  /** The first wait and the wait after a change, in ms. */
  readonly shortest: number;
  /** The longest wait, in ms. */
  readonly longest: number;
}

/** `poll` answers whether what it fetched differs from before; the hook returns when it last polled and a way to poll now. */
export function usePolling(poll: () => Promise<boolean>, timing: PollTiming, enabled = true) {
  const [lastPolled, setLastPolled] = useState<Date | null>(null);
  const latestPoll = useLatest(poll);
  const wait = useRef(timing.shortest);
  const timer = useRef<number | undefined>(undefined);
  /** False once the page part unmounts: a poll still under way then schedules nothing. */
  const active = useRef(true);
  const { shortest, longest } = timing;

  const run = useCallback(async () => {
    window.clearTimeout(timer.current);
    const changed = await latestPoll.current();
    setLastPolled(new Date());
    wait.current = changed ? shortest : Math.min(longest, wait.current * 2);
    if (active.current && document.visibilityState === 'visible') timer.current = window.setTimeout(() => void run(), wait.current);
  }, [latestPoll, shortest, longest]);

  useEffect(() => {
    if (!enabled) return;
    active.current = true;
    wait.current = shortest;
    void run();
    const onVisibility = () => {
      window.clearTimeout(timer.current);
      if (document.visibilityState === 'visible') {
        wait.current = shortest;
        void run();
      }
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      active.current = false;
      document.removeEventListener('visibilitychange', onVisibility);
      window.clearTimeout(timer.current);
    };
  }, [enabled, run, shortest]);

  return { lastPolled, pollNow: run };
}
