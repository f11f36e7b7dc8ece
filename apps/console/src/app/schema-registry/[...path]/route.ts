// Forwarded to the Tributary API at request time (src/lib/server/api-proxy.ts).
export { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } from '@/lib/server/api-proxy';
export const dynamic = 'force-dynamic';
