-- AlterTable
ALTER TABLE "clusters" ADD COLUMN     "deletion_protection" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "max_ecku" INTEGER;
