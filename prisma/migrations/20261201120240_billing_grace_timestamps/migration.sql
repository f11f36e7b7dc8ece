-- AlterTable
ALTER TABLE "billing_accounts" ADD COLUMN     "canceled_since" TIMESTAMPTZ(3),
ADD COLUMN     "credit_exhausted_since" TIMESTAMPTZ(3);

-- Organizations already canceled get their grace period from now, so they are warned before any refusal.
UPDATE "billing_accounts" SET "canceled_since" = now() WHERE "status" = 'CANCELED';
