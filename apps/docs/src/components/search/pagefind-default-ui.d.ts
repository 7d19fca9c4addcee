// The package ships no types; these are the options this site passes to it (see its README and the Pagefind docs).
declare module '@pagefind/default-ui' {
  /** Options of Pagefind's default search interface, besides the element it renders into. */
  export interface PagefindUISettings {
    /** Where the index lives: the site's base path plus `pagefind/`. */
    bundlePath: string;
    /** Prefix for result links: the site's base path. */
    baseUrl: string;
    showImages?: boolean;
    showSubResults?: boolean;
    /** The interface's words; any left out are Pagefind's English ones. */
    translations?: Record<string, string>;
    /** Anything else is handed to the Pagefind search itself (ranking, indexWeight, mergeIndex…). */
    [option: string]: unknown;
  }

  /** All options of Pagefind's default search interface. */
  export interface PagefindUIOptions extends PagefindUISettings {
    /** The element the interface renders into. */
    element: HTMLElement;
  }

  /** Pagefind's default search interface: an input, results and their excerpts, rendered into `element`. */
  export class PagefindUI {
    constructor(options: PagefindUIOptions);
  }
}
