import { Client } from 'pg';
import { TEST_ENV } from './test-env';

/** Direct SQL on the test database, for arranging what no API allows (e.g. a Viewer service account). */
export async function withTestDb<T>(fn: (pg: Client) => Promise<T>): Promise<T> {
  const pg = new Client({ host: '127.0.0.1', user: 'tributary', password: 'tributary', database: TEST_ENV.TRIBUTARY_DB_NAME });
  await pg.connect();
  try {
    return await fn(pg);
  } finally {
    await pg.end();
  }
}
