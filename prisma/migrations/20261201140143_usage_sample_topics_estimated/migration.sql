-- AlterTable
ALTER TABLE "usage_samples" ADD COLUMN     "estimated" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "log_sizes" JSONB,
ADD COLUMN     "topic_counters" JSONB,
ADD COLUMN     "topic_gauges" JSONB;
