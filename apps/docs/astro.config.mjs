import react from '@astrojs/react';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { createStarlightTypeDocPlugin } from 'starlight-typedoc';
import { rehypeCodeWords } from './src/markdown/rehype-code-words.ts';

// One TypeDoc run per entry point: the API pages are generated from each package's doc comments at build time.
const entries = [
  { name: 'core', label: '@neuronlab/core', file: 'core/src/index.ts' },
  { name: 'core-tensor', label: '@neuronlab/core/tensor', file: 'core/src/tensor-entry.ts' },
  { name: 'core-nn', label: '@neuronlab/core/nn', file: 'core/src/nn-entry.ts' },
  { name: 'core-export', label: '@neuronlab/core/export', file: 'core/src/export-entry.ts' },
  { name: 'data', label: '@neuronlab/data', file: 'data/src/index.ts' },
  { name: 'data-csv', label: '@neuronlab/data/csv', file: 'data/src/csv/index.ts' },
  { name: 'data-node', label: '@neuronlab/data/node', file: 'data/src/node/index.ts' },
  { name: 'lab', label: '@neuronlab/lab', file: 'lab/src/index.ts' },
];
const apiPlugins = entries.map(({ name, label, file }) => {
  const [plugin, sidebarGroup] = createStarlightTypeDocPlugin();
  return {
    sidebarGroup,
    plugin: plugin({
      entryPoints: [`../../packages/${file}`],
      tsconfig: `../../packages/${file.split('/')[0]}/tsconfig.json`,
      output: `api/${name}`,
      sidebar: { label, collapsed: true },
      typeDoc: {
        skipErrorChecking: true,
        excludeInternal: true,
        excludePrivate: true,
        disableSources: true,
        readme: 'none',
      },
    }),
  };
});

export default defineConfig({
  site: 'https://neuronlab.local',
  markdown: {
    remarkPlugins: [remarkMath],
    rehypePlugins: [rehypeKatex, rehypeCodeWords],
  },
  integrations: [
    starlight({
      title: 'neuronlab',
      description: 'Watch a neural network learn.',
      // English at the root, Japanese under /ja/; a page without a translation falls back to English with a notice.
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        ja: { label: '日本語', lang: 'ja' },
      },
      // the header's search loads Pagefind's interface only when a reader opens it
      components: { Search: './src/components/search/SiteSearch.astro' },
      customCss: [
        'katex/dist/katex.min.css',
        './src/styles/demos.css',
        './src/styles/prose.css',
        './src/styles/sidebar.css',
      ],
      plugins: apiPlugins.map((p) => p.plugin),
      sidebar: [
        {
          label: 'Start here',
          translations: { ja: 'はじめに' },
          items: [{ label: 'Getting started', translations: { ja: 'はじめよう' }, slug: 'getting-started' }],
        },
        {
          label: 'Learn',
          translations: { ja: '学ぶ' },
          items: [
            {
              label: 'One neuron learns Celsius → Fahrenheit',
              translations: { ja: '1つのニューロンが摂氏→華氏を学ぶ' },
              slug: 'neuron',
            },
            { label: 'From one neuron to layers', translations: { ja: '1つのニューロンから層へ' }, slug: 'layers' },
            { label: 'Playground', translations: { ja: 'プレイグラウンド' }, slug: 'playground' },
          ],
        },
        {
          label: 'Guides',
          translations: { ja: 'ガイド' },
          items: [
            {
              label: 'The terminal dashboard',
              translations: { ja: 'ターミナルのダッシュボード' },
              slug: 'guides/dashboard',
            },
            {
              label: 'Runs, sweeps and logs',
              translations: { ja: '実行・スイープ・ログ' },
              slug: 'guides/runs-sweeps-logs',
            },
            {
              label: 'Use the engine in your code',
              translations: { ja: '自分のコードでエンジンを使う' },
              slug: 'guides/library',
            },
            { label: 'Datasets', translations: { ja: 'データセット' }, slug: 'guides/datasets' },
            { label: 'Model files', translations: { ja: 'モデルファイル' }, slug: 'guides/model-files' },
            {
              label: 'Take your model elsewhere',
              translations: { ja: 'モデルを外へ持ち出す' },
              slug: 'guides/take-your-model-elsewhere',
            },
          ],
        },
        { label: 'Performance', translations: { ja: '性能' }, slug: 'performance' },
        {
          label: 'API reference',
          translations: { ja: 'API リファレンス（英語）' },
          items: apiPlugins.map((p) => p.sidebarGroup),
        },
      ],
    }),
    react(),
  ],
});
