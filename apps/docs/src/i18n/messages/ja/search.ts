import type { Messages } from '../en';

/** Words of the site's search dialog that Starlight's own strings do not cover. */
export const search: Messages['search'] = {
  loading: '検索を読み込んでいます…',
  failed: '検索を読み込めませんでした。接続を確かめてから、これを閉じてもう一度検索を開いてください。',
};
