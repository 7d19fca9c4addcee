/** Words of the site's search dialog that Starlight's own strings do not cover. */
export const search = {
  /** Shown in the dialog while the search interface is still arriving. */
  loading: 'Loading search…',
  /** Shown in the dialog when the search interface could not be fetched. */
  failed: 'Search could not be loaded. Check your connection, then close this and open search again.',
};
