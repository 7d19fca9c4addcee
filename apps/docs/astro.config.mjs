import react from '@astrojs/react';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';

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
      customCss: ['katex/dist/katex.min.css'],
      sidebar: [{ label: 'Start here', items: [{ label: 'Getting started', slug: 'getting-started' }] }],
    }),
    react(),
  ],
});
