import { LanguageSwitch } from './LanguageSwitch';

export function TopBar({ title }: { title?: string }) {
  return (
    <header class="topbar">
      <a class="brand" href="/">
        Samenwaarde
      </a>
      {title ? <span class="muted topbar-title">{title}</span> : null}
      <LanguageSwitch />
    </header>
  );
}
