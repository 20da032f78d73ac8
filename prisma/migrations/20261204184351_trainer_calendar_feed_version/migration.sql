-- AlterTable
ALTER TABLE "trainer" ADD COLUMN     "calendarFeedVersion" INTEGER NOT NULL DEFAULT 0;
