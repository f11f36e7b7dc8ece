-- AlterTable
ALTER TABLE "api_keys" ADD COLUMN     "scram_credential_enc" TEXT;
