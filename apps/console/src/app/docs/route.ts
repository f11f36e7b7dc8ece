// The API's own reference, forwarded at request time (src/lib/server/api-proxy.ts).
export { GET, HEAD } from '@/lib/server/api-proxy';
export const dynamic = 'force-dynamic';
