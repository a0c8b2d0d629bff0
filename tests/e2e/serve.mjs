// Serves dist/ on http://127.0.0.1:8080 (or PORT) for people: scripts/serve.sh runs it.
import { serve } from './harness.mjs';

const port = Number(process.env.PORT ?? 8080);
const { url } = await serve(undefined, port);
console.log(`Rekenhulp is served on ${url} (Ctrl+C stops it)`);
