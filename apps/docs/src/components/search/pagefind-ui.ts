// Loaded only when a reader opens the search (SiteSearch.astro imports this module dynamically), so Pagefind's
// interface, its styles and its translations cost nothing on a page where nobody searches. The styles come in as
// text inside this module: a plain CSS import would be hoisted into every page's stylesheet by the build.
import { PagefindUI, type PagefindUISettings } from '@pagefind/default-ui';
import pagefindCss from '@pagefind/default-ui/css/ui.css?inline';
import siteCss from './search-results.css?inline';

/** What the page tells the interface: Starlight's Pagefind settings, the index's address and the page's words. */
export type SearchOptions = PagefindUISettings;

/** Renders Pagefind's interface into `element` and returns its search input, ready to be focused. */
export function mountSearch(element: HTMLElement, options: SearchOptions): HTMLInputElement {
  // Pagefind's rules first, so the site's rules (same or higher specificity) win
  const style = document.createElement('style');
  style.textContent = `${pagefindCss}\n${siteCss}`;
  document.head.append(style);
  new PagefindUI({ showImages: false, showSubResults: true, ...options, element });
  const input = element.querySelector<HTMLInputElement>('input[type="text"], input');
  if (!input) throw new Error(`search: Pagefind's interface rendered no input, got ${element.innerHTML.slice(0, 80)}`);
  return input;
}
