/** The environment integration tests run under: their own database and Redis db, generous rate limits. */
export const TEST_ENV = {
  NODE_ENV: 'test',
  TRIBUTARY_DB_NAME: 'tributary_test',
  TRIBUTARY_REDIS_URL: 'redis://127.0.0.1:6379/15',
  TRIBUTARY_LOG_LEVEL: 'warn',
  TRIBUTARY_SIGNUP_LIMIT_PER_IP: '100000',
  TRIBUTARY_LOGIN_LIMIT_PER_IP: '100000',
  TRIBUTARY_PUBLIC_API_URL: 'http://api.test',
} as const;
