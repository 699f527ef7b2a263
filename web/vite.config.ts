import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  // shared/ is TypeScript source: bundle it into the server build instead of importing it at run time.
  ssr: { noExternal: ['@ctn/shared'] },
  server: {
    // `npm run dev`: the API runs on API_PORT (default 3001) and Vite proxies /api to it.
    proxy: { '/api': { target: `http://127.0.0.1:${process.env.API_PORT ?? 3001}`, ws: true } },
  },
});
