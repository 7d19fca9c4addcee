import react from '@astrojs/react';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { createStarlightTypeDocPlugin } from 'starlight-typedoc';

// One TypeDoc run per entry point: the API pages are generated from each package's doc comments at build time.
const entries = [
  { name: 'core', label: '@neuronlab/core', file: 'core/src/index.ts' },
  { name: 'core-tensor', label: '@neuronlab/core/tensor', file: 'core/src/tensor-entry.ts' },
  { name: 'core-nn', label: '@neuronlab/core/nn', file: 'core/src/nn-entry.ts' },
  { name: 'core-export', label: '@neuronlab/core/export', file: 'core/src/export-entry.ts' },
  { name: 'data', label: '@neuronlab/data', file: 'data/src/index.ts' },
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
    rehypePlugins: [rehypeKatex],
  },
  integrations: [
    starlight({
      title: 'neuronlab',
      description: 'Watch a neural network learn.',
      customCss: ['katex/dist/katex.min.css', './src/styles/demos.css'],
      plugins: apiPlugins.map((p) => p.plugin),
      sidebar: [
        { label: 'Start here', items: [{ label: 'Getting started', slug: 'getting-started' }] },
        {
          label: 'Learn',
          items: [
            { label: 'One neuron learns Celsius → Fahrenheit', slug: 'neuron' },
            { label: 'From one neuron to layers', slug: 'layers' },
            { label: 'Playground', slug: 'playground' },
          ],
        },
        {
          label: 'Guides',
          items: [
            { label: 'The terminal dashboard', slug: 'guides/dashboard' },
            { label: 'Runs, sweeps and logs', slug: 'guides/runs-sweeps-logs' },
            { label: 'Use the engine in your code', slug: 'guides/library' },
            { label: 'Datasets', slug: 'guides/datasets' },
            { label: 'Model files', slug: 'guides/model-files' },
            { label: 'Take your model elsewhere', slug: 'guides/take-your-model-elsewhere' },
          ],
        },
        { label: 'Performance', slug: 'performance' },
        { label: 'API reference', items: apiPlugins.map((p) => p.sidebarGroup) },
      ],
    }),
    react(),
  ],
});
