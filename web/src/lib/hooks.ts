/**
 * Small hooks every page may use.
 */
import { useEffect, useRef } from 'preact/hooks';

/**
 * A ref that always holds the value of the latest render. For what an effect or a long-running task
 * must read when it acts (the current language, the latest handlers) without running again each
 * time the value changes. The ref itself never changes, so listing it as a dependency costs nothing.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  // Written during render (not in an effect) so that an effect of this same render already sees it.
  ref.current = value;
  return ref;
}

/** The browser tab's title: the screen's own title, then the platform's name. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Samenwaarde` : 'Samenwaarde';
  }, [title]);
}
