import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AccountsModule, SignUpService } from '@tributary/accounts';
import { DbModule, PrismaService } from '@tributary/db';
import { PlatformModule, RedisModule } from '@tributary/platform';

export const DEMO = { email: 'demo@tributary.local', password: 'tributary-demo', fullName: 'Demo User', organization: 'Demo Org' };

@Module({ imports: [PlatformModule.forRoot({ serviceName: 'seed' }), DbModule, RedisModule, AccountsModule.forRoot()] })
class SeedModule {}

/** The demo organization and user `npm start` prints; created through the same sign-up as everyone's. */
async function main() {
  const app = await NestFactory.createApplicationContext(SeedModule, { logger: false });
  try {
    const prisma = app.get(PrismaService);
    const existing = await prisma.user.findUnique({ where: { email: DEMO.email } });
    if (existing) {
      console.log(`    ✓ demo account exists (${DEMO.email})`);
      return;
    }
    await app.get(SignUpService).signUp(
      { email: DEMO.email, password: DEMO.password, fullName: DEMO.fullName, organizationName: DEMO.organization },
      { ip: '127.0.0.1', userAgent: 'seed' },
    );
    console.log(`    ✓ demo account created (${DEMO.email})`);
  } finally {
    await app.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
